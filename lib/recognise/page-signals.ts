import { ATTRIBUTED, attributedIn, openShadowRoots } from './dom-index';
import { normalise } from './normalise';
import { mayMatter, wordForms } from './vocabulary';

/**
 * What a page says, read once per evaluation: the only input of the matcher. Never includes a field's value.
 * Only what a sighted user can see in the page's main content counts: hidden panels (`hidden`, `aria-hidden`,
 * `inert`, `display: none`, closed `<details>`, panels moved off-screen), navigation, menus, banners, footers and
 * asides are not read; text inside open shadow roots (web components) is.
 */
export interface PageSignals {
  /** URL path without the language segment, e.g. "/auth/login". */
  path: string;
  /** The page's main heading (its first visible `h1`, else its first heading), normalised; '' when none. */
  mainHeading: string;
  /** Every visible heading of the main content, normalised, in document order (the main heading included). */
  headings: string[];
  /** Each heading's level, parallel to `headings`: 1 to 6 (legends and unlevelled headings count as 3). */
  headingLevels: number[];
  /** Where the page says which step of a wizard it shows: a stepper's current item, "Step 1 of 4: X". */
  steps: string[];
  /** The document's title, normalised. */
  title: string;
  /** The breadcrumb's current (or last) item, or the navigation's current page, normalised; '' when none. */
  breadcrumb: string;
  labels: string[];
  actions: string[];
  /** Short texts of alerts, status messages and headings, where the portal shows errors. */
  alerts: string[];
  /** The main area's raw text, for error codes (EC-####) only: normalising it all cost more than the rest. */
  text: string;
  /** True when the page was so large that reading stopped at a cap or at the time budget. */
  truncated: boolean;
}

/**
 * Containers whose text names other pages (navigation, menus, banners, footers, asides, feeds) or is not shown.
 * A `header` or `footer` inside the main content or a section is the page's own and is read (see `excluded`).
 */
const EXCLUDED = [
  'nav',
  'aside',
  'header',
  'footer',
  'template',
  '[role="navigation"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="feed"]',
  '[hidden]',
  '[aria-hidden="true"]',
  '[inert]',
  'details:not([open]) > :not(summary)',
].join(',');
const SECTIONING = 'main,[role="main"],article,section';
/** A list item: a heading there names an item (a news entry, a card), not this page. */
const LIST_ITEM = 'li,[role="listitem"]';

/** In a list item, or in one of several articles side by side (a news feed, cards). */
const inListItem = (el: Element): boolean => {
  if (el.closest(LIST_ITEM)) return true;
  const article = el.closest('article');
  return (
    !!article &&
    (article.previousElementSibling?.localName === 'article' ||
      article.nextElementSibling?.localName === 'article')
  );
};
const STEP_TEXT = /\b(?:step|etape)\s+\d+\s+(?:of|de|sur)\s+\d+\b\s*[:.\-\u2013\u2014]?\s*(.*)$/;
const STEP_RAW = /(?:step|tape)\s+\d+\s+(?:of|de|sur)\s+\d+/i;

const MAX_TEXT = 200;
/** Caps on what one evaluation reads: a real portal page has far fewer; a pathological one stops here. */
export const LIMITS = {
  candidates: 2500,
  headings: 80,
  labels: 120,
  actions: 120,
  alerts: 40,
  shadowRoots: 200,
  /** Milliseconds one read may take before it stops (checked every 32 elements). */
  budgetMs: 8,
} as const;

const clip = (text: string) => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
const SEP = '\u0001';
const EDITABLE = '[contenteditable],textarea,select';

/** Text of an element as rendered: a slot's assigned nodes instead of its fallback, an open shadow root's text. */
const composedText = (node: Node, depth = 0): string => {
  if (depth > 8) return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const el = node as Element;
  if (node.nodeType === 1) {
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length > 0) return assigned.map((n) => composedText(n, depth + 1)).join('');
    }
    if (el.shadowRoot) return composedText(el.shadowRoot, depth + 1);
    if (!el.firstElementChild) return el.textContent ?? '';
  }
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += composedText(child, depth + 1);
  return text;
};

/** A button-like input's value is its label; any other field's value, or an editable element's text, is what the user typed. */
const ownText = (el: HTMLElement, inShadow: boolean): string => {
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    return /^(submit|button|reset)$/.test(input.type) ? input.value : '';
  }
  if (el.isContentEditable) return '';
  if (el.firstElementChild && el.querySelector(EDITABLE)) {
    // A label or heading around an editable area: its text without what was typed there.
    let text = '';
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(EDITABLE)) text += node.nodeValue ?? '';
    }
    return text;
  }
  if (inShadow || el.localName.includes('-')) return composedText(el);
  return el.textContent ?? '';
};

