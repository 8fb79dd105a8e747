import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { easternDayKey, easternInstant } from './eastern-time';
import {
  billingPeriodEndingIn,
  billingPeriodFor,
  chequeCutoff,
  electronicCutoff,
  nextRecurringDeadlines,
  paymentDueDate,
  statementDate,
} from './payment-due-date';

/*
 * Zone independence: every expectation is an absolute instant (ISO 'Z' strings) or a wall clock read back through
 * Intl with timeZone 'America/Toronto', never the machine's local getters. The "user in another time zone" block
 * switches process.env.TZ (Node re-reads it on assignment, which vi.stubEnv alone does not guarantee for Date),
 * checks that the switch took effect, and reruns the rule. To run the whole folder in another zone:
 *   TZ=Asia/Tokyo npx vitest run lib/deadlines
 */

/** Oracle, independent of the code under test: walk calendar days from the 17th in UTC, counting Monday–Friday. */
function expectedDueDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month - 1, 17));
  let weekdays = 0;
  while (weekdays < 10) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) weekdays += 1;
  }
  return day.toISOString().slice(0, 10);
}

const torontoParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 'YYYY-MM-DD HH:mm:ss' on Toronto clocks, read through Intl only. */
function torontoWallClock(instant: Date): string {
  const part = (type: string) => torontoParts.formatToParts(instant).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** 48 consecutive months, November 2024 to October 2028 (CARM rules apply from October 21, 2024). */
const MONTHS = Array.from({ length: 48 }, (_, i) => ({
  year: 2024 + Math.floor((10 + i) / 12),
  month: ((10 + i) % 12) + 1,
}));

function checkDueDatesOverManyMonths(): void {
  for (const { year, month } of MONTHS) {
    const period = billingPeriodEndingIn(year, month);
    const due = paymentDueDate(period);
    const expected = expectedDueDay(year, month);
    expect(easternDayKey(due), `${year}-${month}`).toBe(expected);
    expect(torontoWallClock(due)).toBe(`${expected} 00:00:00`);
    expect(torontoWallClock(electronicCutoff(due))).toBe(`${expected} 23:59:00`);
    expect(torontoWallClock(chequeCutoff(due))).toBe(`${expected} 16:00:00`);
  }
}

describe('paymentDueDate', () => {
  it('counts the 10th weekday after the 17th over 48 consecutive months, checked against a day-by-day walk', () => {
    expect(MONTHS).toHaveLength(48);
    expect(MONTHS[0]).toEqual({ year: 2024, month: 11 });
    expect(MONTHS[47]).toEqual({ year: 2028, month: 10 });
    checkDueDatesOverManyMonths();
  });

  it('matches the due dates CBSA and brokers published (Oct 31, 2024; Mar 31, 2025; Jan 30, 2026)', () => {
    // October 2024 SOA "issued 25 Oct, due 31 Oct" (docs/facts.md §1); CN 25-02 "the 31 Mar 2025 due date" (§1);
    // interest on balances "overdue as of 31 Jan 2026" means the January 2026 due date was January 30 (§1).
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2024, 10)))).toBe('2024-10-31');
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2025, 3)))).toBe('2025-03-31');
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2026, 1)))).toBe('2026-01-30');
  });

  it('counts the 10th weekday after the 17th, holidays included', () => {
    // Christmas (Fri Dec 25, 2026) and Boxing Day observed (Mon Dec 28) still count: Dec 31, not Jan 4, 2027.
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2026, 12)))).toBe('2026-12-31');
    // 2027: Christmas and Boxing Day fall on a weekend and are observed Mon 27 and Tue 28; both count: Dec 31.
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2027, 12)))).toBe('2027-12-31');
  });

  it('keeps a due date that is itself a holiday (Canada Day 2027) rather than moving it later', () => {
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2027, 6)))).toBe('2027-07-01');
  });

  it('is not the "18th business day" of the month', () => {
    // November 2026: any "18th business day of the month" reading lands in late November; the rule gives Tue Dec 1.
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2026, 11)))).toBe('2026-12-01');
  });

  it('starts counting on the Monday when the 17th is a Saturday', () => {
    expect(new Date(Date.UTC(2026, 0, 17)).getUTCDay()).toBe(6);
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2026, 1)))).toBe('2026-01-30');
  });

  it('starts counting on the Monday when the 17th is a Sunday, even if that Monday is Victoria Day', () => {
    expect(new Date(Date.UTC(2026, 4, 17)).getUTCDay()).toBe(0);
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2026, 5)))).toBe('2026-05-29');
  });

  it('rolls over month ends and counts February 29 in a leap year', () => {
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2027, 2)))).toBe('2027-03-03');
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2028, 2)))).toBe('2028-03-02');
    expect(easternDayKey(paymentDueDate(billingPeriodEndingIn(2026, 12)))).toBe('2026-12-31');
  });
});

