import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import barCss from '@/components/bar/bar.css?inline';
import { mountHost } from './mount-host';
import { PortalGuide } from './portal-guide';

export default defineContentScript({
  matches: ['https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/*'],
  // document_end: the bar paints before the field-tips script (document_idle) is even loaded.
  runAt: 'document_end',
  // The CSS comes inline in the shadow root: no stylesheet to fetch before first paint.
  cssInjectionMode: 'manual',
  main(ctx) {
    // `ctx` is lib/content/quiet-context.ts (wxt.config.ts): it says nothing to the page and only ends when the
    // extension is reloaded, updated or removed.
    try {
      const mounted = mountHost(document, barCss, browser.runtime.id);
      const guide = new PortalGuide(window, ctx.signal);
      guide.attach(mounted);
      // The portal may replace <body>'s children, or a page script remove or move our host: put it back, still one.
      guide.start(() => {
        if (ctx.isValid) mounted.ensureAttached();
      });
      ctx.onInvalidated(() => {
        guide.detach();
        mounted.remove();
      });
    } catch {
      // Never throw into the page's console as if the portal had failed; the next page load starts again.
    }
  },
});