const rawTextOf = (el: HTMLElement, inShadow: boolean): string =>
  clip(el.getAttribute('aria-label') ?? ownText(el, inShadow));

/** Removes the "/en" or "/fr" segment the portal puts first. */
export const pathWithoutLang = (pathname: string): string =>
  pathname.replace(/^\/(en|fr)(?=\/|$)/i, '') || '/';

/** Not shown: hidden by an attribute, in a closed disclosure, in navigation, menus or page furniture. */
const excluded = (el: Element): boolean => {
  let from: Element | null = el;
  while (from) {
    const hit: Element | null = from.closest(EXCLUDED);
    if (!hit) return false;
    // The page's own header or footer (inside main, an article or a section) is part of its content.
    if (
      (hit.localName === 'header' || hit.localName === 'footer') &&
      hit.parentElement?.closest(SECTIONING)
    ) {
      from = hit.parentElement;
      continue;
    }
    return true;
  }
  return false;
};

/** Where there is no layout engine (unit tests), computed styles up the tree stand in for `checkVisibility`. */
/** The shadow host of the tree `el` is in; null in the document. */
const hostOf = (el: Element): Element | null => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

const styledHidden = (el: Element): boolean => {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  // Up the flat tree: a shadow root's children are hidden with their host.
  for (let at: Element | null = el; at; at = at.parentElement ?? hostOf(at)) {
    const style = view.getComputedStyle(at);
    if (style.display === 'none' || (at === el && style.visibility === 'hidden')) return true;
  }
  return false;
};

/** Shown on the page: rendered, not `visibility: hidden`, and not moved off the page's left or top edge. */
const visible = (el: Element, offscreen: boolean): boolean => {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    // Each shadow host out to the document is asked too: not every engine looks past a shadow root.
    for (let at: Element | null = el; at; at = hostOf(at)) {
      if (!check.call(at, { visibilityProperty: true })) return false;
    }
  } else if (styledHidden(el)) return false;
  if (!offscreen) return true;
  const r = el.getBoundingClientRect();
  // No layout (unit tests) gives every box as 0 × 0 at the origin: that is not "off-screen".
  if (r.width === 0 && r.height === 0 && r.x === 0 && r.y === 0) return true;
  const view = el.ownerDocument.defaultView;
  return r.right + (view?.scrollX ?? 0) > 0 && r.bottom + (view?.scrollY ?? 0) > 0;
};

const levelOf = (el: Element): number => {
  const n = /^h([1-6])$/.exec(el.localName);
  if (n) return Number(n[1]);
  const aria = Number(el.getAttribute('aria-level'));
  return aria >= 1 && aria <= 6 ? aria : 3;
};

/** A heading made of a link (a news entry, a card title) names the page it links to. */
const isLinkHeading = (el: Element, text: string): boolean => {
  const link = el.querySelector('a[href]');
  return !!link && (link.textContent ?? '').trim().length >= text.trim().length * 0.8;
};

/** A shadow root's host chain, out to the document: excluded if any host is. */
const hostExcluded = (shadow: ShadowRoot): boolean => {
  for (let root: Node = shadow; root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (excluded(root.host)) return true;
  }
  return false;
};

const mainOf = (doc: Document): HTMLElement | null => {
  const mains = doc.getElementsByTagName('main');
  for (const main of mains.length > 0 ? mains : doc.querySelectorAll<HTMLElement>('[role="main"]')) {
    if (!excluded(main)) return main;
  }
  return doc.body;
};

/** The breadcrumb's current or last item, or the navigation's current page (outside the main content). */
const breadcrumbOf = (doc: Document, own: HTMLElement | null | undefined): string => {
  const navs = [...doc.getElementsByTagName('nav'), ...doc.getElementsByTagName('gcds-breadcrumbs')];
  let current: Element | null = null;
  for (const nav of navs) {
    if (own?.contains(nav)) continue;
    const name = normalise(nav.getAttribute('aria-label') ?? '');
    if (nav.localName === 'gcds-breadcrumbs' || /breadcrumb|fil d.ariane/.test(name)) {
      const items = nav.querySelectorAll('li,gcds-breadcrumbs-item');
      const last = nav.querySelector('[aria-current="page"]') ?? items[items.length - 1];
      if (last) return normalise(clip(composedText(last)));
    }
    current ??= nav.querySelector('[aria-current="page"]');
  }
  return current ? normalise(clip(composedText(current))) : '';
};

