import { describe, expect, it, vi } from 'vitest';
import {
  buildExport,
  EXPORT_MIGRATIONS,
  exportFileName,
  MAX_IMPORT_CHARS,
  parseImport,
} from './import-export';
import { DEFAULT_SETTINGS, EXPORT_VERSION, type ExportFile, type Snapshot } from './schema';

const NOW = new Date('2025-04-01T10:00:00.000Z');
const AT = '2025-03-01T12:00:00.000Z';

const snapshot: Snapshot = {
  progress: {
    activeProfileId: 'b',
    profiles: [
      {
        id: 'default',
        label: null,
        role: 'importer',
        createdAt: AT,
        ticks: { 'prepare-bn9': { done: true, at: AT, by: 'user' } },
      },
      {
        id: 'b',
        label: 'Client B',
        role: 'broker',
        createdAt: AT,
        ticks: { 'account-profile': { done: true, at: AT, by: 'portal' } },
        lastVisit: { at: AT, page: 'portal-home', lang: 'fr' },
      },
    ],
  },
  settings: { ...DEFAULT_SETTINGS, language: 'fr' },
  userDeadlines: [{ id: 'd1', title: 'Statement of account', at: AT, note: 'Check the balance' }],
  problems: null,
};

const expectFailure = (input: unknown, code: string) => {
  const result = parseImport(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  expect(result.message.en).toMatch(/Nothing was changed/);
  expect(result.message.fr).toMatch(/Rien n'a été modifié/);
  return result;
};

describe('buildExport', () => {
  it('wraps the stored values with the format, version and time, and leaves the recovery report out', () => {
    const file = buildExport(snapshot, NOW);
    expect(file).toEqual({
      format: 'carm-guide-progress',
      version: 2,
      exportedAt: NOW.toISOString(),
      progress: snapshot.progress,
      settings: snapshot.settings,
      userDeadlines: snapshot.userDeadlines,
    });
    expect(exportFileName(NOW)).toBe('carm-guide-progress-2025-04-01.json');
  });

  it('round-trips through JSON text', () => {
    const file = buildExport(snapshot, NOW);
    expect(parseImport(JSON.stringify(file, null, 2))).toEqual({ ok: true, data: file, notices: [] });
    expect(parseImport(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, data: file, notices: [] });
  });
});

describe('parseImport', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['a list', [1, 2]],
    ['text that is not JSON', 'hello'],
    ['another format', { format: 'something-else', version: 1 }],
    ['no format', { version: 1, progress: {} }],
  ])('says a file is not ours: %s', (_, input) => {
    expectFailure(input, 'not-ours');
  });

  it('asks to update the extension for a file from a newer version', () => {
    expectFailure(
      { ...buildExport(snapshot, NOW), version: EXPORT_VERSION + 1, somethingNew: true },
      'newer-version',
    );
  });

  it.each([
    ['a missing version', { format: 'carm-guide-progress' }],
    ['a fractional version', { format: 'carm-guide-progress', version: 0.5 }],
    ['a negative version', { format: 'carm-guide-progress', version: -1 }],
  ])('rejects %s', (_, input) => {
    expectFailure(input, 'invalid-import');
  });

  it('rejects a damaged file as a whole and says where', () => {
    const file = buildExport(snapshot, NOW) as unknown as { progress: { profiles: { label: unknown }[] } };
    const damaged = structuredClone(file);
    (damaged.progress.profiles[1] as { label: unknown }).label = 'x'.repeat(61);
    const failure = expectFailure(damaged, 'invalid-import');
    expect(failure?.message.en).toContain('progress.profiles.1.label');
  });

  it('rejects extra fields, an unknown active profile and duplicate profile ids', () => {
    const file = buildExport(snapshot, NOW);
    expectFailure({ ...file, extra: 1 }, 'invalid-import');
    expectFailure({ ...file, progress: { ...file.progress, activeProfileId: 'zzz' } }, 'invalid-import');
    const twice = { ...file.progress, profiles: [...file.progress.profiles, file.progress.profiles[0]] };
    expectFailure({ ...file, progress: twice }, 'invalid-import');
  });

  it('does not let a __proto__ key in the file change any prototype', () => {
    const text = JSON.stringify(buildExport(snapshot, NOW)).replace(
      '"ticks":{"prepare-bn9"',
      '"ticks":{"__proto__":{"done":true,"at":"2025-03-01T12:00:00.000Z","by":"user"},"prepare-bn9"',
    );
    expect(text).toContain('"__proto__"');
    const result = parseImport(text);
    // zod drops a `__proto__` record key instead of copying it; the rest of the file is fine.
    const ticks = result.ok ? result.data.progress.profiles[0]?.ticks : undefined;
    expect(Object.keys(ticks ?? { missing: true })).toEqual(['prepare-bn9']);
    expect(Object.getPrototypeOf(ticks)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).done).toBeUndefined();
  });
});

