import type { OverlayView } from './overlay-view';

type Tip = OverlayView['tips'][number];

/**
 * The one thing to do on this page, for the bar and the top of the side panel: what is left in this page's step,
 * or else the page's "what to enter" tip. Undefined when the guide has nothing to ask here.
 */
export const pageAction = (view: OverlayView): string | undefined => {
  if (view.nextAction && view.step && view.nextAction.step === view.step.id) return view.nextAction.text;
  return view.tips.find((t) => t.kind === 'enter')?.text ?? view.nextAction?.text;
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
