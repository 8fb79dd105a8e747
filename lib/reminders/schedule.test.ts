import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from './sample-snapshot';
import {
  alarmPlan,
  dueReminder,
  MAX_REMINDER_ALARMS,
  parseReminderName,
  plannedReminders,
  REFRESH_ALARM,
  reminderName,
  reminderTargets,
} from './schedule';

const NOW = new Date('2026-11-26T12:00:00-05:00');
const on = (extra: Parameters<typeof sampleSnapshot>[0] = {}) =>
  sampleSnapshot({ ...extra, reminders: { enabled: true, ...extra.reminders } });
const iso = (ms: number) => new Date(ms).toISOString();

describe('plannedReminders', () => {
  it('plans one reminder per deadline and "days before", at the deadline minus those days, future ones only', () => {
    const planned = plannedReminders(
      on({ reminders: { daysBefore: [7, 1], kinds: ['payment', 'soa'] } }),
      NOW,
    );
    expect(planned.map((p) => [p.name, iso(p.when)])).toEqual([
      // The 7-day reminder for the December 1 payment (November 24) has passed, so only the 1-day one is left.
      ['reminder:payment-2026-11:1', '2026-11-30T21:00:00.000Z'],
      ['reminder:soa-2026-12:7', '2026-12-18T05:00:00.000Z'],
      ['reminder:soa-2026-12:1', '2026-12-24T05:00:00.000Z'],
      ['reminder:payment-2026-12:7', '2026-12-24T21:00:00.000Z'],
      ['reminder:payment-2026-12:1', '2026-12-30T21:00:00.000Z'],
      ['reminder:soa-2027-01:7', '2027-01-18T05:00:00.000Z'],
      ['reminder:payment-2027-01:7', '2027-01-22T21:00:00.000Z'],
      ['reminder:soa-2027-01:1', '2027-01-24T05:00:00.000Z'],
      ['reminder:payment-2027-01:1', '2027-01-28T21:00:00.000Z'],
      ['reminder:soa-2027-02:7', '2027-02-18T05:00:00.000Z'],
      ['reminder:soa-2027-02:1', '2027-02-24T05:00:00.000Z'],
    ]);
  });

  it('reminds of a payment once per billing period, in time for the earlier (cheque) cut-off', () => {
    const planned = plannedReminders(on({ reminders: { daysBefore: [1], kinds: ['payment'] } }), NOW);
    const first = planned[0];
    expect(first?.name).toBe('reminder:payment-2026-11:1');
    // Tuesday December 1, 2026, 4:00 p.m. ET, minus one day.
    expect(iso(first?.when ?? 0)).toBe('2026-11-30T21:00:00.000Z');
    expect(planned.filter((p) => p.targetId === 'payment-2026-11')).toHaveLength(1);
  });

  it('plans nothing when reminders are off, or no kind or day is chosen', () => {
    expect(plannedReminders(sampleSnapshot(), NOW)).toEqual([]);
    expect(plannedReminders(on({ reminders: { kinds: [] } }), NOW)).toEqual([]);
    expect(plannedReminders(on({ reminders: { daysBefore: [] } }), NOW)).toEqual([]);
  });

  it('only plans the kinds that are turned on', () => {
    const snapshot = on({
      reminders: { kinds: ['custom', 'inactivity'], daysBefore: [7] },
      userDeadlines: [{ id: 'bond', title: 'Renew the bond', at: '2026-12-10T15:00:00.000Z' }],
      profile: { lastVisit: { at: '2026-06-10T13:00:00.000Z', page: 'portal-home', lang: 'en' } },
    });
    expect(plannedReminders(snapshot, NOW).map((p) => p.name)).toEqual([
      'reminder:inactivity:7',
      'reminder:bond:7',
    ]);
  });

  it('keeps the wall-clock time across a daylight saving change', () => {
    // 9:00 a.m. EDT on March 16, 2027; seven days earlier Toronto is still on EST.
    const snapshot = on({
      reminders: { kinds: ['custom'], daysBefore: [7] },
      userDeadlines: [{ id: 'audit', title: 'Audit', at: '2027-03-16T13:00:00.000Z' }],
    });
    expect(plannedReminders(snapshot, NOW).map((p) => iso(p.when))).toEqual(['2027-03-09T14:00:00.000Z']);
  });

  it('gives stable names, so planning twice gives the same reminders and never duplicates', () => {
    const snapshot = on({
      reminders: { daysBefore: [30, 7, 1] },
      userDeadlines: [{ id: 'bond', title: 'Renew', at: '2026-12-10T15:00:00.000Z' }],
    });
    const first = plannedReminders(snapshot, NOW);
    const again = plannedReminders(snapshot, new Date(NOW.getTime() + 60_000));
    expect(again).toEqual(first);
    expect(new Set(first.map((p) => p.name)).size).toBe(first.length);
  });

  it(`plans at most ${MAX_REMINDER_ALARMS} reminders, the soonest first`, () => {
    const userDeadlines = Array.from({ length: 40 }, (_, i) => ({
      id: `d${i}`,
      title: `Deadline ${i}`,
      at: new Date(Date.UTC(2027, 0, 1 + i, 15)).toISOString(),
    }));
    const planned = plannedReminders(on({ reminders: { daysBefore: [7, 1] }, userDeadlines }), NOW);
    expect(planned).toHaveLength(MAX_REMINDER_ALARMS);
    const times = planned.map((p) => p.when);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('reminder names', () => {
  it('round-trips a name to its deadline id and number of days', () => {
    expect(reminderName('soa-2026-12', 7)).toBe('reminder:soa-2026-12:7');
    expect(parseReminderName('reminder:soa-2026-12:7')).toEqual({ targetId: 'soa-2026-12', days: 7 });
    expect(parseReminderName('reminder:bad id:7')).toBeUndefined();
    expect(parseReminderName(REFRESH_ALARM)).toBeUndefined();
  });
});

describe('alarmPlan', () => {
  const wanted = [
    { name: 'reminder:soa-2026-12:7', targetId: 'soa-2026-12', days: 7, when: 1000_000 },
    { name: 'reminder:soa-2026-12:1', targetId: 'soa-2026-12', days: 1, when: 2000_000 },
  ];

  it('creates missing alarms and the refresh alarm when nothing is scheduled', () => {
    const plan = alarmPlan([], wanted, true);
    expect(plan.clear).toEqual([]);
    expect(plan.create.map((c) => c.name)).toEqual([
      'reminder:soa-2026-12:7',
      'reminder:soa-2026-12:1',
      REFRESH_ALARM,
    ]);
  });

  it('changes nothing when the alarms already match (idempotent)', () => {
    const existing = [
      ...wanted.map((w) => ({ name: w.name, scheduledTime: w.when })),
      { name: REFRESH_ALARM, scheduledTime: 5, periodInMinutes: 720 },
    ];
    expect(alarmPlan(existing, wanted, true)).toEqual({ clear: [], create: [] });
  });

  it('clears our alarms that are no longer wanted, and leaves other alarms alone', () => {
    const existing = [
      { name: 'reminder:bond:7', scheduledTime: 10 },
      { name: 'someone-elses-alarm', scheduledTime: 10 },
      { name: REFRESH_ALARM, scheduledTime: 5 },
    ];
    const plan = alarmPlan(existing, [], false);
    expect(plan.clear).toEqual(['reminder:bond:7', REFRESH_ALARM]);
    expect(plan.create).toEqual([]);
  });

  it('re-creates an alarm whose deadline moved', () => {
    const existing = [{ name: 'reminder:soa-2026-12:7', scheduledTime: 999_000 }];
    const plan = alarmPlan(existing, wanted.slice(0, 1), false);
    expect(plan.create).toEqual([{ name: 'reminder:soa-2026-12:7', when: 1000_000 }]);
  });
});

describe('dueReminder', () => {
  const snapshot = on({ reminders: { daysBefore: [7, 1] } });
  const fired = new Date('2026-12-18T05:00:00.000Z');

  it('is due when its time has come and the deadline is still ahead', () => {
    const due = dueReminder('reminder:soa-2026-12:7', snapshot, fired);
    expect(due?.target.id).toBe('soa-2026-12');
    expect(due?.key).toBe('reminder:soa-2026-12:7@2026-12-18T05:00:00.000Z');
  });

  it('is not due once the deadline has passed (a late alarm after sleep), or before its time', () => {
    expect(
      dueReminder('reminder:payment-2026-11:1', snapshot, new Date('2026-12-02T12:00:00Z')),
    ).toBeUndefined();
    expect(dueReminder('reminder:soa-2026-12:7', snapshot, new Date('2026-12-17T05:00:00Z'))).toBeUndefined();
  });

  it('is not due when reminders, the kind or the number of days were turned off since', () => {
    expect(dueReminder('reminder:soa-2026-12:7', sampleSnapshot(), fired)).toBeUndefined();
    const noSoa = on({ reminders: { kinds: ['payment'] } });
    expect(dueReminder('reminder:soa-2026-12:7', noSoa, fired)).toBeUndefined();
    const oneDay = on({ reminders: { daysBefore: [1] } });
    expect(dueReminder('reminder:soa-2026-12:7', oneDay, fired)).toBeUndefined();
  });

  it('gives a moved inactivity deadline a new key, so its reminder can show again', () => {
    const keyAfterVisit = (at: string) => {
      const snap = on({
        reminders: { kinds: ['inactivity'], daysBefore: [7] },
        profile: { lastVisit: { at, page: 'portal-home', lang: 'en' } },
      });
      const target = reminderTargets(snap, NOW).find((t) => t.id === 'inactivity');
      const when = new Date((target?.at.getTime() ?? 0) - 7 * 86_400_000 + 1000);
      return dueReminder('reminder:inactivity:7', snap, when)?.key;
    };
    const first = keyAfterVisit('2026-06-10T13:00:00.000Z');
    const later = keyAfterVisit('2026-07-10T13:00:00.000Z');
    expect(first).toBe('reminder:inactivity:7@2026-11-30T05:00:00.000Z');
    expect(later).toBe('reminder:inactivity:7@2026-12-30T05:00:00.000Z');
  });
});