/** "Step 1 of 4: Business identifiers" texts shown in `root`: what follows the counter, or the element's text. */
const stepTexts = (root: ParentNode, into: string[], text = (root as Node).textContent ?? '') => {
  if (!STEP_RAW.test(text)) return;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && into.length < 8; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_TEXT || !STEP_RAW.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || excluded(parent) || !visible(parent, true)) continue;
    // The counter and its name may sit in separate elements: "<span>Step 1 of 4:</span> Business identifiers".
    for (let at: Element | null = parent, i = 0; at && i < 3; at = at.parentElement, i++) {
      const whole = at.textContent ?? '';
      // Climbing further would read the step's whole panel, not its name.
      if (whole.length > 120) break;
      const m = STEP_TEXT.exec(normalise(whole));
      if (m?.[1]) {
        into.push(m[1]);
        break;
      }
    }
  }
};

type Kind = 'heading' | 'label' | 'action' | 'alert' | 'step';
interface Found {
  el: HTMLElement;
  kind: Kind;
  raw: string;
  level: number;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'mat-card-title'];
/** Read through the browser's cached tag lists (no selector matching): the cheap way to find most candidates. */
const TAGGED = [...HEADING_TAGS, 'label', 'mat-label', 'button', 'a', 'input', 'li'];
const TAGGED_SET = new Set(TAGGED);
/** At most this many elements of one tag are read: a page with thousands of fields is recognised from the first. */
const PER_TAG = 150;

/** Elements of `scope` worth reading: tagged ones through the browser's cached tag lists, the rest by attribute. */
const candidates = (scope: ParentNode, into: Element[]) => {
  const fast = 'getElementsByTagName' in scope;
  for (const tag of TAGGED) {
    const list = fast ? (scope as Element).getElementsByTagName(tag) : scope.querySelectorAll(tag);
    const n = Math.min(list.length, PER_TAG);
    for (let i = 0; i < n; i++) into.push(list[i] as Element);
  }
  // The document's own elements with a role come from the index; a shadow tree is small enough to query.
  const attributed = fast
    ? attributedIn((scope as Element).ownerDocument, scope as Node)
    : scope.querySelectorAll(ATTRIBUTED);
  for (const el of attributed) if (!TAGGED_SET.has(el.localName)) into.push(el);
};

const ROLE_KIND: Record<string, Kind> = {
  heading: 'heading',
  button: 'action',
  link: 'action',
  tab: 'action',
  alert: 'alert',
  alertdialog: 'alert',
  status: 'alert',
};

const ACTION_INPUT = /^(submit|button)$/i;

/** What one element says, by its tag, role and attributes (an element can be several: a button that is a live region). */
const kindsOf = (el: Element): Kind[] => {
  const tag = el.localName;
  switch (tag) {
    case 'label':
    case 'mat-label':
      return LABEL;
    case 'button':
      return ACTION;
    case 'a':
      return el.hasAttribute('href') ? ACTION : NONE;
    case 'input':
      if (ACTION_INPUT.test(el.getAttribute('type') ?? '')) return ACTION;
      return el.hasAttribute('aria-label') ? LABEL : NONE;
    case 'li':
      if (el.getAttribute('aria-current') === 'step') return STEP;
      return el.getAttribute('role') === 'tab' ? ACTION : NONE;
  }
  if (HEADING_TAGS.includes(tag)) return HEADING;
  const role = el.getAttribute('role');
  const kinds: Kind[] = [];
  const kind = role === null ? undefined : ROLE_KIND[role];
  if (kind) kinds.push(kind);
  else if (el.hasAttribute('aria-live')) kinds.push('alert');
  if (kind !== 'action' && el.hasAttribute('aria-label')) kinds.push('label');
  if (el.getAttribute('aria-current') === 'step') kinds.push('step');
  return kinds;
};
const NONE: Kind[] = [];
const LABEL: Kind[] = ['label'];
const ACTION: Kind[] = ['action'];
const HEADING: Kind[] = ['heading'];
const STEP: Kind[] = ['step'];

export interface ReadOptions {
  /**
   * Check the visibility of every text, not only of those that hold a word some rule looks for (the recogniser's
   * answer is the same either way; "Report this page" lists what is shown).
   */
  exhaustive?: boolean;
}

/**
 * Reads headings, labels, actions and alerts of the visible main content (the document's main element and each
 * open shadow root in it), within the caps and the time budget of `LIMITS`. Candidates come from the browser's
 * tag lists and one attribute query; only headings and texts that could change the answer are checked for
 * visibility (layout queries are the expensive part). `own` is our overlay host, whose content is never read.
 */
