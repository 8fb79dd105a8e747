import type { KnownPageId, StepId } from '../guide/ids';

// The journey: where a user is on their role's path, from what the portal has shown and what they ticked.
// Pure and data-driven (ids only), so the background, the tests and any view compute the same thing.

export const STEP_STATES = ['not-started', 'in-progress', 'passed', 'done'] as const;
/**
 * - `passed`: the portal has shown a page of a later step, so the user went on without the guide seeing this
 *   step finish; it is never suggested again.
 * - `done`: its confirmation page was seen, or its required items are ticked.
 */
export type StepState = (typeof STEP_STATES)[number];

/** A checklist item as the journey counts it: a required one, an optional one, or one of a group of alternatives. */
export interface JourneyItem {
  id: string;
  step: StepId;
  kind: 'required' | 'optional';
  /** Alternatives: the group counts as one, met when `need` of its members are ticked ("answer 2 of these 3"). */
  group?: { id: string; need: number };
}

/** A portal page as the journey sees it: its step, and the step its appearance proves done (confirmation page). */
export interface JourneyPage {
  id: KnownPageId;
  step: StepId;
  confirms?: StepId;
}

export interface JourneyFacts {
  /** The role's steps, in order. */
  path: readonly StepId[];
  /** The role's checklist items (items of steps off the path are ignored). */
  items: readonly JourneyItem[];
  pages: readonly JourneyPage[];
}

export interface JourneyProgress {
  ticks: Readonly<Record<string, { done: boolean } | undefined>>;
  /** Pages the portal has shown (any value: the journey only asks whether a page is there). */
  seen: Readonly<Partial<Record<KnownPageId, unknown>>>;
}

/** One unit of a step's progress: a required item, or a whole group of alternatives. */
export interface JourneyUnit {
  id: string;
  /** Member item ids (one for a required item). */
  items: string[];
  need: number;
  /** Members ticked so far. */
  ticked: string[];
  met: boolean;
}

export interface StepJourney {
  id: StepId;
  /** 0-based index on the path. */
  index: number;
  state: StepState;
  /** Why it is done: the portal showed its confirmation page, or the required items are ticked. */
  doneBy?: 'portal' | 'ticks';
  units: JourneyUnit[];
  unitsMet: number;
  /** Pages of this step the portal has shown. */
  seenPages: KnownPageId[];
}

export interface Journey {
  steps: StepJourney[];
  /** Index of the step the user is at: the furthest step reached, or the one after it once that is done. */
  position: number;
  /** Every step is done or passed. */
  complete: boolean;
}

const unitsOf = (items: readonly JourneyItem[], ticks: JourneyProgress['ticks']): JourneyUnit[] => {
  const units: JourneyUnit[] = [];
  const groups = new Map<string, JourneyUnit>();
  const isTicked = (id: string) => Object.hasOwn(ticks, id) && ticks[id]?.done === true;
  for (const item of items) {
    if (item.group) {
      let unit = groups.get(item.group.id);
      if (!unit) {
        unit = { id: item.group.id, items: [], need: item.group.need, ticked: [], met: false };
        groups.set(item.group.id, unit);
        units.push(unit);
      }
      unit.items.push(item.id);
    } else if (item.kind === 'required') {
      units.push({ id: item.id, items: [item.id], need: 1, ticked: [], met: false });
    }
  }
  for (const unit of units) {
    // A group never needs more members than it has (a data slip must not make a step impossible).
    const need = Math.min(unit.need, unit.items.length);
    unit.need = need;
    unit.ticked = unit.items.filter(isTicked);
    unit.met = unit.ticked.length >= need;
  }
  return units;
};

/** The journey for one role's path: each step's state and the user's position. */
export const computeJourney = (facts: JourneyFacts, progress: JourneyProgress): Journey => {
  const { path } = facts;
  const seen = (page: KnownPageId) => Object.hasOwn(progress.seen, page);
  const seenPages = facts.pages.filter((p) => seen(p.id));
  // The furthest step of the path the portal has shown a page of.
  const furthestShown = seenPages.reduce((max, p) => Math.max(max, path.indexOf(p.step)), -1);
  const steps = path.map((id, index): StepJourney => {
    const items = facts.items.filter((i) => i.step === id);
    const units = unitsOf(items, progress.ticks);
    const unitsMet = units.filter((u) => u.met).length;
    const confirmed = seenPages.some((p) => p.confirms === id);
    const ticked = units.length > 0 && unitsMet === units.length;
    const mine = seenPages.filter((p) => p.step === id).map((p) => p.id);
    const touched = mine.length > 0 || items.some((i) => progress.ticks[i.id]?.done === true);
    // What the portal showed outranks the ticks: a confirmation page makes the step done whatever is unticked,
    // and a later step's page makes it passed.
    const state: StepState =
      confirmed || ticked
        ? 'done'
        : furthestShown > index
          ? 'passed'
          : touched
            ? 'in-progress'
            : 'not-started';
    return {
      id,
      index,
      state,
      ...(confirmed ? { doneBy: 'portal' as const } : ticked ? { doneBy: 'ticks' as const } : {}),
      units,
      unitsMet,
      seenPages: mine,
    };
  });
  const reached = steps.reduce((max, s) => (s.state === 'not-started' ? max : s.index), -1);
  const last = steps.length - 1;
  const complete = steps.every((s) => s.state === 'done' || s.state === 'passed');
  let position = Math.max(reached, 0);
  if (steps[position]?.state === 'done' && position < last) position += 1;
  return { steps, position, complete };
};

/** The step the user is at. */
export const positionStep = (journey: Journey): StepJourney | undefined => journey.steps[journey.position];
