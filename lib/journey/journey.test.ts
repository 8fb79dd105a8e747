import { describe, expect, it } from 'vitest';
import type { KnownPageId, RoleId } from '../guide/ids';
import { journeyFacts, pageGuidanceFor } from './guide-facts';
import { computeJourney, type JourneyFacts, type JourneyProgress } from './journey';
import { nextTarget } from './next-action';

const FACTS: JourneyFacts = {
  path: ['prepare', 'account', 'link-business'],
  items: [
    { id: 'prepare-a', step: 'prepare', kind: 'required' },
    { id: 'prepare-tip', step: 'prepare', kind: 'optional' },
    { id: 'prepare-q1', step: 'prepare', kind: 'required', group: { id: 'prepare-q', need: 2 } },
    { id: 'prepare-q2', step: 'prepare', kind: 'required', group: { id: 'prepare-q', need: 2 } },
    { id: 'prepare-q3', step: 'prepare', kind: 'required', group: { id: 'prepare-q', need: 2 } },
    { id: 'account-a', step: 'account', kind: 'required' },
    { id: 'link-business-a', step: 'link-business', kind: 'required' },
    { id: 'link-business-b', step: 'link-business', kind: 'required' },
  ],
  pages: [
    { id: 'sign-in', step: 'account' },
    { id: 'user-profile', step: 'account' },
    { id: 'first-time-setup', step: 'link-business', confirms: 'account' },
    { id: 'business-identifiers', step: 'link-business' },
    { id: 'business-linked', step: 'link-business', confirms: 'link-business' },
    { id: 'portal-home', step: 'delegate' },
  ],
};

const tick = { done: true };
const progress = (ticks: string[], seen: KnownPageId[] = []): JourneyProgress => ({
  ticks: Object.fromEntries(ticks.map((id) => [id, tick])),
  seen: Object.fromEntries(seen.map((id) => [id, '2026-12-01T00:00:00.000Z'])),
});
const states = (p: JourneyProgress) => computeJourney(FACTS, p).steps.map((s) => s.state);

describe('journey model', () => {
  it('starts at the first step, nothing started', () => {
    const j = computeJourney(FACTS, progress([]));
    expect(j.steps.map((s) => s.state)).toEqual(['not-started', 'not-started', 'not-started']);
    expect(j.position).toBe(0);
    expect(j.complete).toBe(false);
  });

  it('counts a group of alternatives as one unit, met by 2 of its 3 members; optional items count for nothing', () => {
    const one = computeJourney(FACTS, progress(['prepare-a', 'prepare-q1']));
    expect(one.steps[0]).toMatchObject({ state: 'in-progress', unitsMet: 1 });
    expect(one.steps[0]?.units.map((u) => u.id)).toEqual(['prepare-a', 'prepare-q']);
    const two = computeJourney(FACTS, progress(['prepare-a', 'prepare-q1', 'prepare-q3']));
    expect(two.steps[0]).toMatchObject({ state: 'done', doneBy: 'ticks', unitsMet: 2 });
    // Done by ticks, the position moves on to the next step.
    expect(two.position).toBe(1);
    expect(states(progress(['prepare-tip']))[0]).toBe('in-progress');
  });

  it('marks earlier steps passed once the portal shows a page of a later step, whatever is unticked', () => {
    expect(states(progress([], ['sign-in']))).toEqual(['passed', 'in-progress', 'not-started']);
    const j = computeJourney(FACTS, progress([], ['business-identifiers']));
    expect(j.steps.map((s) => s.state)).toEqual(['passed', 'passed', 'in-progress']);
    expect(j.position).toBe(2);
  });

  it('marks a step done when its confirmation page was seen, even with its items unticked by hand', () => {
    const j = computeJourney(FACTS, progress([], ['sign-in', 'first-time-setup']));
    expect(j.steps[1]).toMatchObject({ state: 'done', doneBy: 'portal' });
    expect(j.steps[2]?.state).toBe('in-progress');
    expect(j.position).toBe(2);
  });

  it('stays at the last step once it is done, and says the journey is complete', () => {
    const j = computeJourney(FACTS, progress([], ['business-linked']));
    expect(j.steps.map((s) => s.state)).toEqual(['passed', 'passed', 'done']);
    expect(j.position).toBe(2);
    expect(j.complete).toBe(true);
  });

  it('ignores pages of steps off the path for "passed" (portal home is not on this path)', () => {
    expect(states(progress([], ['portal-home']))).toEqual(['not-started', 'not-started', 'not-started']);
  });

  it('takes manual ticks ahead of the portal as reaching that step', () => {
    const j = computeJourney(FACTS, progress(['link-business-a']));
    expect(j.position).toBe(2);
    expect(j.steps[0]?.state).toBe('not-started');
  });

  it('never lets a group need more than it has', () => {
    const facts: JourneyFacts = {
      ...FACTS,
      items: [{ id: 'prepare-x', step: 'prepare', kind: 'required', group: { id: 'g', need: 5 } }],
    };
    expect(computeJourney(facts, progress(['prepare-x'])).steps[0]?.state).toBe('done');
  });
});

