import { describe, expect, it } from 'vitest';
import { type ProgressEvent, reduce, rejection } from './reducer';
import { defaultProgress, type ProgressState, progressStateSchema } from './schema';

const T0 = new Date('2025-03-01T12:00:00.000Z');
const T1 = new Date('2025-03-02T08:30:00.000Z');
const T2 = new Date('2025-03-03T17:45:00.000Z');

const start = (): ProgressState => defaultProgress(T0);
const run = (state: ProgressState, ...steps: [ProgressEvent, Date][]) =>
  steps.reduce((current, [event, now]) => reduce(current, event, now), state);
const tick = (
  itemId: string,
  done: boolean,
  by: 'user' | 'portal' = 'user',
): Extract<ProgressEvent, { type: 'tick' }> => ({
  type: 'tick',
  profileId: 'default',
  itemId,
  done,
  by,
});
const profile = (state: ProgressState, id = 'default') => state.profiles.find((entry) => entry.id === id);

describe('reduce: ticks', () => {
  it('ticks an item with the time and who ticked it', () => {
    const state = reduce(start(), tick('prepare-bn9', true), T1);
    expect(profile(state)?.ticks['prepare-bn9']).toEqual({ done: true, at: T1.toISOString(), by: 'user' });
  });

  it('unticks an item and stamps the untick', () => {
    const state = run(start(), [tick('prepare-bn9', true), T1], [tick('prepare-bn9', false), T2]);
    expect(profile(state)?.ticks['prepare-bn9']).toEqual({ done: false, at: T2.toISOString(), by: 'user' });
  });

  it('keeps the original time when an item is ticked twice', () => {
    const once = reduce(start(), tick('prepare-bn9', true), T1);
    expect(reduce(once, tick('prepare-bn9', true), T2)).toBe(once);
  });

  it('never mutates the previous state', () => {
    const before = start();
    const copy = structuredClone(before);
    reduce(before, tick('prepare-bn9', true), T1);
    expect(before).toEqual(copy);
  });

  it('records a portal confirmation as ticked by the portal', () => {
    const state = reduce(start(), tick('link-business-confirmed', true, 'portal'), T1);
    expect(profile(state)?.ticks['link-business-confirmed']).toEqual({
      done: true,
      at: T1.toISOString(),
      by: 'portal',
    });
  });

  it('does not re-stamp an item the user already ticked when the portal confirms it', () => {
    const ticked = reduce(start(), tick('account-confirmed', true), T1);
    expect(reduce(ticked, tick('account-confirmed', true, 'portal'), T2)).toBe(ticked);
  });

  it("keeps the user's untick when the portal shows the confirmation again", () => {
    const unticked = run(
      start(),
      [tick('account-confirmed', true), T0],
      [tick('account-confirmed', false), T1],
    );
    expect(reduce(unticked, tick('account-confirmed', true, 'portal'), T2)).toBe(unticked);
  });

  it('lets the portal tick, never untick', () => {
    const state = start();
    expect(reduce(state, tick('account-confirmed', false, 'portal'), T1)).toBe(state);
  });

  it('lets the user untick what the portal ticked', () => {
    const state = run(
      start(),
      [tick('account-confirmed', true, 'portal'), T1],
      [tick('account-confirmed', false), T2],
    );
    expect(profile(state)?.ticks['account-confirmed']).toEqual({
      done: false,
      at: T2.toISOString(),
      by: 'user',
    });
  });

  it('treats an item called "constructor" as a normal item, not as Object.prototype.constructor', () => {
    const state = reduce(start(), tick('constructor', true), T1);
    expect(Object.hasOwn(profile(state)?.ticks ?? {}, 'constructor')).toBe(true);
    expect(progressStateSchema.safeParse(state).success).toBe(true);
  });

  it('ticks on the named profile only', () => {
    const two = reduce(
      start(),
      { type: 'create-profile', id: 'b', label: 'B', role: null, activate: false },
      T0,
    );
    const state = reduce(two, { ...tick('prepare-bn9', true), profileId: 'b' }, T1);
    expect(profile(state, 'b')?.ticks['prepare-bn9']?.done).toBe(true);
    expect(profile(state)?.ticks).toEqual({});
  });
});

