import type { OverlayView } from './overlay-view';

type Tip = OverlayView['tips'][number];

/**
 * The one thing to do on this page, for the bar and the side panel: the page module's "what to do here" for the
 * user's role (the journey view's `here`), else the journey's next action (on an unknown page, or a page with
 * nothing for this role). Never the first unticked checklist item: that is often on another page (issue 12).
 */
export const pageAction = (view: OverlayView): string | undefined => {
  const { here, next } = view.journey;
  if (here) return here.text;
  if (next) return next.where ? `${next.where} ${next.text}` : next.text;
  return undefined;
};

// What helps most on a page: what trips people up, then what to enter, what to have ready, what comes next.
const USEFUL: Record<Tip['kind'], number> = { pitfall: 0, enter: 1, 'have-ready': 2, next: 3 };

/** The page's three most useful tips first; the rest goes behind "More". The action's own text is not repeated. */
export const splitTips = (view: OverlayView, action: string | undefined, top = 3) => {
  const tips = view.tips
    .filter((t) => t.text !== action)
    .map((t, i) => ({ t, i }))
    .sort((a, b) => USEFUL[a.t.kind] - USEFUL[b.t.kind] || a.i - b.i)
    .map(({ t }) => t);
  return { top: tips.slice(0, top), rest: tips.slice(top) };
};