/** The position's step and where the next action comes from, with the real guide data. */
const walk = (role: RoleId, seen: KnownPageId[], page: KnownPageId | undefined, ticks: string[] = []) => {
  const facts = journeyFacts(role);
  const journey = computeJourney(facts, progress(ticks, seen));
  return {
    step: journey.steps[journey.position]?.id,
    next: nextTarget({ journey, path: facts.path, pages: pageGuidanceFor(role), page }),
  };
};

describe('next action with the guide data', () => {
  it('starts with the first prepare item when nothing was seen', () => {
    expect(walk('importer', [], undefined)).toEqual({
      step: 'prepare',
      next: { kind: 'item', step: 'prepare', item: 'prepare-bn9' },
    });
  });

  it('on every page of the importer walk, says what to do on that page, and never a passed step', () => {
    const pages: KnownPageId[] = [
      'sign-in',
      'mfa-setup',
      'user-profile',
      'first-time-setup',
      'business-identifiers',
      'business-information',
      'business-verification',
      'business-review',
    ];
    const seen: KnownPageId[] = [];
    for (const page of pages) {
      seen.push(page);
      const { step, next } = walk('importer', seen, page);
      expect(next, page).toMatchObject({ kind: 'page', page, here: true, step });
    }
  });

  it('after the business is linked, moves on to the broker approval, never back to Register my business', () => {
    const seen: KnownPageId[] = ['sign-in', 'first-time-setup', 'business-identifiers', 'business-linked'];
    expect(walk('importer', seen, 'business-linked')).toEqual({
      step: 'delegate',
      next: { kind: 'page', step: 'delegate', page: 'portal-home', here: false },
    });
    // The popup, which reads the last page seen, gets the same answer.
    expect(walk('importer', [...seen, 'portal-home'], 'portal-home').next).toMatchObject({
      page: 'portal-home',
      here: true,
    });
  });

  it('sends an employee from First time setup to the access request, and a broker to its clients', () => {
    expect(walk('employee', ['sign-in', 'first-time-setup'], 'first-time-setup')).toEqual({
      step: 'employee-access',
      next: { kind: 'page', step: 'employee-access', page: 'first-time-setup', here: true },
    });
    expect(walk('broker', ['sign-in', 'business-linked'], 'business-linked')).toEqual({
      step: 'client-requests',
      next: { kind: 'item', step: 'client-requests', item: 'client-requests-send' },
    });
  });

  it('counts the verification questions and bond-or-cash as one unit each', () => {
    const facts = journeyFacts('importer');
    const prepare = computeJourney(facts, progress([])).steps[0];
    expect(prepare?.units.find((u) => u.id === 'prepare-verification-answers')).toMatchObject({
      need: 2,
      items: ['prepare-transaction', 'prepare-payment', 'prepare-soa'],
    });
    const rpp = computeJourney(facts, progress([])).steps[4];
    expect(rpp?.units.find((u) => u.id === 'rpp-security-kind')?.items).toEqual(['rpp-bond', 'rpp-cash']);
  });
});
