// Issue 6/6 (faults): thousands of malformed messages at the background's entry points. Every one must be refused
// with an error reply, never throw, and leave storage exactly as it was (no write at all). Seeded, so a failure
// names the seed and the case number and can be replayed; FUZZ_RUNS=20000 (and FUZZ_SEED) for a longer run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type HandlerDeps, handleMessage } from '@/lib/messages/handle-message';
import { handleOverlayView } from '@/lib/messages/overlay-view';
import { messageSchema, type Reply, replySchema } from '@/lib/messages/schema';
import { readSnapshot } from '@/lib/progress/storage-items';
import { int, pick, prng, type Rand } from './seeded-random';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 0x6361726d);
const NOW = new Date('2025-04-01T10:00:00.000Z');
const AT = '2025-03-01T12:00:00.000Z';

// ---------------------------------------------------------------- a seeded generator of hostile values

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u200b',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'get-state',
  'GET-STATE',
  'tick ',
  'x'.repeat(10_001),
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE progress; --',
  '../../../etc/passwd',
  '2025-02-30T00:00:00Z',
  'NaN',
  '💥'.repeat(50),
  'default',
  'prepare-bn9',
  'importer',
  'portal-home',
  'en',
];
const NASTY_NUMBERS = [0, -0, 1, -1, 1.5, 2 ** 53, -(2 ** 31), Number.NaN, Number.POSITIVE_INFINITY, 1e308];

/** A JSON-like value of bounded size, biased towards the values that break validators. */
const garbage = (r: Rand, depth = 0): unknown => {
  const k = int(r, depth > 3 ? 6 : 9);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return pick(r, NASTY_NUMBERS);
    case 3:
      return pick(r, NASTY_STRINGS);
    case 4:
      return Array.from({ length: int(r, 12) }, () => String.fromCharCode(int(r, 0x3000))).join('');
    case 5:
      return undefined;
    case 6:
      return Array.from({ length: int(r, 4) }, () => garbage(r, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = int(r, 4); i > 0; i--)
        obj[pick(r, [...NASTY_STRINGS, 'type', 'itemId', 'x'])] = garbage(r, depth + 1);
      return obj;
    }
  }
};

/** Values no JSON channel can carry, but a direct caller (or a bug) could pass. */
const exotic = (r: Rand): unknown => {
  const cyclic: Record<string, unknown> = { type: 'import' };
  cyclic.file = cyclic;
  const list = [
    () => Object.create(null),
    () => Object.assign(Object.create(null), { type: 'get-state', extra: 1 }),
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('get trap');
          },
          ownKeys() {
            throw new Error('ownKeys trap');
          },
          getPrototypeOf() {
            throw new Error('prototype trap');
          },
        },
      ),
    () =>
      // A valid tick that also reports an unknown key when its keys are listed.
      new Proxy(
        { type: 'tick', itemId: 'prepare-bn9', done: true },
        {
          ownKeys: () => ['type', 'itemId', 'done', 'admin'],
          getOwnPropertyDescriptor: (t, k) =>
            k === 'admin'
              ? { value: true, enumerable: true, configurable: true }
              : Reflect.getOwnPropertyDescriptor(t, k),
        },
      ),
    () => ({
      type: 'tick',
      get itemId(): string {
        throw new Error('getter');
      },
      done: true,
    }),
    () => ({ type: 'tick', itemId: 'prepare-bn9', done: true, [Symbol('x')]: 1, extra: 1 }),
    () => 10n,
    () => Symbol('tick'),
    () => () => ({ type: 'get-state' }),
    () => new Date(),
    () => new Map([['type', 'get-state']]),
    () => Object.freeze({ type: 'reset', scope: 'all', confirm: 'true' }),
    () => cyclic,
    () => ({ type: 'tick', itemId: 'prepare-bn9', done: new Boolean(true) }),
    () => ({ type: new String('get-state') }),
    () => [{ type: 'get-state' }],
    () => JSON.parse('{"type":"get-state","__proto__":{"isAdmin":true}}'),
    () => ({ type: 'set-role', role: 'importer', constructor: { prototype: { isAdmin: true } } }),
    () => {
      let deep: unknown = 'x';
      for (let i = 0; i < 5000; i++) deep = [deep];
      return { type: 'tick', itemId: deep, done: true };
    },
    () => {
      let deep: unknown = { format: 'carm-guide-progress', version: 1 };
      for (let i = 0; i < 5000; i++) deep = { progress: deep };
      return { type: 'import', file: deep };
    },
  ];
  const index = int(r, list.length);
  exoticIndex = index;
  return (list[index] as () => unknown)();
};
let exoticIndex = -1;

