export interface Host {
  host: HTMLElement;
  /** The bar's root inside the shadow root. */
  container: HTMLElement;
  /** Field-tip bubbles, beside the bar in the shadow root. */
  layer: HTMLElement;
  /** Puts the host back if the portal removed it; still exactly one. */
  ensureAttached: () => void;
  remove: () => void;
}

/**
 * Creates <carm-guide> with an open shadow root: our styles cannot leak into the portal, and the portal's cannot
 * reach us (`all: initial`, as WXT's shadow-root UI does). Hand-written rather than WXT's createShadowRootUi, which
 * with its isolated-element dependency weighed 3.6 KB gzip: more than the rest of the panel's framework code.
 */
export const mountHost = (doc: Document, tag: string, css: string): Host => {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = doc.createElement('div');
  const layer = doc.createElement('div');
  shadow.append(style, container, layer);
  const ensureAttached = () => {
    // First in <body>: the bar sits in the page's flow above the portal and takes its own space (covers nothing).
    if (!host.isConnected) (doc.body ?? doc.documentElement).prepend(host);
  };
  ensureAttached();
  return { host, container, layer, ensureAttached, remove: () => host.remove() };
};