describe('billingPeriodFor', () => {
  it('puts the 18th to the 17th of the next month in one period, by Eastern days', () => {
    const period = billingPeriodFor(new Date('2026-11-26T17:00:00Z'));
    expect(period.key).toBe('2026-12');
    expect(period.start.toISOString()).toBe('2026-11-18T05:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-12-18T04:59:59.999Z');
  });

  it('keeps a period exact across the November daylight-saving change (it is not a whole number of 24 h days)', () => {
    const period = billingPeriodEndingIn(2026, 11);
    expect(period.start.toISOString()).toBe('2026-10-18T04:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-11-18T04:59:59.999Z');
    expect(torontoWallClock(period.start)).toBe('2026-10-18 00:00:00');
    expect(torontoWallClock(period.end)).toBe('2026-11-17 23:59:59');
  });

  it('uses the Eastern date: 11:30 p.m. ET on the 17th is still in the period ending that day', () => {
    // 04:30 UTC on Nov 18 is 11:30 p.m. EST on Nov 17; a user in Tokyo already sees the afternoon of the 18th.
    expect(billingPeriodFor(new Date('2026-11-18T04:30:00Z')).key).toBe('2026-11');
    expect(billingPeriodFor(new Date('2026-11-18T05:00:00Z')).key).toBe('2026-12');
  });

  it('handles month ends and the year end', () => {
    expect(billingPeriodFor(easternInstant({ year: 2027, month: 1, day: 31, hour: 12 })).key).toBe('2027-02');
    const december = billingPeriodFor(
      easternInstant({ year: 2026, month: 12, day: 31, hour: 23, minute: 59 }),
    );
    expect(december.key).toBe('2027-01');
    expect(torontoWallClock(december.start)).toBe('2026-12-18 00:00:00');
    expect(torontoWallClock(december.end)).toBe('2027-01-17 23:59:59');
    expect(billingPeriodEndingIn(2027, 13).key).toBe('2028-01');
    expect(billingPeriodEndingIn(2027, 0).key).toBe('2026-12');
  });
});

describe('statementDate', () => {
  it('is the 25th of the month the period ends in', () => {
    expect(torontoWallClock(statementDate(billingPeriodEndingIn(2026, 12)))).toBe('2026-12-25 00:00:00');
    expect(torontoWallClock(statementDate(billingPeriodEndingIn(2027, 3)))).toBe('2027-03-25 00:00:00');
  });
});

describe('cut-offs across daylight-saving changes', () => {
  it('stays at 4:00 p.m. and 11:59 p.m. Eastern on both sides of the November change', () => {
    const october = paymentDueDate(billingPeriodEndingIn(2026, 10)); // Fri Oct 30, 2026, EDT
    const november = paymentDueDate(billingPeriodEndingIn(2026, 11)); // Tue Dec 1, 2026, EST
    expect(chequeCutoff(october).toISOString()).toBe('2026-10-30T20:00:00.000Z');
    expect(electronicCutoff(october).toISOString()).toBe('2026-10-31T03:59:00.000Z');
    expect(chequeCutoff(november).toISOString()).toBe('2026-12-01T21:00:00.000Z');
    expect(electronicCutoff(november).toISOString()).toBe('2026-12-02T04:59:00.000Z');
  });

  it('stays at 4:00 p.m. and 11:59 p.m. Eastern on both sides of the March change', () => {
    const february = paymentDueDate(billingPeriodEndingIn(2027, 2)); // Wed Mar 3, 2027, EST
    const march = paymentDueDate(billingPeriodEndingIn(2027, 3)); // Wed Mar 31, 2027, EDT
    expect(chequeCutoff(february).toISOString()).toBe('2027-03-03T21:00:00.000Z');
    expect(electronicCutoff(february).toISOString()).toBe('2027-03-04T04:59:00.000Z');
    expect(chequeCutoff(march).toISOString()).toBe('2027-03-31T20:00:00.000Z');
    expect(electronicCutoff(march).toISOString()).toBe('2027-04-01T03:59:00.000Z');
  });

  it('keeps the Eastern wall clock on the very days the clocks change', () => {
    const fallBack = easternInstant({ year: 2026, month: 11, day: 1 });
    const springForward = easternInstant({ year: 2027, month: 3, day: 14 });
    expect(torontoWallClock(electronicCutoff(fallBack))).toBe('2026-11-01 23:59:00');
    expect(electronicCutoff(fallBack).toISOString()).toBe('2026-11-02T04:59:00.000Z');
    expect(torontoWallClock(chequeCutoff(springForward))).toBe('2027-03-14 16:00:00');
    expect(chequeCutoff(springForward).toISOString()).toBe('2027-03-14T20:00:00.000Z');
  });

  it('reads the Eastern day of whatever instant it is given for the due day', () => {
    const lateEvening = new Date('2026-12-02T03:30:00Z'); // 10:30 p.m. EST on Dec 1
    expect(electronicCutoff(lateEvening).toISOString()).toBe('2026-12-02T04:59:00.000Z');
  });
});

