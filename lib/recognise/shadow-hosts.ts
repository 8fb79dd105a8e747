/**
 * The custom elements of a document (the only elements that can host a web component's open shadow root), kept
 * up to date from DOM mutations instead of searched for at every evaluation: finding them costs a walk of the
 * whole page (0.4 ms on 5,000 elements), keeping them costs a look at what was added. Pending mutations are taken
 * synchronously at each read, so the index is never behind the DOM.
 */
interface Index {
  hosts: Set<Element>;
  observer: MutationObserver | null;
}
const INDEXES = new WeakMap<Document, Index>();
/** A page that adds more custom elements than this is read without its shadow roots beyond the first ones. */
const MAX_HOSTS = 2000;

const isCustom = (el: Element) => el.localName.includes('-');

const addFrom = (index: Index, node: Node) => {
  if (node.nodeType !== 1 || index.hosts.size >= MAX_HOSTS) return;
  const el = node as Element;
  if (isCustom(el)) index.hosts.add(el);
  if (!el.firstElementChild) return;
  for (const child of el.querySelectorAll('*')) {
    if (isCustom(child)) {
      index.hosts.add(child);
      if (index.hosts.size >= MAX_HOSTS) return;
    }
  }
};

const take = (index: Index, records: MutationRecord[]) => {
  for (const record of records) for (const node of record.addedNodes) addFrom(index, node);
};

const indexOf = (doc: Document): Index => {
  let index = INDEXES.get(doc);
  if (index) {
    if (index.observer) take(index, index.observer.takeRecords());
    return index;
  }
  index = { hosts: new Set(), observer: null };
  const View = doc.defaultView?.MutationObserver;
  if (View && doc.documentElement) {
    const live = index;
    index.observer = new View((records) => take(live, records));
    index.observer.observe(doc.documentElement, { childList: true, subtree: true });
  }
  if (doc.documentElement) addFrom(index, doc.documentElement);
  INDEXES.set(doc, index);
  return index;
};

/** Open shadow roots of the document's connected custom elements inside `within`, then of those roots' own. */
export const openShadowRoots = (doc: Document, within: Node, max: number): ShadowRoot[] => {
  const roots: ShadowRoot[] = [];
  const index = indexOf(doc);
  for (const host of index.hosts) {
    if (!host.isConnected) {
      index.hosts.delete(host);
      continue;
    }
    if (host.shadowRoot && within.contains(host)) roots.push(host.shadowRoot);
  }
  // Shadow trees are small and not observed: their own custom elements are found by a walk.
  for (let i = 0; i < roots.length && roots.length < max; i++) {
    for (const el of (roots[i] as ShadowRoot).querySelectorAll('*')) {
      if (el.shadowRoot && isCustom(el)) roots.push(el.shadowRoot);
    }
  }
  return roots.slice(0, max);
};