// ---------------------------------------------------------------- valid messages, then one fault each

type Msg = Record<string, unknown>;

/** One valid message of every type, against the seeded store below. */
const VALID: Msg[] = [
  { type: 'get-state' },
  { type: 'tick', itemId: 'prepare-bn9', done: false },
  { type: 'tick', profileId: 'client-b', itemId: 'prepare-rm', done: true },
  { type: 'set-role', role: 'broker' },
  { type: 'set-role', profileId: 'client-b', role: null },
  { type: 'visit', page: 'portal-home', lang: 'fr' },
  { type: 'portal-confirmed', page: 'business-linked' },
  { type: 'profile-create', label: 'Client C', role: 'nri', activate: false },
  { type: 'profile-rename', profileId: 'client-b', label: 'Client B Ltd' },
  { type: 'profile-delete', profileId: 'client-b' },
  { type: 'profile-switch', profileId: 'client-b' },
  { type: 'settings-update', patch: { language: 'fr', help: { fieldTips: false } } },
  { type: 'deadline-add', title: 'Pay', at: AT, note: 'RM0001' },
  { type: 'deadline-update', id: 'd1', title: 'Pay now', note: null },
  { type: 'deadline-delete', id: 'd1' },
  { type: 'reset', scope: 'profile', confirm: true, profileId: 'client-b' },
  { type: 'reset', scope: 'all', confirm: true },
  { type: 'export' },
  { type: 'problems-dismiss' },
];

const shapes = new Map(messageSchema.options.map((o) => [o.shape.type.value as string, o.shape]));
const fieldSchema = (type: string, key: string) =>
  (shapes.get(type) as Record<string, { safeParse: (v: unknown) => { success: boolean } }> | undefined)?.[
    key
  ];

const clone = <T>(v: T): T => structuredClone(v);

/** Sets `obj[key] = value` as an own property even for `__proto__` (what JSON.parse would produce). */
const setOwn = (obj: Msg, key: string, value: unknown) =>
  Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });

/** Corrupts one leaf of a valid export file so the file must be refused as a whole (objects are strict). */
const corruptExport = (r: Rand, file: unknown): unknown => {
  const copy = clone(file) as Msg;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (v && typeof v === 'object')
      for (const [k, inner] of Object.entries(v)) walk(inner, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(copy, []);
  const path = pick(r, paths.slice(1));
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Msg)[k as string], copy) as Msg;
  const key = path.at(-1) as string;
  const old = parent[key];
  const how = int(r, 3);
  // Deleting is a fault only where the key is required (lastVisit and note are optional, tick maps are records).
  const optional = ['lastVisit', 'note'].includes(key) || path.at(-2) === 'ticks';
  if (how === 0 && !Array.isArray(parent) && !optional) delete parent[key];
  else if (how === 0) parent[key] = { $: 1 };
  // A value of the wrong kind for whatever was there: objects get a number, lists a string, leaves an object.
  if (how === 1) parent[key] = Array.isArray(old) ? 'x' : old && typeof old === 'object' ? 42 : { $: 1 };
  if (how === 2) {
    const target = old && typeof old === 'object' && !Array.isArray(old) ? (old as Msg) : parent;
    if (Array.isArray(target)) target.push({ $: 1 });
    else target['zz-fuzz'] = { $: 1 };
  }
  return copy;
};

