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
  /** All visible-ish text of the main area, normalised, for error codes only. */
  text: string;
}

const HEADINGS = 'h1,h2,h3,h4,[role="heading"],legend,mat-card-title,[aria-current="step"]';
const LABELS = 'label,mat-label,[aria-label]:not(button):not(a):not([role="button"])';
const ACTIONS =
  'button,a[href],[role="button"],[role="tab"],[role="link"],input[type="submit"],input[type="button"]';
const ALERTS = '[role="alert"],[role="alertdialog"],[aria-live],[role="status"]';
const MAX_TEXT = 200;

const clip = (text: string) => (text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);

const textsOf = (root: ParentNode, selector: string, out: string[], own?: HTMLElement | null): void => {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (own?.contains(el)) continue;
    const aria = el.getAttribute('aria-label');
    const raw = aria ?? (el instanceof HTMLInputElement ? el.value : el.textContent) ?? '';
    const text = normalise(clip(raw));
    if (text) out.push(text);
  }
};

/** Removes the "/en" or "/fr" segment the portal puts first. */
export const pathWithoutLang = (pathname: string): string =>
  pathname.replace(/^\/(en|fr)(?=\/|$)/i, '') || '/';

/**
 * Reads headings, labels, actions and alerts in one pass of selector queries (no per-node JS walk).
 * `own` is our overlay host, whose content is never read.
 */
export const readSignals = (doc: Document, url: URL, own?: HTMLElement | null): PageSignals => {
  const headings: string[] = [];
  const labels: string[] = [];
  const actions: string[] = [];
  const alerts: string[] = [];
  textsOf(doc, HEADINGS, headings, own);
  textsOf(doc, LABELS, labels, own);
  // aria-labelledby names a field by other nodes' text (Angular Material, custom widgets).
  for (const el of doc.querySelectorAll<HTMLElement>('[aria-labelledby]')) {
    for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
      const ref = id ? doc.getElementById(id) : null;
      const text = ref ? normalise(clip(ref.textContent ?? '')) : '';
      if (text) labels.push(text);
    }
  }
  textsOf(doc, ACTIONS, actions, own);
  textsOf(doc, ALERTS, alerts, own);
  const main = doc.querySelector('main') ?? doc.body;
  return {
    path: pathWithoutLang(url.pathname),
    headings,
    labels,
    actions,
    alerts,
    text: normalise(main?.textContent ?? ''),
  };
};