describe('nextRecurringDeadlines', () => {
  it('lists the next SOA date and payment cut-offs on 2026-11-26 at noon ET, sorted', () => {
    const now = new Date('2026-11-26T12:00:00-05:00');
    const next = nextRecurringDeadlines(now, 4);
    expect(next.map((d) => [d.id, d.at.toISOString()])).toEqual([
      ['payment-cheque-2026-11', '2026-12-01T21:00:00.000Z'],
      ['payment-electronic-2026-11', '2026-12-02T04:59:00.000Z'],
      ['soa-2026-12', '2026-12-25T05:00:00.000Z'],
      ['payment-cheque-2026-12', '2026-12-31T21:00:00.000Z'],
    ]);
    expect(next[0]?.period.start.toISOString()).toBe('2026-10-18T04:00:00.000Z');
    expect(next[0]?.source.url).toBe('https://cbsa-asfc.gc.ca/prog/arl-glcc/pay-paie-eng.html');
    expect(next[2]?.source.url).toBe('https://www.cbsa-asfc.gc.ca/prog/arl-glcc/dnsa-aqrc-eng.html');
    expect(next[0]?.detail.en).toBe('For goods released from October 18 to November 17, 2026.');
    expect(next[0]?.detail.fr).toBe(
      'Pour les marchandises dont la mainlevée a eu lieu du 18 octobre au 17 novembre 2026.',
    );
  });

  it('lists the February 2027 SOA and its March 3 due date on 2027-02-20 at 9:00 ET', () => {
    const next = nextRecurringDeadlines(new Date('2027-02-20T09:00:00-05:00'), 3);
    expect(next.map((d) => [d.id, d.at.toISOString()])).toEqual([
      ['soa-2027-02', '2027-02-25T05:00:00.000Z'],
      ['payment-cheque-2027-02', '2027-03-03T21:00:00.000Z'],
      ['payment-electronic-2027-02', '2027-03-04T04:59:00.000Z'],
    ]);
  });

  it('still lists the payment of the period that just ended on 2027-12-18 at 00:30 ET', () => {
    const next = nextRecurringDeadlines(new Date('2027-12-18T00:30:00-05:00'), 3);
    expect(next.map((d) => [d.id, d.at.toISOString()])).toEqual([
      ['soa-2027-12', '2027-12-25T05:00:00.000Z'],
      ['payment-cheque-2027-12', '2027-12-31T21:00:00.000Z'],
      ['payment-electronic-2027-12', '2028-01-01T04:59:00.000Z'],
    ]);
    expect(next[0]?.detail.en).toBe('For goods released from November 18 to December 17, 2027.');
  });

  it('keeps the SOA listed for the whole 25th and drops each payment at its own cut-off', () => {
    const soaEvening = nextRecurringDeadlines(new Date('2026-12-25T23:00:00-05:00'), 1);
    expect(soaEvening[0]?.id).toBe('soa-2026-12');
    const afterCheques = nextRecurringDeadlines(new Date('2026-12-31T16:00:01-05:00'), 1);
    expect(afterCheques[0]?.id).toBe('payment-electronic-2026-12');
    const afterAll = nextRecurringDeadlines(new Date('2026-12-31T23:59:01-05:00'), 1);
    expect(afterAll[0]?.id).toBe('soa-2027-01');
  });

  it('returns exactly `count` entries, in time order, crossing the year end', () => {
    const next = nextRecurringDeadlines(new Date('2026-11-26T12:00:00-05:00'), 12);
    expect(next).toHaveLength(12);
    const times = next.map((d) => d.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(next.map((d) => d.id)).size).toBe(12);
    expect(nextRecurringDeadlines(new Date(), 0)).toEqual([]);
  });
});

describe.each([
  ['Asia/Tokyo', -540],
  ['America/Los_Angeles', 480],
  ['Pacific/Kiritimati', -840],
  ['Pacific/Pago_Pago', 660],
])('for a user whose computer is set to %s', (zone, januaryOffset) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('really runs in that zone', () => {
    expect(new Date('2027-01-15T12:00:00Z').getTimezoneOffset()).toBe(januaryOffset);
  });

  it('computes the same Eastern due dates and cut-offs over 48 months', () => {
    checkDueDatesOverManyMonths();
  });

  it('computes the same next deadlines from the same instant', () => {
    const next = nextRecurringDeadlines(new Date('2026-11-26T17:00:00Z'), 3);
    expect(next.map((d) => d.at.toISOString())).toEqual([
      '2026-12-01T21:00:00.000Z',
      '2026-12-02T04:59:00.000Z',
      '2026-12-25T05:00:00.000Z',
    ]);
    expect(billingPeriodFor(new Date('2026-11-18T04:30:00Z')).key).toBe('2026-11');
  });
});
