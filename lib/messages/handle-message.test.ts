import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST } from '../guide/checklist';
import { buildExport } from '../progress/import-export';
import { DEFAULT_SETTINGS, defaultProgress, type Snapshot } from '../progress/schema';
import { readSnapshot } from '../progress/storage-items';
import { type HandlerDeps, handleMessage } from './handle-message';
import type { MessageInput, Reply } from './schema';

const NOW = new Date('2025-04-01T10:00:00.000Z');
const AT = '2025-03-01T12:00:00.000Z';

let ids = 0;
let deps: HandlerDeps;
beforeEach(() => {
  ids = 0;
  deps = { now: () => NOW, newId: () => `id-${++ids}` };
});

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const send = (message: MessageInput | unknown) => handleMessage(message, deps);
const state = (reply: Reply): Snapshot => {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message.en}`);
  return reply.state;
};
const errorCode = (reply: Reply) => (reply.ok ? 'ok' : reply.error.code);
const activeProfile = (snapshot: Snapshot) =>
  snapshot.progress.profiles.find((profile) => profile.id === snapshot.progress.activeProfileId);

describe('handleMessage: malformed messages', () => {
  const malformed: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a bare string', 'tick'],
    ['a list', [{ type: 'get-state' }]],
    ['no type', { itemId: 'prepare-bn9', done: true }],
    ['an unknown type', { type: 'delete-everything' }],
    ['a wrong field type', { type: 'tick', itemId: 'prepare-bn9', done: 'yes' }],
    ['a number as profile id', { type: 'tick', itemId: 'prepare-bn9', done: true, profileId: 5 }],
    ['an extra key', { type: 'tick', itemId: 'prepare-bn9', done: true, by: 'portal' }],
    ['an item id over 80 characters', { type: 'tick', itemId: `a${'-b'.repeat(40)}`, done: true }],
    ['a label over 60 characters', { type: 'profile-create', label: 'x'.repeat(61), role: null }],
    ['a __proto__ key', JSON.parse('{"type":"get-state","__proto__":{"polluted":true}}')],
    ['a constructor key', { type: 'get-state', constructor: { prototype: { polluted: true } } }],
    ['__proto__ as item id', { type: 'tick', itemId: '__proto__', done: true }],
    ['a path as profile id', { type: 'profile-switch', profileId: '../../default' }],
    ['a blank label', { type: 'profile-create', label: '   ', role: null }],
    ['a control character in a label', { type: 'profile-rename', profileId: 'default', label: 'Acme\u0000' }],
    ['an unknown role', { type: 'set-role', role: 'admin' }],
    ['an unknown page', { type: 'visit', page: 'admin-console', lang: 'en' }],
    ['an unsupported language', { type: 'visit', page: 'portal-home', lang: 'de' }],
    ['a page that confirms nothing', { type: 'portal-confirmed', page: 'sign-in' }],
    ['a reset without confirmation', { type: 'reset', scope: 'all' }],
    ['a reset confirmed with "yes"', { type: 'reset', scope: 'all', confirm: 'yes' }],
    ['an unknown setting', { type: 'settings-update', patch: { theme: 'dark' } }],
    [
      'an unknown nested setting',
      { type: 'settings-update', patch: { help: { pageTips: true, popups: true } } },
    ],
    [
      'reminder days out of range',
      { type: 'settings-update', patch: { reminders: { daysBefore: [0, 61] } } },
    ],
    ['repeated reminder days', { type: 'settings-update', patch: { reminders: { daysBefore: [7, 7] } } }],
    [
      'six reminder days',
      { type: 'settings-update', patch: { reminders: { daysBefore: [1, 2, 3, 4, 5, 6] } } },
    ],
    ['a date that is not a date', { type: 'deadline-add', title: 'Pay', at: 'next Tuesday' }],
    ['a date that does not exist', { type: 'deadline-add', title: 'Pay', at: '2025-02-30T00:00:00Z' }],
    ['a title over 80 characters', { type: 'deadline-add', title: 'x'.repeat(81), at: AT }],
    ['a note over 200 characters', { type: 'deadline-add', title: 'Pay', at: AT, note: 'x'.repeat(201) }],
    ['a control character in a note', { type: 'deadline-add', title: 'Pay', at: AT, note: 'ring\u0007' }],
    ['an import without its file key', { type: 'import', data: {} }],
  ];

  it.each(malformed)('refuses %s with invalid-message and changes nothing', async (_, message) => {
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    const before = await local();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const reply = await send(message);
    expect(errorCode(reply)).toBe('invalid-message');
    if (!reply.ok) {
      expect(reply.error.message.en).toMatch(/Nothing was changed/);
      expect(reply.error.message.fr).toMatch(/Rien n'a été modifié/);
    }
    expect(set).not.toHaveBeenCalled();
    expect(await local()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a message whose getter throws instead of throwing itself', async () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(errorCode(await send(hostile))).toBe('invalid-message');
  });
});

describe('handleMessage: progress', () => {
  it('answers get-state with defaults and writes nothing on a fresh install', async () => {
    const snapshot = state(await send({ type: 'get-state' }));
    expect(snapshot).toEqual({
      progress: defaultProgress(NOW),
      settings: DEFAULT_SETTINGS,
      userDeadlines: [],
      problems: null,
    });
    expect(await local()).toEqual({});
  });

  it('stores a tick with its version metadata and replies with what is stored', async () => {
    const snapshot = state(await send({ type: 'tick', itemId: 'prepare-bn9', done: true }));
    expect(activeProfile(snapshot)?.ticks['prepare-bn9']).toEqual({
      done: true,
      at: NOW.toISOString(),
      by: 'user',
    });
    expect((await readSnapshot(NOW)).snapshot).toEqual(snapshot);
    expect(await local()).toMatchObject({ progress$: { v: 2 } });
  });

  it('ticks the final item of the step a confirmation page proves, as the portal', async () => {
    const snapshot = state(await send({ type: 'portal-confirmed', page: 'business-linked' }));
    expect(activeProfile(snapshot)?.ticks['link-business-confirmed']).toEqual({
      done: true,
      at: NOW.toISOString(),
      by: 'portal',
    });
  });

  it('uses the guide’s own final item ids when given', async () => {
    deps.finalItemOf = (step) => `${step}-final`;
    const snapshot = state(await send({ type: 'portal-confirmed', page: 'delegation-approved' }));
    expect(Object.keys(activeProfile(snapshot)?.ticks ?? {})).toEqual(['delegate-final']);
  });

  it('records the last portal visit on the active profile', async () => {
    const snapshot = state(await send({ type: 'visit', page: 'portal-home', lang: 'fr' }));
    expect(activeProfile(snapshot)?.lastVisit).toEqual({
      at: NOW.toISOString(),
      page: 'portal-home',
      lang: 'fr',
    });
  });

  it('manages profiles: create (trimmed label), rename, switch, set role, delete', async () => {
    let snapshot = state(await send({ type: 'profile-create', label: '  Client A  ', role: 'importer' }));
    expect(snapshot.progress.activeProfileId).toBe('id-1');
    expect(activeProfile(snapshot)).toMatchObject({
      label: 'Client A',
      role: 'importer',
      createdAt: NOW.toISOString(),
    });
    snapshot = state(await send({ type: 'profile-create', label: 'Client B', role: null, activate: false }));
    expect(snapshot.progress.activeProfileId).toBe('id-1');
    snapshot = state(await send({ type: 'profile-rename', profileId: 'id-2', label: 'Client B Ltd' }));
    snapshot = state(await send({ type: 'set-role', profileId: 'id-2', role: 'nri' }));
    snapshot = state(await send({ type: 'profile-switch', profileId: 'id-2' }));
    expect(activeProfile(snapshot)).toMatchObject({ id: 'id-2', label: 'Client B Ltd', role: 'nri' });
    snapshot = state(await send({ type: 'profile-delete', profileId: 'id-2' }));
    expect(snapshot.progress.profiles.map((profile) => profile.id)).toEqual(['default', 'id-1']);
    expect(snapshot.progress.activeProfileId).toBe('default');
  });

  it('refuses to delete the last profile, and unknown profiles, and changes nothing', async () => {
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    const before = await local();
    expect(errorCode(await send({ type: 'profile-delete', profileId: 'default' }))).toBe('last-profile');
    expect(errorCode(await send({ type: 'profile-switch', profileId: 'nope' }))).toBe('not-found');
    expect(errorCode(await send({ type: 'tick', profileId: 'nope', itemId: 'a', done: true }))).toBe(
      'not-found',
    );
    expect(await local()).toEqual(before);
  });

  it('resets one profile’s checklist, or everything after confirmation', async () => {
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    await send({ type: 'settings-update', patch: { language: 'fr' } });
    await send({ type: 'deadline-add', title: 'Pay', at: AT });
    let snapshot = state(await send({ type: 'reset', scope: 'profile', confirm: true }));
    expect(activeProfile(snapshot)?.ticks).toEqual({});
    expect(snapshot.settings.language).toBe('fr');
    snapshot = state(await send({ type: 'reset', scope: 'all', confirm: true }));
    expect(snapshot).toEqual({
      progress: defaultProgress(NOW),
      settings: DEFAULT_SETTINGS,
      userDeadlines: [],
      problems: null,
    });
  });
});

describe('handleMessage: settings and deadlines', () => {
  it('merges a partial settings update', async () => {
    const snapshot = state(
      await send({
        type: 'settings-update',
        patch: { help: { fieldTips: false }, reminders: { enabled: true, daysBefore: [30, 7] } },
      }),
    );
    expect(snapshot.settings).toEqual({
      ...DEFAULT_SETTINGS,
      help: { ...DEFAULT_SETTINGS.help, fieldTips: false },
      reminders: { ...DEFAULT_SETTINGS.reminders, enabled: true, daysBefore: [30, 7] },
    });
  });

  it('adds, edits and deletes deadlines, normalising times to UTC', async () => {
    let snapshot = state(
      await send({ type: 'deadline-add', title: ' Statement ', at: '2025-04-17T00:00:00-04:00', note: '' }),
    );
    expect(snapshot.userDeadlines).toEqual([
      { id: 'id-1', title: 'Statement', at: '2025-04-17T04:00:00.000Z' },
    ]);
    snapshot = state(
      await send({ type: 'deadline-update', id: 'id-1', note: 'RM0001 account\nCheck the balance' }),
    );
    expect(snapshot.userDeadlines[0]?.note).toBe('RM0001 account\nCheck the balance');
    expect(errorCode(await send({ type: 'deadline-update', id: 'nope', title: 'x' }))).toBe('not-found');
    snapshot = state(await send({ type: 'deadline-delete', id: 'id-1' }));
    expect(snapshot.userDeadlines).toEqual([]);
  });

  it('refuses a 101st deadline', async () => {
    const list = Array.from({ length: 100 }, (_, index) => ({ id: `d${index}`, title: 'Pay', at: AT }));
    await fakeBrowser.storage.local.set({ userDeadlines: list });
    expect(errorCode(await send({ type: 'deadline-add', title: 'One more', at: AT }))).toBe('limit-reached');
  });
});

describe('handleMessage: export and import', () => {
  it('exports, resets, imports, and gets everything back', async () => {
    await send({ type: 'profile-create', label: 'Client A', role: 'broker' });
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    await send({ type: 'visit', page: 'business-linked', lang: 'fr' });
    await send({ type: 'settings-update', patch: { overlay: { side: 'left' } } });
    await send({ type: 'deadline-add', title: 'Security', at: AT });
    const exported = await send({ type: 'export' });
    const file = exported.ok ? exported.file : undefined;
    expect(file).toMatchObject({ format: 'carm-guide-progress', version: 2, exportedAt: NOW.toISOString() });
    const before = state(exported);

    await send({ type: 'reset', scope: 'all', confirm: true });
    const text = JSON.stringify(file);
    const restored = state(await send({ type: 'import', file: JSON.parse(text) }));
    expect(restored).toEqual(before);
    expect((await readSnapshot(NOW)).snapshot).toEqual(before);
  });

  it.each([
    ['not-ours', { hello: 'world' }],
    ['newer-version', { format: 'carm-guide-progress', version: 99 }],
    ['invalid-import', { format: 'carm-guide-progress', version: 1, progress: 'lots' }],
  ])('answers %s and changes nothing', async (code, file) => {
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    const before = await local();
    const reply = await send({ type: 'import', file });
    expect(errorCode(reply)).toBe(code);
    expect(await local()).toEqual(before);
  });

  it('imports an older (version 0) file, migrated', async () => {
    const v0 = {
      format: 'carm-guide-progress',
      version: 0,
      exportedAt: AT,
      role: 'importer',
      ticks: { 'prepare-bn9': { done: true, at: AT } },
      language: 'fr',
    };
    const snapshot = state(await send({ type: 'import', file: v0 }));
    expect(activeProfile(snapshot)).toMatchObject({
      role: 'importer',
      ticks: { 'prepare-bn9': { by: 'user' } },
    });
    expect(snapshot.settings.language).toBe('fr');
  });
});

describe('handleMessage: concurrency and restarts', () => {
  it('keeps all 50 ticks sent at once from several tabs', async () => {
    const items = CHECKLIST.slice(0, 50).map((item) => item.id);
    const replies = await Promise.all(items.map((itemId) => send({ type: 'tick', itemId, done: true })));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const stored = (await readSnapshot(NOW)).snapshot;
    expect(Object.keys(activeProfile(stored)?.ticks ?? {}).sort()).toEqual([...items].sort());
  });

  it('loses nothing when profile, tick, setting and deadline changes interleave', async () => {
    const messages: MessageInput[] = [
      ...Array.from(
        { length: 10 },
        (_, index): MessageInput => ({
          type: 'profile-create',
          label: `P${index}`,
          role: null,
          activate: false,
        }),
      ),
      ...Array.from(
        { length: 20 },
        (_, index): MessageInput => ({ type: 'tick', itemId: CHECKLIST[index]?.id ?? '', done: true }),
      ),
      ...Array.from(
        { length: 10 },
        (_, index): MessageInput => ({ type: 'deadline-add', title: `D${index}`, at: AT }),
      ),
      { type: 'settings-update', patch: { language: 'en' } },
      { type: 'settings-update', patch: { overlay: { collapsed: true } } },
    ];
    await Promise.all(messages.map((message) => send(message)));
    const stored = (await readSnapshot(NOW)).snapshot;
    expect(stored.progress.profiles).toHaveLength(11);
    expect(Object.keys(activeProfile(stored)?.ticks ?? {})).toHaveLength(20);
    expect(stored.userDeadlines).toHaveLength(10);
    expect(stored.settings).toMatchObject({ language: 'en', overlay: { collapsed: true } });
  });

  it('re-reads storage on every message, so a restarted worker and outside writes lose nothing', async () => {
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    vi.resetModules();
    const restarted = await import('./handle-message');
    const snapshot = state(
      await restarted.handleMessage({ type: 'tick', itemId: 'prepare-rm', done: true }, deps),
    );
    expect(Object.keys(activeProfile(snapshot)?.ticks ?? {})).toEqual(['prepare-bn9', 'prepare-rm']);

    const outside = structuredClone(snapshot.progress);
    const first = outside.profiles[0];
    if (first) first.ticks['prepare-legal-name'] = { done: true, at: AT, by: 'user' };
    await fakeBrowser.storage.local.set({ progress: outside });
    const after = state(
      await restarted.handleMessage({ type: 'tick', itemId: 'prepare-address', done: true }, deps),
    );
    expect(Object.keys(activeProfile(after)?.ticks ?? {})).toEqual([
      'prepare-bn9',
      'prepare-rm',
      'prepare-legal-name',
      'prepare-address',
    ]);
  });

  it('replies internal when storage fails, and the next message still goes through', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(errorCode(await send({ type: 'tick', itemId: 'prepare-bn9', done: true }))).toBe('internal');
    expect(errorCode(await send({ type: 'tick', itemId: 'prepare-bn9', done: true }))).toBe('ok');
  });
});

describe('handleMessage: damaged storage', () => {
  const goodProfile = {
    id: 'a',
    label: 'Acme',
    role: 'importer',
    createdAt: AT,
    ticks: { 'prepare-bn9': { done: true, at: AT, by: 'user' }, 'bad item': true },
  };

  it('repairs garbage in every key, keeps the valid parts, and stores a report', async () => {
    await fakeBrowser.storage.local.set({
      progress: { activeProfileId: 'a', profiles: [goodProfile, { id: 7 }] },
      settings: { language: 'fr', help: 'all', overlay: { collapsed: true, side: 'middle' } },
      userDeadlines: [{ id: 'd1', title: 'Pay', at: AT }, { id: 'd2' }],
      problems: 'oops',
    });
    const snapshot = state(await send({ type: 'get-state' }));
    expect(snapshot.progress.profiles).toEqual([
      { ...goodProfile, ticks: { 'prepare-bn9': goodProfile.ticks['prepare-bn9'] } },
    ]);
    expect(snapshot.settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'fr',
      overlay: { collapsed: true, side: 'right' },
    });
    expect(snapshot.userDeadlines).toEqual([{ id: 'd1', title: 'Pay', at: AT }]);
    expect(snapshot.problems?.at).toBe(NOW.toISOString());
    expect(snapshot.problems?.problems).toEqual([
      'progress.profiles[0] (a).ticks: 1 invalid item(s) dropped',
      'progress.profiles[1]: no valid id, dropped',
      'settings.help: string instead of an object, defaults used',
      'settings.overlay.side: invalid, default used',
      'settings.reminders: undefined instead of an object, defaults used',
      'userDeadlines[1]: invalid, dropped',
      'problems: unreadable recovery report discarded',
    ]);
    const stored = await readSnapshot(NOW);
    expect(stored.problems).toEqual([]);
    expect(stored.snapshot).toEqual(snapshot);
  });

  it('keeps the report until the user dismisses it', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await send({ type: 'get-state' });
    const later = state(await send({ type: 'tick', itemId: 'prepare-bn9', done: true }));
    expect(later.problems?.problems).toEqual(['settings: string instead of an object, defaults used']);
    expect(state(await send({ type: 'problems-dismiss' })).problems).toBeNull();
    expect((await local()).problems).toBeUndefined();
  });

  it('stores a report found by the dismiss request itself, since nobody has seen it yet', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', problems: { at: AT, problems: ['old'] } });
    const snapshot = state(await send({ type: 'problems-dismiss' }));
    expect(snapshot.problems?.problems).toEqual(['settings: string instead of an object, defaults used']);
    expect((await local()).problems).toEqual(snapshot.problems);
  });

  it('applies the change and the repair together', async () => {
    await fakeBrowser.storage.local.set({ progress: { activeProfileId: 'a', profiles: [goodProfile] } });
    const snapshot = state(await send({ type: 'tick', profileId: 'a', itemId: 'prepare-rm', done: true }));
    expect(Object.keys(activeProfile(snapshot)?.ticks ?? {})).toEqual(['prepare-bn9', 'prepare-rm']);
    expect(snapshot.problems?.problems).toHaveLength(1);
    expect((await readSnapshot(NOW)).snapshot).toEqual(snapshot);
  });

  it('writes nothing, repair included, when the request itself fails', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const before = await local();
    expect(errorCode(await send({ type: 'profile-switch', profileId: 'nope' }))).toBe('not-found');
    expect(await local()).toEqual(before);
  });
});

// Issue 15, findings 5 and 7.
describe('handleMessage: made-up checklist ids and oversized input', () => {
  it('refuses a tick of an item the guide does not have, and stores nothing', async () => {
    await send({ type: 'tick', itemId: 'prepare-bn9', done: true });
    const before = await local();
    for (let i = 0; i < 520; i++) {
      const reply = await send({ type: 'tick', itemId: `made-up-${i}`, done: true });
      expect(reply.ok ? 'ok' : reply.error.code).toBe('not-found');
    }
    expect(await local()).toEqual(before);
    const stored = (await readSnapshot(NOW)).snapshot;
    expect(Object.keys(activeProfile(stored)?.ticks ?? {})).toEqual(['prepare-bn9']);
  });

  it('ticks every item the guide has', async () => {
    for (const item of CHECKLIST) {
      const reply = await send({ type: 'tick', itemId: item.id, done: true });
      expect(reply.ok, item.id).toBe(true);
    }
  });

  const oversized: [string, unknown][] = [
    ['a very long label', { type: 'profile-create', label: 'x'.repeat(10_000_000), role: null }],
    ['a very long item id', { type: 'tick', itemId: `a${'-b'.repeat(5_000_000)}`, done: true }],
    ['a very long note', { type: 'deadline-add', title: 'Pay', at: AT, note: 'x'.repeat(1_000_000) }],
    ['a very long type', { type: 'x'.repeat(10_000_000) }],
    [
      'a million keys',
      { type: 'get-state', ...Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i])) },
    ],
    ['a list of a million', { type: 'get-state', list: Array.from({ length: 1_000_000 }, () => 0) }],
    ['a very large import string', { type: 'import', file: ' '.repeat(20_000_000) }],
    [
      'a very large import object',
      { type: 'import', file: { format: 'carm-guide-progress', pad: 'x'.repeat(5_000_000) } },
    ],
  ];

  it.each(oversized)('refuses %s by its size, before reading storage or parsing', async (name, message) => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const reply = await send(message);
    expect(reply.ok ? 'ok' : reply.error.code).toBe('too-large');
    if (!reply.ok) {
      expect(reply.error.message.en).toMatch(name.includes('import') ? /more than 2 MB/ : /too large/);
      expect(reply.error.message.fr).toMatch(/volumineu/);
    }
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });

  it('still takes a large real export file (50 profiles)', async () => {
    for (const item of CHECKLIST) await send({ type: 'tick', itemId: item.id, done: true });
    for (let i = 0; i < 49; i++)
      await send({ type: 'profile-create', label: `Client ${i}`, role: 'importer', activate: true });
    const state = (await readSnapshot(NOW)).snapshot;
    const file = JSON.stringify(buildExport(state, NOW));
    const reply = await send({ type: 'import', file });
    expect(reply.ok).toBe(true);
  });
});