describe('parseImport: older versions', () => {
  const v0 = {
    format: 'carm-guide-progress',
    version: 0,
    exportedAt: '2024-12-01T09:00:00-05:00',
    role: 'nri',
    ticks: { 'prepare-bn9': { done: true, at: AT }, 'prepare-nri-bsf900': { done: false, at: AT } },
    language: 'en',
  };

  it('has a migration for every version below the current one', () => {
    for (let version = 1; version <= EXPORT_VERSION; version += 1)
      expect(EXPORT_MIGRATIONS[version]).toBeDefined();
  });

  it('migrates a version 0 file (one flat tick map, no profiles) to one default profile', () => {
    const result = parseImport(v0);
    expect(result).toEqual({
      ok: true,
      data: {
        format: 'carm-guide-progress',
        version: 2,
        exportedAt: '2024-12-01T14:00:00.000Z',
        progress: {
          activeProfileId: 'default',
          profiles: [
            {
              id: 'default',
              label: null,
              role: 'nri',
              createdAt: '2024-12-01T14:00:00.000Z',
              ticks: {
                'prepare-bn9': { done: true, at: AT, by: 'user' },
                'prepare-nri-bsf900': { done: false, at: AT, by: 'user' },
              },
            },
          ],
        },
        settings: { ...DEFAULT_SETTINGS, language: 'en' },
        userDeadlines: [],
      } satisfies ExportFile,
      notices: [],
    });
  });

  it('rejects a damaged version 0 file and names the problem', () => {
    const failure = expectFailure({ ...v0, role: 'captain' }, 'invalid-import');
    expect(failure?.message.en).toContain('role');
  });
});

// Issue 15, findings 5 and 7.
describe('parseImport: unknown items and size', () => {
  it('leaves out ticks of items the guide does not have, and says so', () => {
    const now = new Date('2025-04-01T10:00:00.000Z');
    const at = now.toISOString();
    const file = buildExport(
      {
        progress: {
          activeProfileId: 'default',
          profiles: [
            {
              id: 'default',
              label: null,
              role: 'importer',
              createdAt: at,
              ticks: {
                'prepare-bn9': { done: true, at, by: 'user' },
                'from-a-future-guide': { done: true, at, by: 'user' },
              },
            },
          ],
        },
        settings: structuredClone(DEFAULT_SETTINGS),
        userDeadlines: [],
      },
      now,
    );
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.data.progress.profiles[0]?.ticks ?? {})).toEqual(['prepare-bn9']);
    expect(result.notices).toEqual([
      'import: progress.profiles (default).ticks: 1 item(s) the guide does not have dropped',
    ]);
  });

  it('refuses a string over 2 MB by its length, without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseImport(`{"format":"carm-guide-progress",${' '.repeat(MAX_IMPORT_CHARS)}}`);
    expect(result.ok ? 'ok' : result.code).toBe('invalid-import');
    if (!result.ok) expect(result.message.en).toMatch(/too large/);
    expect(parse).not.toHaveBeenCalled();
  });
});
