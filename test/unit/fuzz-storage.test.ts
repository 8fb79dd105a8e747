// Issue 6/6 (faults): garbage in every storage key, as another extension, a downgrade, a bug or a hand edit in
// devtools could leave it. Every read must recover (never throw, never an `internal` error), keep every part that is
// still valid, repair storage in one write, and tell the user (the problems report the options page shows).
// Seeded; FUZZ_RUNS (default 2000) sets the total number of cases, FUZZ_SEED the seed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type HandlerDeps, handleMessage } from '@/lib/messages/handle-message';
import type { Reply } from '@/lib/messages/schema';
import { type Snapshot, STORED_VERSION, snapshotSchema } from '@/lib/progress/schema';
import { readSnapshot } from '@/lib/progress/storage-items';
import { int, pick, prng, type Rand } from './seeded-random';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 0x73746f72);
const NOW = new Date('2025-04-01T10:00:00.000Z');
const AT = '2025-03-01T12:00:00.000Z';
const KEYS = ['progress', 'settings', 'userDeadlines', 'problems'] as const;

const STRINGS = [
  '',
  'x',
  '__proto__',
  'default',
  'prepare-bn9',
  'importer',
  '2025-02-30T00:00:00Z',
  AT,
  'y'.repeat(400),
];
const NUMBERS = [0, -1, 1, 2, 1.5, 1e308, -1e308, 60, 61];

/** What chrome.storage can hold (JSON), biased towards near misses of our own shapes. */
const garbage = (r: Rand, depth = 0): unknown => {
  switch (int(r, depth > 3 ? 5 : 8)) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return pick(r, NUMBERS);
    case 3:
      return pick(r, STRINGS);
    case 4:
      return { done: r() < 0.5, at: pick(r, [AT, 'soon']), by: pick(r, ['user', 'portal', 'admin']) };
    case 5:
      return Array.from({ length: int(r, 5) }, () => garbage(r, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      const keys = [
        'id',
        'label',
        'ticks',
        'profiles',
        'activeProfileId',
        'language',
        'help',
        'at',
        'problems',
        'v',
        'x',
      ];
      for (let i = int(r, 5); i > 0; i--) obj[pick(r, keys)] = garbage(r, depth + 1);
      return obj;
    }
  }
};
const asStored = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

// ---------------------------------------------------------------- a valid store with something in every key

