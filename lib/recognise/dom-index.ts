/**
 * The elements of a document that no tag list finds: those with a `role` or `aria-live` attribute (custom widgets,
 * live regions) and custom elements (the only ones that can host a web component's open shadow root). Kept up to
 * date from DOM mutations instead of searched for at every evaluation: a selector query over the whole page cost
 * more than the rest of a read (bench, 5,000 elements); keeping the index costs a look at what was added, when it
 * is read. Pending mutations are taken synchronously at each read, so the index is never behind the DOM.
 */
interface Index {
  attributed: Set<Element>;
  custom: Set<Element>;
  observer: MutationObserver | null;
  pending: MutationRecord[];
  /** Too many changes to replay one by one: the next read rebuilds the index. */
  stale: boolean;
}
const INDEXES = new WeakMap<Document, Index>();
export const ATTRIBUTED = '[role],[aria-live]';
/** A page that adds more than this is read without the rest (the time budget would cut the read anyway). */
const MAX = 5000;
const MAX_PENDING = 2000;

const isCustom = (el: Element) => el.localName.includes('-');

const addTree = (index: Index, el: Element) => {
  if (index.attributed.size >= MAX || index.custom.size >= MAX) return;
  if (el.hasAttribute('role') || el.hasAttribute('aria-live')) index.attributed.add(el);
  if (isCustom(el)) index.custom.add(el);
  if (!el.firstElementChild) return;
  for (const child of el.querySelectorAll(ATTRIBUTED)) index.attributed.add(child);
  // Custom elements have no selector of their own: a walk of what was added, once.
  for (const child of el.getElementsByTagName('*')) if (isCustom(child)) index.custom.add(child);
};

const rebuild = (index: Index, doc: Document) => {
  index.attributed.clear();
  index.custom.clear();
  index.pending = [];
  index.stale = false;
  if (doc.documentElement) addTree(index, doc.documentElement);
};

const replay = (index: Index) => {
  for (const record of index.pending) {
    if (record.type === 'attributes') {
      const el = record.target as Element;
      if (el.hasAttribute('role') || el.hasAttribute('aria-live')) index.attributed.add(el);
      continue;
    }
    for (const node of record.addedNodes) if (node.nodeType === 1) addTree(index, node as Element);
  }
  index.pending = [];
};

const indexOf = (doc: Document): Index => {
  let index = INDEXES.get(doc);
  if (!index) {
    const fresh: Index = {
      attributed: new Set(),
      custom: new Set(),
      observer: null,
      pending: [],
      stale: true,
    };
    const Observer = doc.defaultView?.MutationObserver;
    if (Observer && doc.documentElement) {
      fresh.observer = new Observer((records) => {
        if (fresh.stale) return;
        if (fresh.pending.length + records.length > MAX_PENDING) {
          fresh.stale = true;
          fresh.pending = [];
        } else fresh.pending.push(...records);
      });
      fresh.observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['role', 'aria-live'],
      });
    }
    INDEXES.set(doc, fresh);
    index = fresh;
  }
  if (index.observer) {
    const records = index.observer.takeRecords();
    if (!index.stale && index.pending.length + records.length <= MAX_PENDING) index.pending.push(...records);
    else index.stale = true;
  }
  if (index.stale || !index.observer) rebuild(index, doc);
  else replay(index);
  return index;
};

/** Connected elements of the set inside `within` (dropping the disconnected ones from the index). */
const inside = (set: Set<Element>, within: Node, keep: (el: Element) => boolean): Element[] => {
  const out: Element[] = [];
  for (const el of set) {
    if (!el.isConnected || !keep(el)) {
      set.delete(el);
      continue;
    }
    if (within.contains(el)) out.push(el);
  }
  return out;
};

/** Elements with a `role` or `aria-live` attribute inside `within`. */
export const attributedIn = (doc: Document, within: Node): Element[] =>
  inside(indexOf(doc).attributed, within, (el) => el.hasAttribute('role') || el.hasAttribute('aria-live'));

/** Open shadow roots of the document's custom elements inside `within`, then of those roots' own. */
export const openShadowRoots = (doc: Document, within: Node, max: number): ShadowRoot[] => {
  const roots: ShadowRoot[] = [];
  for (const host of inside(indexOf(doc).custom, within, () => true)) {
    if (host.shadowRoot) roots.push(host.shadowRoot);
  }
  // Shadow trees are small and not observed: their own custom elements are found by a walk.
  for (let i = 0; i < roots.length && roots.length < max; i++) {
    for (const el of (roots[i] as ShadowRoot).querySelectorAll('*')) {
      if (el.shadowRoot && isCustom(el)) roots.push(el.shadowRoot);
    }
  }
  return roots.slice(0, max);
};
