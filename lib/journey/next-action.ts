import type { KnownPageId, PageId, StepId } from '../guide/ids';
import type { Journey } from './journey';

/** What a page module says about one page for the journey, already resolved for one role. */
export interface PageGuidance {
  id: KnownPageId;
  step: StepId;
  /** What the user does on this page, for this role (absent: the page has nothing to say to this role). */
  doHere?: boolean;
  /** The page that normally follows, for this role. */
  next?: KnownPageId;
}

/** Where the next action comes from. */
export type NextTarget =
  /** A portal page: its "what to do here"; `here` when the user is on it now. */
  | { kind: 'page'; step: StepId; page: KnownPageId; here: boolean }
  /** No page of the step is known (prepare, a broker's client requests): the first checklist unit not met. */
  | { kind: 'item'; step: StepId; item: string }
  /** Every step is done or passed. */
  | { kind: 'complete'; step: StepId };

/**
 * The next action for the user's position. `page` is the page the user is on (the overlay) or last saw (the
 * popup): the same input gives the same answer in both. Never a step before the position, so never one the portal
 * has shown as passed.
 *
 * 1. The page the user is on, when it belongs to the position's step (or to no step of this role's path) and says
 *    what to do for this role.
 * 2. The page that normally follows it, when that one is in the position's step (a confirmation page leads on).
 * 3. The position step's first page (registry order) that says what to do for this role.
 * 4. The position step's first checklist unit not met.
 */
export const nextTarget = (input: {
  journey: Journey;
  path: readonly StepId[];
  pages: readonly PageGuidance[];
  page: PageId | undefined;
}): NextTarget | undefined => {
  const { journey, path, pages } = input;
  const position = journey.steps[journey.position];
  if (!position) return undefined;
  const step = position.id;
  if (journey.complete && position.state === 'done') return { kind: 'complete', step };
  const current = pages.find((p) => p.id === input.page);
  if (current?.doHere && (current.step === step || !path.includes(current.step))) {
    return { kind: 'page', step, page: current.id, here: true };
  }
  const following = current?.next ? pages.find((p) => p.id === current.next) : undefined;
  if (following?.doHere && following.step === step) {
    return { kind: 'page', step, page: following.id, here: false };
  }
  const entry = pages.find((p) => p.step === step && p.doHere);
  if (entry) return { kind: 'page', step, page: entry.id, here: entry.id === input.page };
  const unit = position.units.find((u) => !u.met);
  const item = unit?.items.find((id) => !unit.ticked.includes(id));
  if (item) return { kind: 'item', step, item };
  return { kind: 'complete', step };
};
