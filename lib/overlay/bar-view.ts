import { acronymExplainer } from '../guide/glossary';
import { BOOT, fill } from '../i18n/boot-strings';
import type { OverlayView } from './overlay-view';
import { pageAction } from './page-action';

/** At most this many words in the in-page bar by default (issue 13: less to read); the rest is in the side panel. */
export const BAR_WORD_LIMIT = 40;

/** The bar's sentences for one page, computed by the background so the portal's page loads no guide text or glossary. */
export interface BarTexts {
  /** The page's name and the journey stage. */
  where: string;
  /** The one thing to do here (or the portal's error, or "choose your role"). */
  todo: string;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Cuts `text` to `max` words, at a word, with an ellipsis when it was longer. */
export const clip = (text: string, max: number): string => {
  const w = words(text);
  return w.length <= max ? text : `${w.slice(0, Math.max(0, max)).join(' ')}…`;
};

/** Every word the bar shows by default: brand, badge, where, to do, and its two buttons. */
export const barWords = (view: OverlayView, bar: BarTexts): number => {
  const b = (k: keyof typeof BOOT) => BOOT[k][view.lang];
  return [b('productName'), b('unofficial'), bar.where, bar.todo, b('openGuide'), b('barHide')].reduce(
    (n, s) => n + words(s).length,
    0,
  );
};

export const barTexts = (view: OverlayView): BarTexts => {
  const x = acronymExplainer(view.lang);
  const where = x([view.pageName, view.step?.label].filter(Boolean).join(' · '));
  const error = view.errors[0];
  const action = pageAction(view);
  let todo = '';
  if (error) todo = fill(view.ui.barError, { title: error.title });
  else if (!view.role) todo = view.ui.barChooseRole;
  else if (action) todo = fill(view.ui.barDo, { text: x(action) });
  const budget = BAR_WORD_LIMIT - barWords(view, { where, todo: '' });
  return { where, todo: clip(todo, budget) };
};

/** The view as the content script receives it: with the bar's sentences. */
export type PageView = OverlayView & { bar: BarTexts };
export const withBar = (view: OverlayView): PageView => ({ ...view, bar: barTexts(view) });
