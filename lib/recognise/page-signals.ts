import { normalise } from './normalise';

/** What a page says, read once per evaluation: the only input of the matcher. Never includes a field's value. */
export interface PageSignals {
  /** URL path without the language segment, e.g. "/auth/login". */
  path: string;
  headings: string[];
  labels: string[];
  actions: string[];
  /** Short texts of alerts, status messages and headings, where the portal shows errors. */
  alerts: string[];
  /** The main area's raw text, for error codes (EC-####) only: normalising it all cost more than the rest. */
  text: string;
}

const HEADINGS = 'h1,h2,h3,h4,[role="heading"],legend,mat-card-title,[aria-current="step"]';
const LABELS = 'label,mat-label,[aria-label]:not(button):not(a):not([role="button"])';
const ACTIONS =
  'button,a[href],[role="button"],[role="tab"],[role="link"],input[type="submit"],input[type="button"]';
const ALERTS = '[role="alert"],[role="alertdialog"],[aria-live],[role="status"]';
const MAX_TEXT = 200;

const clip = (text: string) => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

const ALL = [HEADINGS, LABELS, '[aria-labelledby]', ACTIONS, ALERTS].join(',');

const SEP = '\u0001';

/** A button-like input's value is its label; any other field's value, or an editable element's text, is what the user typed. */
const ownText = (el: HTMLElement): string | null => {
  if (el instanceof HTMLInputElement) return /^(submit|button|reset)$/.test(el.type) ? el.value : '';
  if (el.isContentEditable || el.closest(EDITABLE)) return '';
  // A label or heading around an editable area: its text without what was typed there.
  if (!el.querySelector(EDITABLE)) return el.textContent;
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(EDITABLE)) text += node.nodeValue ?? '';
  }
  return text;
};
const EDITABLE = '[contenteditable]:not([contenteditable="false"]),textarea,select';

const rawTextOf = (el: HTMLElement): string => clip(el.getAttribute('aria-label') ?? ownText(el) ?? '');

/** Normalises a whole list in one call (one NFD pass over the joined text, not one per element), dropping blanks. */
const normaliseAll = (raw: string[]): string[] =>
  raw.length === 0
    ? []
    : normalise(raw.join(SEP))
        .split(SEP)
        .map((x) => x.trim())
        .filter((x) => x !== '');

/** Removes the "/en" or "/fr" segment the portal puts first. */
export const pathWithoutLang = (pathname: string): string =>
  pathname.replace(/^\/(en|fr)(?=\/|$)/i, '') || '/';

/**
 * Reads headings, labels, actions and alerts in one selector query (no per-node JS walk over the whole page).
 * `own` is our overlay host, whose content is never read.
 */
export const readSignals = (doc: Document, url: URL, own?: HTMLElement | null): PageSignals => {
  const headings: string[] = [];
  const labels: string[] = [];
  const actions: string[] = [];
  const alerts: string[] = [];
  // One walk of the document for every kind (five selector queries walked it five times: bench, 5,000 nodes).
  for (const el of doc.querySelectorAll<HTMLElement>(ALL)) {
    if (own?.contains(el)) continue;
    let text: string | undefined;
    const read = () => {
      text ??= rawTextOf(el);
      return text;
    };
    if (el.matches(HEADINGS)) headings.push(read());
    if (el.matches(LABELS)) labels.push(read());
    if (el.hasAttribute('aria-labelledby')) {
      // aria-labelledby names a field by other nodes' text (Angular Material, custom widgets).
      for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
        const ref = id ? doc.getElementById(id) : null;
        if (ref) labels.push(clip(ref.textContent ?? ''));
      }
    }
    if (el.matches(ACTIONS)) actions.push(read());
    if (el.matches(ALERTS)) alerts.push(read());
  }
  const main = doc.querySelector('main') ?? doc.body;
  return {
    path: pathWithoutLang(url.pathname),
    headings: normaliseAll(headings),
    labels: normaliseAll(labels),
    actions: normaliseAll(actions),
    alerts: normaliseAll(alerts),
    text: main?.textContent ?? '',
  };
};