const deps: HandlerDeps = { now: () => NOW, newId: () => 'unused' };
const send = (m: unknown) => handleMessage(m, deps);
const ok = (reply: Reply): Snapshot => {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message.en}`);
  return reply.state;
};

const tick = (done: boolean) => ({ done, at: AT, by: 'user' });
const VALID = {
  progress: {
    activeProfileId: 'b',
    profiles: [
      {
        id: 'a',
        label: 'Client A',
        role: 'importer',
        createdAt: AT,
        ticks: { 'prepare-bn9': tick(true), 'prepare-rm': tick(false) },
      },
      {
        id: 'b',
        label: null,
        role: 'broker',
        createdAt: AT,
        ticks: {
          'prepare-bn9': tick(true),
          'account-credentials': tick(true),
          'link-business-confirmed': { done: true, at: AT, by: 'portal' },
        },
        lastVisit: { at: AT, page: 'portal-home', lang: 'fr' },
        // Already there, so the v1 → v2 migration leaves the profile as it is.
        seen: { 'business-linked': AT, 'portal-home': AT },
      },
      { id: 'c', label: 'Client C', role: null, createdAt: AT, ticks: {} },
    ],
  },
  settings: {
    language: 'fr',
    help: { pageTips: false, fieldTips: true, checklist: true, formatHints: false },
    overlay: { collapsed: true, side: 'left' },
    reminders: { enabled: true, daysBefore: [30, 7, 1], kinds: ['payment', 'custom'] },
  },
  userDeadlines: [
    { id: 'd1', title: 'Pay', at: AT },
    { id: 'd2', title: 'Security', at: AT, note: 'RM0001' },
    { id: 'd3', title: 'Statement', at: AT },
  ],
  problems: { at: AT, problems: ['an older report'] },
} as const;

const seed = async () => {
  await fakeBrowser.storage.local.set({
    ...structuredClone(VALID),
    progress$: { v: 1 },
    settings$: { v: 1 },
    userDeadlines$: { v: 1 },
    problems$: { v: 1 },
  });
};
const stored = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;

describe(`fuzz: garbage in every storage key (${RUNS} cases, seed ${SEED})`, () => {
  it('recovers from a whole key replaced by garbage, keeps the other keys, repairs storage and tells the user', async () => {
    const r = prng(SEED);
    const perKey = Math.ceil(RUNS / 2 / KEYS.length);
    let reported = 0;
    for (const key of KEYS) {
      for (let i = 0; i < perKey; i++) {
        fakeBrowser.reset();
        await seed();
        const bad = asStored(garbage(r));
        await fakeBrowser.storage.local.set({ [key]: bad });
        const where = `${key} = ${JSON.stringify(bad)?.slice(0, 120)} (case ${i}, seed ${SEED})`;
        const reply = await send({ type: 'get-state' });
        const state = ok(reply);
        expect(snapshotSchema.safeParse(state).success, where).toBe(true);
        // Every other key is exactly as it was.
        for (const other of KEYS) {
          if (other === key || other === 'problems') continue;
          expect(state[other], `${other} kept when ${where}`).toEqual(VALID[other]);
        }
        const nothing = bad === null || bad === undefined;
        const valid = !nothing && snapshotSchema.shape[key].safeParse(bad).success;
        if (!nothing && !valid) {
          // The user is told, and the report says which key.
          reported += 1;
          expect(state.problems?.problems.join('\n'), where).toMatch(new RegExp(`^${key}`, 'm'));
          // Storage was repaired in the same request: the next read is clean and the report is kept.
          const again = await readSnapshot(NOW);
          expect(again.problems, `second read after ${where}`).toEqual([]);
          expect(again.snapshot, where).toEqual(state);
          expect((await stored())[`${key}$`], where).toEqual({ v: STORED_VERSION });
        }
      }
    }
    expect(reported).toBeGreaterThan(perKey);
  }, 120_000);

  it('keeps every valid part when one part of a value is damaged (leaf, entry or field)', async () => {
    const r = prng(SEED + 1);
    const runs = Math.ceil(RUNS / 2);
    for (let i = 0; i < runs; i++) {
      fakeBrowser.reset();
      await seed();
      const key = pick(r, ['progress', 'settings', 'userDeadlines'] as const);
      const value = structuredClone(VALID[key]) as unknown;
      const { path, replaced } = damageOne(r, value);
      await fakeBrowser.storage.local.set({ [key]: asStored(value) });
      const where = `${key}${path.map((p) => `[${JSON.stringify(p)}]`).join('')} = ${JSON.stringify(replaced)?.slice(0, 80)} (case ${i}, seed ${SEED + 1})`;
      const state = ok(await send({ type: 'get-state' }));
      expect(snapshotSchema.safeParse(state).success, where).toBe(true);
      for (const part of untouchedParts(key, path)) {
        expect(part.get(state), `${part.name} kept when ${where}`).toEqual(
          part.get(VALID as unknown as Snapshot),
        );
      }
      const validNow = snapshotSchema.shape[key].safeParse(asStored(value)).success;
      if (!validNow) expect(state.problems?.problems.length, where).toBeGreaterThan(0);
    }
  }, 120_000);

  it('a problems report is never itself a problem for the rest (oversized reports are capped)', async () => {
    await seed();
    await fakeBrowser.storage.local.set({
      progress: 'garbage',
      settings: 42,
      userDeadlines: Array.from({ length: 500 }, (_, i) => ({ id: `x${i}`, title: '', at: 'never' })),
    });
    const state = ok(await send({ type: 'get-state' }));
    expect(state.problems?.problems.length).toBeLessThanOrEqual(100);
    expect(state.problems?.problems.at(-1)).toMatch(/more/);
    expect(snapshotSchema.safeParse(state).success).toBe(true);
  });
});

// ---------------------------------------------------------------- damage one part, name what must survive

type Path = (string | number)[];

/** Replaces one node of `value` (any depth) with garbage of another kind, or deletes it. */
const damageOne = (r: Rand, value: unknown): { path: Path; replaced: unknown } => {
  const paths: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (path.length > 0) paths.push(path);
    if (v && typeof v === 'object')
      for (const [k, inner] of Object.entries(v)) walk(inner, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(value, []);
  const path = pick(r, paths);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k as string], value) as Record<string, unknown>;
  const last = path.at(-1) as string;
  const replaced = r() < 0.15 && !Array.isArray(parent) ? undefined : garbage(r);
  if (replaced === undefined) delete parent[last];
  else parent[last] = replaced;
  return { path, replaced };
};

interface Part {
  name: string;
  get: (s: Snapshot) => unknown;
}

/** The parts of the store that the damage at `key/path` must leave exactly as they were. */
const untouchedParts = (key: 'progress' | 'settings' | 'userDeadlines', path: Path): Part[] => {
  const parts: Part[] = [];
  for (const other of ['progress', 'settings', 'userDeadlines'] as const) {
    if (other !== key) parts.push({ name: other, get: (s) => s[other] });
  }
  if (key === 'progress') {
    const [top, index, field, tickId] = path;
    const damagedProfile =
      top === 'profiles' && typeof index === 'number' ? VALID.progress.profiles[index]?.id : undefined;
    for (const profile of VALID.progress.profiles) {
      const find = (s: Snapshot) => s.progress.profiles.find((p) => p.id === profile.id);
      if (top !== 'profiles' || (profile.id !== damagedProfile && path.length > 1)) {
        // Another profile (or the active id was damaged): kept whole.
        parts.push({ name: `profile ${profile.id}`, get: find });
      } else if (profile.id === damagedProfile && field !== undefined && field !== 'id') {
        // The damaged profile keeps its id, and its ticks other than the damaged one.
        for (const id of Object.keys(profile.ticks)) {
          if (field === 'ticks' && (tickId === undefined || tickId === id)) continue;
          parts.push({ name: `profile ${profile.id} tick ${id}`, get: (s) => find(s)?.ticks[id] });
        }
        for (const f of ['label', 'role', 'createdAt', 'lastVisit', 'seen'] as const) {
          if (f !== field) parts.push({ name: `profile ${profile.id}.${f}`, get: (s) => find(s)?.[f] });
        }
      }
    }
    if (
      top !== 'activeProfileId' &&
      !(top === 'profiles' && (path.length === 1 || damagedProfile === VALID.progress.activeProfileId))
    ) {
      parts.push({ name: 'the active profile', get: (s) => s.progress.activeProfileId });
    }
  }
  if (key === 'settings') {
    const [group, field] = path;
    for (const [g, fields] of Object.entries(VALID.settings)) {
      if (typeof fields !== 'object' || Array.isArray(fields)) {
        if (g !== group)
          parts.push({ name: `settings.${g}`, get: (s) => (s.settings as Record<string, unknown>)[g] });
        continue;
      }
      for (const f of Object.keys(fields)) {
        if (g === group && (field === undefined || field === f)) continue;
        parts.push({
          name: `settings.${g}.${f}`,
          get: (s) => (s.settings as unknown as Record<string, Record<string, unknown>>)[g]?.[f],
        });
      }
    }
  }
  if (key === 'userDeadlines' && path.length > 0) {
    const [index] = path;
    for (const [i, d] of VALID.userDeadlines.entries()) {
      if (i !== index)
        parts.push({ name: `deadline ${d.id}`, get: (s) => s.userDeadlines.find((x) => x.id === d.id) });
    }
  }
  return parts;
};

// ---------------------------------------------------------------- the version markers WXT keeps beside each key

describe('garbage in the version markers (`<key>$`)', () => {
  let largest = 0;
  const realFrom = Array.from;
  beforeEach(() => {
    largest = 0;
    // WXT's start-up migration sizes an array from the stored marker; refuse huge ones here instead of running
    // out of memory, and remember the largest asked for.
    vi.spyOn(Array, 'from').mockImplementation(((
      src: ArrayLike<unknown>,
      fn?: (v: unknown, k: number) => unknown,
    ) => {
      const length = src && typeof src === 'object' && 'length' in src ? Number(src.length) : 0;
      largest = Math.max(largest, Number.isFinite(length) ? length : 0);
      if (length > 100_000) throw new RangeError(`Array.from asked for ${length} elements`);
      return fn ? realFrom(src, fn) : realFrom(src);
    }) as typeof Array.from);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** The storage items run their migration once, when first loaded: load them afresh, as a new worker would. */
  const freshStart = async () => {
    vi.resetModules();
    const messages = await import('@/lib/messages/handle-message');
    const reply = await messages.handleMessage({ type: 'get-state' }, deps);
    return ok(reply);
  };

  it('ignores damaged markers: values are still read and the markers are rewritten', async () => {
    const r = prng(SEED + 2);
    for (let i = 0; i < 60; i++) {
      fakeBrowser.reset();
      await seed();
      const key = pick(r, KEYS);
      let bad = asStored(pick(r, [garbage(r), { v: pick(r, [0, 1, 2, 1.5, -1, 'x', null, 99]) }]));
      // Far-negative versions have their own test below.
      if (
        bad &&
        typeof bad === 'object' &&
        typeof (bad as { v?: unknown }).v === 'number' &&
        (bad as { v: number }).v < -1
      )
        bad = { v: -1 };
      await fakeBrowser.storage.local.set({ [`${key}$`]: bad });
      const where = `${key}$ = ${JSON.stringify(bad)} (case ${i})`;
      const state = await freshStart();
      expect(snapshotSchema.safeParse(state).success, where).toBe(true);
      for (const other of ['progress', 'settings', 'userDeadlines'] as const) {
        expect(state[other], `${other} when ${where}`).toEqual(VALID[other]);
      }
      // A write puts a good marker back.
      ok(await send({ type: 'tick', itemId: 'prepare-rm', done: true }));
      expect((await stored()).progress$, where).toEqual({ v: STORED_VERSION });
    }
  }, 60_000);

  it('a version marker far below 1 does not make start-up allocate without bound (it would crash the worker)', async () => {
    await seed();
    await fakeBrowser.storage.local.set({ progress$: { v: -(2 ** 31) } });
    const state = await freshStart();
    expect(state.progress).toEqual(VALID.progress);
    // @wxt-dev/storage's migrate() builds Array.from({ length: targetVersion - storedVersion }): about 2^31 here,
    // which runs the background, popup and options page out of memory on every start.
    expect(largest, 'largest array start-up asked for').toBeLessThanOrEqual(1000);
  });
});