/** A message that must be refused: a valid one with exactly one fault, or plain garbage. */
const malformed = (r: Rand, exportFile: unknown): { why: string; message: unknown } => {
  const base = clone(pick(r, VALID));
  const type = base.type as string;
  const keys = Object.keys(base).filter((k) => k !== 'type');
  const mode = int(r, 11);
  switch (mode) {
    case 0: {
      // An unknown key (objects are strict), sometimes a prototype-polluting one.
      const key = pick(r, ['__proto__', 'constructor', 'prototype', 'by', 'admin', 'Type', 'type ']);
      setOwn(base, key, garbage(r));
      return { why: `unknown key ${key} on ${type}`, message: base };
    }
    case 1: {
      // A required field missing (fields that are optional are skipped).
      const required = keys.filter((k) => !fieldSchema(type, k)?.safeParse(undefined).success);
      if (required.length === 0)
        return { why: `${type} without its type`, message: { ...base, type: undefined } };
      const key = pick(r, required);
      delete base[key];
      return { why: `${type} without ${key}`, message: base };
    }
    case 2:
    case 3: {
      // A field with a value its own schema refuses (import.file takes anything: corrupt the file instead).
      if (type === 'import' || keys.length === 0) break;
      const key = pick(r, keys);
      for (let tries = 0; tries < 50; tries++) {
        const value = tries < 40 ? garbage(r) : { $: tries };
        if (!fieldSchema(type, key)?.safeParse(value).success) {
          base[key] = value;
          return { why: `${type}.${key} = ${preview(value)}`, message: base };
        }
      }
      break;
    }
    case 4: {
      const value = r() < 0.5 ? pick(r, NASTY_STRINGS) : garbage(r);
      if (typeof value === 'string' && shapes.has(value)) break;
      base.type = value;
      return { why: `type = ${preview(value)}`, message: base };
    }
    case 5: {
      const file = corruptExport(r, exportFile);
      return {
        why: `an import of a damaged export file: ${preview(diff(exportFile, file))}`,
        message: { type: 'import', file },
      };
    }
    case 6:
      return {
        why: 'an import of garbage',
        message: { type: 'import', file: r() < 0.5 ? garbage(r) : JSON.stringify(garbage(r)) },
      };
    case 7:
      return {
        why: 'a message wrapped in a list or a string',
        message: r() < 0.5 ? [base] : JSON.stringify(base),
      };
    case 8: {
      const message = exotic(r);
      return { why: `exotic value #${exoticIndex}`, message };
    }
    default:
      break;
  }
  const value = garbage(r);
  if (value && typeof value === 'object' && shapes.has((value as Msg).type as string))
    return malformed(r, exportFile);
  return { why: `garbage ${preview(value)}`, message: value };
};

