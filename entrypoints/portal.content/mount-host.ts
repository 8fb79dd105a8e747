/** The tag of the public contract's marker (shared/design/guide-map.md): tests and other tools read its attributes. */
export const MARKER_TAG = 'carm-guide';
/**
 * The attribute that marks our UI host, valued with the extension's id. A page can copy it, but the extension never
 * trusts what it finds on the page: the guide keeps references to its own elements, and this is only how a newer copy
 * of the script (after a reload or an update) finds what an older one left, and how tests find ours among forgeries.
 */
export const HOST_ATTR = 'data-carm-guide-host';

export type Contract = Partial<Record<'data-page' | 'data-step' | 'data-lang' | 'data-role', string>>;

export interface Host {
  /** A plain <div>: a page can define custom elements, never a built-in one, so its shadow root is always ours. */
  host: HTMLElement;
  /** The contract's <carm-guide>, a child of the host (not rendered: the shadow root has no slot); may be null. */
  marker: HTMLElement | null;
  /** The bar's root inside the shadow root. */
  container: HTMLElement;
  /** Field-tip bubbles, beside the bar in the shadow root. */
  layer: HTMLElement;
  /** Sets the marker's contract attributes; any other value put there is set back. */
  setContract: (attrs: Contract) => void;
  /** Puts the host (and its marker) back if the page removed or moved it; still exactly one. */
  ensureAttached: () => void;
  remove: () => void;
}

const CONTRACT_KEYS = ['data-page', 'data-step', 'data-lang', 'data-role'] as const;
/** Repairs (attributes set back, marker put back) allowed per second before waiting for the next page check. */
const REPAIRS_PER_SECOND = 20;
/** A marker the page removes every time it is put back (an element that removes itself on connect) is given up. */
const MAX_MARKER_LOSSES = 10;

/**
 * Mounts the guide's host: `<div data-carm-guide-host>` with an open shadow root (our styles cannot leak into the
 * portal, nor the portal's into us: `all: initial`), and the contract's `<carm-guide>` marker inside it.
 *
 * A page may own the name `carm-guide` (issue 15, finding 2): its class then runs on our marker (a closed shadow root,
 * removing itself, throwing), which is why nothing the guide needs is attached to the marker, and why every step
 * that touches it is guarded. Hand-written rather than WXT's createShadowRootUi, which with its isolated-element
 * dependency weighed 3.6 KB gzip, and attaches its shadow root to a custom element a page can define first.
 */
export const mountHost = (doc: Document, css: string, key: string): Host => {
  // What an older copy of the extension (reloaded or updated) left: exactly one host may exist.
  for (const stale of doc.querySelectorAll(`[${HOST_ATTR}]`)) {
    if (stale.getAttribute(HOST_ATTR) === key) stale.remove();
  }
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTR, key);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  const container = doc.createElement('div');
  const layer = doc.createElement('div');
  shadow.append(style, container, layer);

  let contract: Contract = {};
  let marker = createMarker(doc);
  let markerLosses = 0;
  let repairs = 0;
  let windowStart = 0;
  let removed = false;
  const canRepair = () => {
    const now = performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      repairs = 0;
    }
    return ++repairs <= REPAIRS_PER_SECOND;
  };

  const writeContract = () => {
    if (!marker) return;
    guard(() => {
      for (const name of CONTRACT_KEYS) {
        const value = contract[name];
        if (value === undefined) {
          if (marker?.hasAttribute(name)) marker.removeAttribute(name);
        } else if (marker?.getAttribute(name) !== value) marker?.setAttribute(name, value);
      }
    });
  };

  const placeMarker = () => {
    if (!marker || marker.parentNode === host) return;
    if (++markerLosses > MAX_MARKER_LOSSES) {
      marker = null;
      return;
    }
    guard(() => marker && host.append(marker));
    writeContract();
  };

  // The page changed our host or marker (an attribute, the marker removed): set it back at once, within a budget
  // (a page that fights back waits for the next page check, see ensureAttached).
  const repair = new MutationObserver((records) => {
    if (removed || !canRepair()) return;
    for (const r of records) {
      if (r.target === host && r.type === 'attributes' && r.attributeName) {
        if (r.attributeName === HOST_ATTR) {
          if (host.getAttribute(HOST_ATTR) !== key) host.setAttribute(HOST_ATTR, key);
        } else if (host.hasAttribute(r.attributeName)) host.removeAttribute(r.attributeName);
      }
    }
    placeMarker();
    writeContract();
  });
  repair.observe(host, { attributes: true, childList: true });
  const watchMarker = () => {
    if (marker) repair.observe(marker, { attributes: true, attributeFilter: [...CONTRACT_KEYS] });
  };

  const ensureAttached = () => {
    if (removed) return;
    // Elements a page made to look like ours (our mark copied): only one host may say it is the guide.
    for (const other of doc.querySelectorAll(`[${HOST_ATTR}]`)) {
      if (other !== host && other.getAttribute(HOST_ATTR) === key) other.remove();
    }
    const parent = doc.body ?? doc.documentElement;
    // First in <body>: the bar sits in the page's flow above the portal and takes its own space (covers nothing).
    if (host.parentNode !== parent) parent.prepend(host);
    const hadMarker = marker;
    placeMarker();
    if (marker && marker !== hadMarker) watchMarker();
    writeContract();
  };

  if (marker) guard(() => marker && host.append(marker));
  watchMarker();
  ensureAttached();
  return {
    host,
    get marker() {
      return marker;
    },
    container,
    layer,
    setContract: (attrs) => {
      contract = { ...attrs };
      writeContract();
    },
    ensureAttached,
    remove: () => {
      removed = true;
      repair.disconnect();
      host.remove();
    },
  };
};

/**
 * Creates the marker. If the page defined `carm-guide`, its constructor runs here (in the page's world: whatever it
 * throws is reported there, never to us); what comes back is still an element we can set attributes on.
 */
const createMarker = (doc: Document): HTMLElement | null => {
  try {
    return doc.createElement(MARKER_TAG);
  } catch {
    return null;
  }
};

const guard = (fn: () => unknown) => {
  try {
    fn();
  } catch {
    // The page's own element threw from one of its callbacks: the guide goes on without that step.
  }
};
