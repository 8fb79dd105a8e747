import { defineContentScript } from 'wxt/utils/define-content-script';
import barCss from '@/components/bar/bar.css?inline';
import { mountHost } from './mount-host';
import { PortalGuide } from './portal-guide';

export const HOST_TAG = 'carm-guide';

export default defineContentScript({
  matches: ['https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/*'],
  // document_end: the bar paints before the field-tips script (document_idle) is even loaded.
  runAt: 'document_end',
  // The CSS comes inline in the shadow root: no stylesheet to fetch before first paint.
  cssInjectionMode: 'manual',
  main(ctx) {
    // A previous copy of the extension (reloaded or updated) may have left its host: exactly one may exist.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    const mounted = mountHost(document, HOST_TAG, barCss);
    const guide = new PortalGuide(window, ctx.signal);
    guide.attach(mounted.host, mounted.container, mounted.layer);
    // The portal may replace <body>'s children; put our host back, still exactly one.
    guide.start(() => {
      if (ctx.isValid) mounted.ensureAttached();
    });
    ctx.onInvalidated(() => {
      guide.detach();
      mounted.remove();
    });
  },
});
