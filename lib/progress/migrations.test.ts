import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport, parseImport } from './import-export';
import { progressV1ToV2 } from './migrations';
import { DEFAULT_SETTINGS } from './schema';
import { readSnapshot } from './storage-items';

const AT = '2025-03-01T12:00:00.000Z';
const V1_PROGRESS = {
  activeProfileId: 'a',
  profiles: [
    {
      id: 'a',
      label: null,
      role: 'importer',
      createdAt: AT,
      ticks: {
        'prepare-bn9': { done: true, at: AT, by: 'user' },
        'link-business-confirmed': { done: true, at: AT, by: 'portal' },
        // A user's tick is not a page the portal showed.
        'delegate-approve': { done: true, at: AT, by: 'user' },
      },
      lastVisit: { at: '2025-03-02T12:00:00.000Z', page: 'portal-home', lang: 'en' },
    },
    { id: 'b', label: 'Client B', role: null, createdAt: AT, ticks: {} },
  ],
};

describe('progress v1 → v2', () => {
  it('records the pages v1 can prove the portal showed: its confirmations and the last visit', () => {
    const migrated = progressV1ToV2(structuredClone(V1_PROGRESS)) as typeof V1_PROGRESS;
    expect(migrated.profiles[0]).toMatchObject({
      seen: { 'business-linked': AT, 'portal-home': '2025-03-02T12:00:00.000Z' },
    });
    expect(migrated.profiles[1]).toEqual(V1_PROGRESS.profiles[1]);
  });

  it('passes anything not shaped like progress through for the salvage', () => {
    for (const junk of [null, 3, 'x', [], { profiles: 'no' }, { profiles: [null, 4] }])
      expect(progressV1ToV2(junk)).toEqual(junk);
  });

  it('reads old stored data (marker v1) with the pages migrated, reporting nothing', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ progress: V1_PROGRESS, progress$: { v: 1 } });
    const read = await readSnapshot(new Date('2025-04-01T00:00:00Z'));
    expect(read.problems).toEqual([]);
    expect(read.snapshot.progress.profiles[0]?.seen).toEqual({
      'business-linked': AT,
      'portal-home': '2025-03-02T12:00:00.000Z',
    });
  });

  it('imports an old export file (version 1) and migrates it', () => {
    const file = {
      format: 'carm-guide-progress',
      version: 1,
      exportedAt: AT,
      progress: V1_PROGRESS,
      settings: DEFAULT_SETTINGS,
      userDeadlines: [],
    };
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.version).toBe(2);
    expect(result.data.progress.profiles[0]?.seen?.['business-linked']).toBe(AT);
    // And a v2 file round-trips.
    const again = buildExport({ ...result.data, userDeadlines: [] }, new Date(AT));
    expect(parseImport(JSON.stringify(again))).toEqual({ ok: true, data: again, notices: [] });
  });
});