const preview = (v: unknown) => {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

// ---------------------------------------------------------------- the store every case starts from

let ids = 0;
let deps: HandlerDeps;
const send = (m: unknown) => handleMessage(m, deps);
const local = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

const seedStore = async () => {
  const ok = async (m: unknown) => {
    const reply = await send(m);
    if (!reply.ok) throw new Error(`seeding failed on ${JSON.stringify(m)}: ${reply.error.code}`);
    return reply;
  };
  await ok({ type: 'set-role', role: 'importer' });
  await ok({ type: 'tick', itemId: 'prepare-bn9', done: true });
  await ok({ type: 'tick', itemId: 'prepare-rm', done: true });
  await ok({ type: 'visit', page: 'business-information', lang: 'en' });
  // Fixed ids so valid messages can name them.
  deps.newId = () => 'client-b';
  await ok({ type: 'profile-create', label: 'Client B', role: 'broker', activate: false });
  deps.newId = () => 'd1';
  await ok({ type: 'deadline-add', title: 'Statement', at: AT });
  deps.newId = () => `id-${++ids}`;
  await ok({ type: 'settings-update', patch: { overlay: { side: 'left' }, reminders: { daysBefore: [3] } } });
  const exported = await ok({ type: 'export' });
  return exported.ok ? exported.file : undefined;
};

beforeEach(() => {
  ids = 0;
  deps = { now: () => NOW, newId: () => `id-${++ids}` };
});

const errorOf = (reply: Reply) => (reply.ok ? 'ok' : reply.error.code);

describe(`fuzz: ${RUNS} malformed messages (seed ${SEED})`, () => {
  it('refuses every one with an error reply, writes nothing, and the store stays valid', async () => {
    const file = await seedStore();
    expect(file).toBeDefined();
    const before = await local();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    const clear = vi.spyOn(fakeBrowser.storage.local, 'clear');
    const r = prng(SEED);
    const codes: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const { why, message } = malformed(r, file);
      let reply: Reply;
      try {
        reply = await send(message);
      } catch (error) {
        throw new Error(`case ${i} (seed ${SEED}) threw: ${why}: ${String(error)}`);
      }
      const code = errorOf(reply);
      codes[code] = (codes[code] ?? 0) + 1;
      if (reply.ok) throw new Error(`case ${i} (seed ${SEED}) was accepted: ${why}`);
      // The reply itself is well formed and says, in both languages, that nothing changed.
      expect(replySchema.safeParse(reply).success, `case ${i}: ${why}`).toBe(true);
      expect(reply.error.message.en, `case ${i}: ${why}`).toMatch(/Nothing was changed|not a CARM Guide/);
      if (set.mock.calls.length + remove.mock.calls.length + clear.mock.calls.length > 0) {
        throw new Error(`case ${i} (seed ${SEED}) wrote to storage: ${why}`);
      }
      if (i % 250 === 0) expect(await local(), `storage after case ${i}: ${why}`).toBe(before);
    }
    expect(await local()).toBe(before);
    // The stored state is still the seeded one, and clean.
    const read = await readSnapshot(NOW);
    expect(read.problems).toEqual([]);
    expect(read.snapshot.progress.profiles.map((p) => p.id)).toEqual(['default', 'client-b']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    // Most faults are caught by the schema; the rest by the import's own checks.
    expect(codes['invalid-message'] ?? 0).toBeGreaterThan(RUNS / 2);
    expect(Object.keys(codes).sort()).toEqual(
      expect.arrayContaining(['invalid-import', 'invalid-message', 'not-ours']),
    );
  }, 120_000);

  it('still accepts a valid message after the storm (the queue is not wedged)', async () => {
    const r = prng(SEED + 1);
    const file = await seedStore();
    await Promise.all(Array.from({ length: 200 }, () => send(malformed(r, file).message)));
    const reply = await send({ type: 'tick', itemId: 'prepare-bn9', done: false });
    expect(errorOf(reply)).toBe('ok');
  });
});

describe(`fuzz: ${Math.ceil(RUNS / 4)} malformed overlay-view requests`, () => {
  it('refuses each without throwing and never writes', async () => {
    await seedStore();
    const before = await local();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const r = prng(SEED + 2);
    const valid = { type: 'overlay-view', page: 'business-information', lang: 'en', errors: [] };
    for (let i = 0; i < Math.ceil(RUNS / 4); i++) {
      const m: Msg = clone(valid);
      const mode = int(r, 5);
      let why: string;
      if (mode === 0) {
        const key = pick(r, ['page', 'lang', 'errors']);
        m[key] =
          key === 'errors'
            ? pick(r, [garbage(r), [garbage(r)], Array(11).fill({ id: 'ec-code' })])
            : pick(r, NASTY_STRINGS);
        if (key !== 'errors' && ['business-information', 'en', 'portal-home'].includes(m[key] as string))
          m[key] = 42;
        if (Array.isArray(m[key]) && (m[key] as unknown[]).length === 0) m[key] = 42;
        why = `${key} = ${preview(m[key])}`;
      } else if (mode === 1) {
        m.errors = [{ id: 'error-code', code: pick(r, ['EC-12', 'ec-1012', 'EC-1012; alert(1)', 42]) }];
        why = `bad error code ${preview(m.errors)}`;
      } else if (mode === 2) {
        setOwn(m, pick(r, ['__proto__', 'html', 'text', 'title']), garbage(r));
        why = 'extra key';
      } else if (mode === 3) {
        delete m[pick(r, ['page', 'lang', 'errors'])];
        why = 'missing key';
      } else {
        m.errors = [{ id: pick(r, NASTY_STRINGS) }];
        why = `unknown error id ${preview(m.errors)}`;
      }
      const reply = await handleOverlayView(m, NOW);
      if (reply.ok) throw new Error(`overlay-view case ${i} (seed ${SEED}) was accepted: ${why}`);
      expect(reply.error.code).toBe('invalid-message');
    }
    expect(set).not.toHaveBeenCalled();
    expect(await local()).toBe(before);
  });
});
const diff = (a: unknown, b: unknown, path = ''): string => {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = diff((a as Msg)[k], (b as Msg)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`;
};