describe('reduce: profiles', () => {
  it('creates a profile stamped with now, and switches to it when asked', () => {
    const state = reduce(
      start(),
      { type: 'create-profile', id: 'client-1', label: 'Client 1', role: 'broker', activate: true },
      T1,
    );
    expect(profile(state, 'client-1')).toEqual({
      id: 'client-1',
      label: 'Client 1',
      role: 'broker',
      createdAt: T1.toISOString(),
      ticks: {},
    });
    expect(state.activeProfileId).toBe('client-1');
  });

  it('creates without switching when activate is false', () => {
    const state = reduce(
      start(),
      { type: 'create-profile', id: 'x', label: 'X', role: null, activate: false },
      T1,
    );
    expect(state.activeProfileId).toBe('default');
  });

  it('refuses a 51st profile', () => {
    let state = start();
    for (let index = 1; index < 50; index += 1) {
      state = reduce(
        state,
        { type: 'create-profile', id: `p${index}`, label: `P${index}`, role: null, activate: false },
        T1,
      );
    }
    expect(state.profiles).toHaveLength(50);
    const event: ProgressEvent = {
      type: 'create-profile',
      id: 'p50',
      label: 'P50',
      role: null,
      activate: false,
    };
    expect(rejection(state, event)).toBe('limit-reached');
    expect(reduce(state, event, T1)).toBe(state);
  });

  it('sets the role and renames, back to the default name with null', () => {
    const state = run(
      start(),
      [{ type: 'set-role', profileId: 'default', role: 'nri' }, T1],
      [{ type: 'rename-profile', profileId: 'default', label: 'Acme Imports' }, T1],
    );
    expect(profile(state)).toMatchObject({ role: 'nri', label: 'Acme Imports' });
    const back = reduce(state, { type: 'rename-profile', profileId: 'default', label: null }, T2);
    expect(profile(back)?.label).toBeNull();
  });

  it('never deletes the last profile', () => {
    const state = start();
    const event: ProgressEvent = { type: 'delete-profile', profileId: 'default' };
    expect(rejection(state, event)).toBe('last-profile');
    expect(reduce(state, event, T1)).toBe(state);
  });

  it('deletes the active profile and falls back to the first remaining one', () => {
    const state = run(
      start(),
      [{ type: 'create-profile', id: 'b', label: 'B', role: null, activate: true }, T1],
      [{ type: 'delete-profile', profileId: 'b' }, T2],
    );
    expect(state.profiles.map((entry) => entry.id)).toEqual(['default']);
    expect(state.activeProfileId).toBe('default');
  });

  it('switches profile, and ignores unknown ids', () => {
    const two = reduce(
      start(),
      { type: 'create-profile', id: 'b', label: 'B', role: null, activate: false },
      T1,
    );
    expect(reduce(two, { type: 'switch-profile', profileId: 'b' }, T2).activeProfileId).toBe('b');
    const unknown: ProgressEvent = { type: 'switch-profile', profileId: 'nope' };
    expect(rejection(two, unknown)).toBe('not-found');
    expect(reduce(two, unknown, T2)).toBe(two);
  });

  it('reports an unknown profile for every profile event', () => {
    const state = start();
    const events: ProgressEvent[] = [
      { ...tick('a', true), profileId: 'nope' },
      { type: 'set-role', profileId: 'nope', role: null },
      { type: 'rename-profile', profileId: 'nope', label: 'x' },
      { type: 'delete-profile', profileId: 'nope' },
      { type: 'record-visit', profileId: 'nope', page: 'portal-home', lang: 'en' },
      { type: 'reset-profile', profileId: 'nope' },
    ];
    for (const event of events) expect(rejection(state, event)).toBe('not-found');
  });
});

describe('reduce: visits and resets', () => {
  it('keeps the last signed-in portal visit per profile', () => {
    const state = run(
      start(),
      [{ type: 'record-visit', profileId: 'default', page: 'portal-home', lang: 'fr' }, T1],
      [{ type: 'record-visit', profileId: 'default', page: 'third-party-requests', lang: 'en' }, T2],
    );
    expect(profile(state)?.lastVisit).toEqual({
      at: T2.toISOString(),
      page: 'third-party-requests',
      lang: 'en',
    });
  });

  it('does not count the sign-in page or unrecognised pages as a signed-in visit', () => {
    const visited = reduce(
      start(),
      { type: 'record-visit', profileId: 'default', page: 'portal-home', lang: 'en' },
      T1,
    );
    for (const page of ['sign-in', 'unknown'] as const) {
      expect(reduce(visited, { type: 'record-visit', profileId: 'default', page, lang: 'en' }, T2)).toBe(
        visited,
      );
    }
  });

  it('resets one profile’s checklist and keeps its name, role and last visit', () => {
    const state = run(
      start(),
      [{ type: 'set-role', profileId: 'default', role: 'importer' }, T0],
      [{ type: 'record-visit', profileId: 'default', page: 'portal-home', lang: 'en' }, T1],
      [tick('prepare-bn9', true), T1],
      [{ type: 'reset-profile', profileId: 'default' }, T2],
    );
    expect(profile(state)).toMatchObject({ role: 'importer', ticks: {}, lastVisit: { page: 'portal-home' } });
  });

  it('resets everything to one default profile created now', () => {
    const state = run(
      start(),
      [{ type: 'create-profile', id: 'b', label: 'B', role: 'broker', activate: true }, T1],
      [{ type: 'reset-all' }, T2],
    );
    expect(state).toEqual(defaultProgress(T2));
  });

  it('always produces a state the stored schema accepts', () => {
    const state = run(
      start(),
      [{ type: 'create-profile', id: 'b', label: 'Client B', role: 'broker', activate: true }, T1],
      [tick('prepare-bn9', true), T1],
      [{ type: 'record-visit', profileId: 'b', page: 'business-linked', lang: 'fr' }, T2],
    );
    expect(progressStateSchema.safeParse(state).success).toBe(true);
  });
});
