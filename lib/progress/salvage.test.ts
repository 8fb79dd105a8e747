import { describe, expect, it } from 'vitest';
import { salvageProblems, salvageProgress, salvageSettings, salvageUserDeadlines, toReport } from './salvage';
import { DEFAULT_SETTINGS, defaultProgress, type ProgressState, progressStateSchema } from './schema';

const NOW = new Date('2025-04-01T10:00:00.000Z');
const AT = '2025-03-01T12:00:00.000Z';

const validProfile = (id: string, ticks: Record<string, unknown> = {}) => ({
  id,
  label: `Business ${id}`,
  role: 'importer',
  createdAt: AT,
  ticks,
});

describe('salvageProgress', () => {
  it('returns a valid value untouched and reports nothing', () => {
    const value: ProgressState = {
      activeProfileId: 'a',
      profiles: [validProfile('a', { 'prepare-bn9': { done: true, at: AT, by: 'user' } }) as never],
    };
    expect(salvageProgress(value, NOW)).toEqual({ value, problems: [] });
  });

  it('treats nothing stored as a fresh start, not a problem', () => {
    expect(salvageProgress(null, NOW)).toEqual({ value: defaultProgress(NOW), problems: [] });
  });

  it.each([['garbage'], [42], [[1, 2, 3]], [true]])('starts again from %j and says so', (raw) => {
    const result = salvageProgress(raw, NOW);
    expect(result.value).toEqual(defaultProgress(NOW));
    expect(result.problems).toHaveLength(1);
  });

  it('keeps valid profiles and valid ticks, drops the rest, and lists each repair', () => {
    const raw = {
      activeProfileId: 'gone',
      profiles: [
        validProfile('a', {
          'prepare-bn9': { done: true, at: AT, by: 'user' },
          'Bad Id': { done: true, at: AT, by: 'user' },
          'prepare-legal-name': { done: 'yes', at: AT, by: 'user' },
        }),
        'not a profile',
        { label: 'no id' },
        { ...validProfile('b'), role: 'pirate', label: '', createdAt: 'yesterday', extra: 1 },
        validProfile('a'),
      ],
      junk: true,
    };
    const { value, problems } = salvageProgress(raw, NOW);
    expect(progressStateSchema.safeParse(value).success).toBe(true);
    expect(value.profiles.map((profile) => profile.id)).toEqual(['a', 'b']);
    expect(value.profiles[0]?.ticks).toEqual({ 'prepare-bn9': { done: true, at: AT, by: 'user' } });
    expect(value.profiles[1]).toEqual({
      id: 'b',
      label: null,
      role: null,
      createdAt: NOW.toISOString(),
      ticks: {},
    });
    expect(value.activeProfileId).toBe('a');
    expect(problems).toEqual([
      'progress.profiles[0] (a).ticks: 2 invalid item(s) dropped',
      'progress.profiles[1]: string instead of a profile, dropped',
      'progress.profiles[2]: no valid id, dropped',
      'progress.profiles[3] (b).label: invalid, default name used',
      'progress.profiles[3] (b).role: invalid, role cleared',
      'progress.profiles[3] (b).createdAt: invalid, set to now',
      'progress.profiles[3] (b): 1 unknown field(s) dropped',
      'progress.profiles[4] (a): duplicate id, dropped',
      'progress.activeProfileId: unknown, first profile chosen',
      'progress: 1 unknown field(s) dropped',
    ]);
  });

  it('never lets a __proto__ tick key reach the prototype', () => {
    const raw = JSON.parse(
      `{"activeProfileId":"a","profiles":[{"id":"a","label":null,"role":null,"createdAt":"${AT}","ticks":{"__proto__":{"polluted":true},"prepare-bn9":{"done":true,"at":"${AT}","by":"user"}}}]}`,
    );
    const { value } = salvageProgress(raw, NOW);
    const ticks = value.profiles[0]?.ticks ?? {};
    expect(Object.keys(ticks)).toEqual(['prepare-bn9']);
    expect(Object.getPrototypeOf(ticks)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('forgets an invalid last visit but keeps the profile', () => {
    const raw = {
      activeProfileId: 'a',
      profiles: [{ ...validProfile('a'), lastVisit: { at: AT, page: 'moon' } }],
    };
    const { value, problems } = salvageProgress(raw, NOW);
    expect(value.profiles[0]?.lastVisit).toBeUndefined();
    expect(value.profiles[0]?.label).toBe('Business a');
    expect(problems).toEqual(['progress.profiles[0] (a).lastVisit: invalid, forgotten']);
  });

  it('keeps the first 50 profiles of a list that is too long', () => {
    const raw = {
      activeProfileId: 'p0',
      profiles: Array.from({ length: 52 }, (_, index) => validProfile(`p${index}`)),
    };
    const { value, problems } = salvageProgress(raw, NOW);
    expect(value.profiles).toHaveLength(50);
    expect(problems).toHaveLength(2);
  });
});

describe('salvageSettings', () => {
  it('keeps valid fields, defaults the invalid ones', () => {
    const raw = {
      language: 'de',
      help: { pageTips: false, fieldTips: 'no', checklist: false },
      overlay: 'left',
      reminders: { enabled: true, daysBefore: [30, 0, 7, 7, 'x', 90, 1], kinds: ['soa', 'birthday', 'soa'] },
      theme: 'dark',
    };
    const { value, problems } = salvageSettings(raw);
    expect(value).toEqual({
      language: 'portal',
      help: { pageTips: false, fieldTips: true, checklist: false, formatHints: true },
      overlay: DEFAULT_SETTINGS.overlay,
      reminders: { enabled: true, daysBefore: [30, 7, 1], kinds: ['soa'] },
    });
    expect(problems).toEqual([
      'settings.language: invalid, default used',
      'settings.help.fieldTips: invalid, default used',
      'settings.help.formatHints: missing, default used',
      'settings.overlay: string instead of an object, defaults used',
      'settings.reminders.daysBefore: invalid entries dropped',
      'settings.reminders.kinds: invalid entries dropped',
      'settings: 1 unknown field(s) dropped',
    ]);
  });

  it('keeps at most five reminder days', () => {
    const raw = {
      ...structuredClone(DEFAULT_SETTINGS),
      reminders: { ...DEFAULT_SETTINGS.reminders, daysBefore: [1, 2, 3, 4, 5, 6, 7] },
    };
    expect(salvageSettings(raw).value.reminders.daysBefore).toEqual([1, 2, 3, 4, 5]);
  });

  it('returns defaults for garbage, and a copy that cannot change the defaults', () => {
    const { value, problems } = salvageSettings('garbage');
    expect(value).toEqual(DEFAULT_SETTINGS);
    expect(value).not.toBe(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    value.help.pageTips = false;
    expect(DEFAULT_SETTINGS.help.pageTips).toBe(true);
  });
});

describe('salvageUserDeadlines and salvageProblems', () => {
  it('keeps valid deadlines and drops invalid or duplicate ones', () => {
    const good = { id: 'd1', title: 'Pay the statement', at: AT };
    const { value, problems } = salvageUserDeadlines([good, { id: 'd2', title: '', at: AT }, good, 'x']);
    expect(value).toEqual([good]);
    expect(problems).toEqual([
      'userDeadlines[1]: invalid, dropped',
      'userDeadlines[2]: duplicate id, dropped',
      'userDeadlines[3]: invalid, dropped',
    ]);
  });

  it('empties a deadline list that is not a list', () => {
    expect(salvageUserDeadlines({ d1: {} })).toEqual({
      value: [],
      problems: ['userDeadlines: object instead of a list, emptied'],
    });
  });

  it('discards an unreadable recovery report', () => {
    expect(salvageProblems({ at: 'now', problems: 'many' }).value).toBeNull();
    expect(salvageProblems(null)).toEqual({ value: null, problems: [] });
  });

  it('caps a very long report', () => {
    const report = toReport(
      Array.from({ length: 250 }, (_, index) => `problem ${index}`),
      NOW,
    );
    expect(report?.problems).toHaveLength(100);
    expect(report?.problems.at(-1)).toBe('…and 151 more');
  });
});

// Issue 15, finding 5: only items the guide has are kept, and the report says how many were dropped.
describe('salvageProgress: items the guide does not have', () => {
  it('drops made-up ticks from otherwise valid progress, with a notice, and keeps the rest', () => {
    const raw = {
      activeProfileId: 'a',
      profiles: [
        {
          ...validProfile('a'),
          ticks: {
            'prepare-bn9': { done: true, at: AT, by: 'user' },
            ...Object.fromEntries(
              Array.from({ length: 500 - 1 }, (_, i) => [`made-up-${i}`, { done: true, at: AT, by: 'user' }]),
            ),
          },
        },
      ],
    };
    const { value, problems } = salvageProgress(raw, NOW);
    expect(Object.keys(value.profiles[0]?.ticks ?? {})).toEqual(['prepare-bn9']);
    expect(problems).toEqual(['progress.profiles (a).ticks: 499 item(s) the guide does not have dropped']);
  });

  it('says nothing when every tick is known', () => {
    const raw = {
      activeProfileId: 'a',
      profiles: [{ ...validProfile('a'), ticks: { 'prepare-rm': { done: false, at: AT, by: 'user' } } }],
    };
    expect(salvageProgress(raw, NOW).problems).toEqual([]);
  });
});