export const readSignals = (
  doc: Document,
  url: URL,
  own?: HTMLElement | null,
  options: ReadOptions = {},
): PageSignals => {
  const started = performance.now();
  const root = mainOf(doc);
  const found: Found[] = [];
  const counts: Record<Kind, number> = { heading: 0, label: 0, action: 0, alert: 0, step: 0 };
  const cap: Record<Kind, number> = {
    heading: LIMITS.headings,
    label: LIMITS.labels,
    action: LIMITS.actions,
    alert: LIMITS.alerts,
    step: 8,
  };
  let truncated = false;
  let seen = 0;
  const ownInside = !!own && !!root && (root.contains(own) || own.contains(root));
  const scopes: ParentNode[] = root ? [root, ...openShadowRoots(doc, root, LIMITS.shadowRoots)] : [];
  const stepScopes: ParentNode[] = [];

  read: for (let s = 0; s < scopes.length; s++) {
    const scope = scopes[s] as ParentNode;
    const inShadow = scope instanceof ShadowRoot;
    if (inShadow && hostExcluded(scope)) continue;
    stepScopes.push(scope);
    const els: Element[] = [];
    candidates(scope, els);
    for (const el of els as HTMLElement[]) {
      if (
        ++seen > LIMITS.candidates ||
        ((seen & 63) === 0 && performance.now() - started > LIMITS.budgetMs)
      ) {
        truncated = true;
        break read;
      }
      const kinds = kindsOf(el);
      const labelledBy = el.getAttribute('aria-labelledby');
      if (kinds.length === 0 && !labelledBy) continue;
      if (ownInside && own?.contains(el)) continue;
      let raw: string | undefined;
      for (const kind of kinds) {
        if (counts[kind] >= cap[kind]) continue;
        raw ??= rawTextOf(el, inShadow);
        counts[kind]++;
        found.push({ el, kind, raw, level: kind === 'heading' ? levelOf(el) : 0 });
      }
      if (labelledBy && counts.label < cap.label) {
        // aria-labelledby names a field by other nodes' text (Angular Material, custom widgets).
        const scopeRoot = el.getRootNode() as Document | ShadowRoot;
        for (const id of labelledBy.split(/\s+/)) {
          const ref = id ? (scopeRoot.getElementById?.(id) ?? doc.getElementById(id)) : null;
          if (ref) {
            counts.label++;
            found.push({ el, kind: 'label', raw: clip(ref.textContent ?? ''), level: 0 });
          }
        }
      }
    }
  }

  // One normalisation pass for every text; then only what could matter is checked for visibility.
  const joined = normalise(found.map((f) => f.raw.split(SEP).join(' ')).join(SEP));
  const normalised = joined.split(SEP);
  const form = wordForms(joined);
  const out: Record<Kind, string[]> = { heading: [], label: [], action: [], alert: [], step: [] };
  const headingLevels: number[] = [];
  const verdict = new Map<Element, boolean>();
  const shown = (el: Element, offscreen: boolean) => {
    let v = verdict.get(el);
    if (v === undefined) {
      v = !excluded(el) && visible(el, offscreen);
      verdict.set(el, v);
    }
    return v;
  };
  let mainHeading = '';
  // The main heading is the first shown h1; other headings are checked only when they could change the answer.
  let mainLevel = 7;
  found.forEach((f, i) => {
    const text = normalised[i]?.trim() ?? '';
    if (!text) return;
    const matters = options.exhaustive || mayMatter(form[i] ?? '');
    if (f.kind === 'step') {
      if (shown(f.el, true)) out.step.push(text);
      return;
    }
    if (f.kind === 'heading') {
      const candidate = f.level < mainLevel;
      if ((matters || candidate) && !shown(f.el, true)) return;
      // A heading in a list item or made of a link names another page (a news entry, a card).
      if (matters && (inListItem(f.el) || isLinkHeading(f.el, f.raw))) return;
      if (candidate) {
        mainHeading = text;
        // Headings are grouped by tag, h1 first: the first shown one of the highest level is the main one.
        mainLevel = f.level;
      }
      out.heading.push(text);
      headingLevels.push(f.level);
      return;
    }
    if (matters && !shown(f.el, f.kind === 'label')) return;
    out[f.kind].push(text);
  });
  const mainText = root?.textContent ?? '';
  if (!truncated)
    for (const scope of stepScopes) stepTexts(scope, out.step, scope === root ? mainText : undefined);
  return {
    path: pathWithoutLang(url.pathname),
    mainHeading,
    headings: out.heading,
    headingLevels,
    steps: out.step,
    title: normalise(clip(doc.title ?? '')),
    breadcrumb: breadcrumbOf(doc, own),
    labels: out.label,
    actions: out.action,
    alerts: out.alert,
    text: mainText,
    truncated,
  };
};
