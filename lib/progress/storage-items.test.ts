import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { salvageProgress } from './salvage';
import { DEFAULT_SETTINGS, defaultProgress, type ProgressState } from './schema';
import { migrateValue, progressItem, readSnapshot, readValidated, writeStored } from './storage-items';

const NOW = new Date('2025-04-01T10:00:00.000Z');
const AT = '2025-03-01T12:00:00.000Z';

const stored: ProgressState = {
  activeProfileId: 'a',
  profiles: [
    {
      id: 'a',
      label: 'Acme',
      role: 'importer',
      createdAt: AT,
      ticks: { 'prepare-bn9': { done: true, at: AT, by: 'user' } },
    },
  ],
};

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

/** Migrations run when an item is defined, so seed first and load the module afterwards. */
const loadItemsAfterSeeding = async (seed: Record<string, unknown>) => {
  await fakeBrowser.storage.local.set(seed);
  vi.resetModules();
  return import('./storage-items');
};

describe('storage items: versions', () => {
  it('reads a value stored at version 1 as it is', async () => {
    const items = await loadItemsAfterSeeding({ progress: stored, progress$: { v: 1 } });
    expect(await items.readValidated(items.progressItem, salvageProgress, NOW)).toEqual({
      value: stored,
      problems: [],
    });
    expect(await items.progressItem.getMeta()).toEqual({ v: 1 });
  });

  it('treats a value without version metadata as version 1', async () => {
    const items = await loadItemsAfterSeeding({ progress: stored });
    expect((await items.readSnapshot(NOW)).snapshot.progress).toEqual(stored);
    expect(await local()).toEqual({ progress: stored });
  });

  it('salvages a value left by a newer version after a downgrade, keeping what it can read', async () => {
    const newer = {
      ...stored,
      profiles: [{ ...stored.profiles[0], colour: 'blue' }],
      sync: { enabled: true },
    };
    const items = await loadItemsAfterSeeding({ progress: newer, progress$: { v: 3 } });
    const read = await items.readSnapshot(NOW);
    expect(read.snapshot.progress).toEqual(stored);
    expect(read.damaged).toEqual(['progress']);
    expect(read.problems).toEqual([
      'progress: saved by a newer version (v3); kept what this one can read',
      'progress.profiles[0] (a): 1 unknown field(s) dropped',
      'progress: 1 unknown field(s) dropped',
    ]);
  });

  it('runs a later migration from version 1 (the mechanism the next shape change will use)', () => {
    const table = { 2: (old: unknown) => ({ ...(old as ProgressState), note: 'migrated' }) };
    expect(migrateValue('progress', stored, { v: 1 }, table, 2)).toEqual({
      value: { ...stored, note: 'migrated' },
      from: 1,
      problems: [],
    });
    expect(migrateValue('progress', stored, undefined, table, 2).value).toEqual({
      ...stored,
      note: 'migrated',
    });
    expect(migrateValue('progress', stored, { v: 2 }, table, 2).value).toEqual(stored);
  });

  it('survives a garbage version marker: reported, read as version 1, never a huge migration loop', async () => {
    for (const v of [-2147483648, -1, 0, 1.5, '1', null, Number.NaN, 1e308]) {
      const items = await loadItemsAfterSeeding({ progress: stored, progress$: { v } });
      const read = await items.readSnapshot(NOW);
      expect(read.snapshot.progress, String(v)).toEqual(stored);
      expect(read.damaged).toEqual(['progress']);
      fakeBrowser.reset();
    }
  });

  it('writes values and their version in a single storage call', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeStored({ progress: stored, settings: DEFAULT_SETTINGS });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await local()).toEqual({
      progress: stored,
      progress$: { v: 2 },
      settings: DEFAULT_SETTINGS,
      settings$: { v: 2 },
    });
  });
});

describe('readSnapshot', () => {
  it('gives defaults when nothing is stored, without writing anything', async () => {
    const read = await readSnapshot(NOW);
    expect(read).toEqual({
      snapshot: {
        progress: defaultProgress(NOW),
        settings: DEFAULT_SETTINGS,
        userDeadlines: [],
        problems: null,
      },
      problems: [],
      damaged: [],
    });
    expect(await local()).toEqual({});
  });

  it('salvages garbage in every key and reports it, without writing (the background repairs)', async () => {
    const garbage = {
      progress: 'garbage',
      settings: [1, 2],
      userDeadlines: { not: 'a list' },
      problems: 12,
    };
    await fakeBrowser.storage.local.set(garbage);
    const read = await readSnapshot(NOW);
    expect(read.snapshot.progress).toEqual(defaultProgress(NOW));
    expect(read.snapshot.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.snapshot.userDeadlines).toEqual([]);
    expect(read.damaged).toEqual(['progress', 'settings', 'userDeadlines', 'problems']);
    expect(read.snapshot.problems).toEqual({ at: NOW.toISOString(), problems: read.problems });
    expect(read.problems).toHaveLength(4);
    expect(await local()).toEqual(garbage);
  });

  it('returns the stored recovery report when nothing new is damaged', async () => {
    const report = { at: AT, problems: ['settings.language: invalid, default used'] };
    await fakeBrowser.storage.local.set({ problems: report });
    expect((await readSnapshot(NOW)).snapshot.problems).toEqual(report);
  });

  it('reads a single item through readValidated', async () => {
    await fakeBrowser.storage.local.set({ progress: { activeProfileId: 'zzz', profiles: stored.profiles } });
    const result = await readValidated(progressItem, salvageProgress, NOW);
    expect(result.value.activeProfileId).toBe('a');
    expect(result.problems).toEqual(['progress.activeProfileId: unknown, first profile chosen']);
  });
});
