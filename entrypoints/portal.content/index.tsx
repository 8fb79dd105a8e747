import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { PortalGuide } from './portal-guide';

export const HOST_TAG = 'carm-guide';

export default defineContentScript({
  matches: ['https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/*'],
  runAt: 'document_idle',
  // CSS comes inline (no fetch of the stylesheet before first paint).
  cssInjectionMode: 'manual',
  async main(ctx) {
    // A previous copy of the extension (reloaded or updated) may have left its host: exactly one may exist.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();

    const guide = new PortalGuide(window, ctx.signal);
    const ui = await createShadowRootUi(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: overlayCss,
      onMount: (container, _shadow, host) => {
        guide.attach(host, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
        guide.detach();
      },
    });
    ui.mount();
    guide.start(() => {
      // The portal may replace <body>'s children; put our host back, still exactly one.
      if (!ui.shadowHost.isConnected && ctx.isValid) ui.mount();
    });
  },
});
