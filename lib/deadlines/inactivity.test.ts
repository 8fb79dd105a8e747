import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { easternDayKey } from './eastern-time';
import { daysLeft, INACTIVITY_SOURCE, inactivityDeadline } from './inactivity';

/** Oracle: the calendar day 180 days after `day`, walked in UTC arithmetic. */
const plus180 = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day + 180)).toISOString().slice(0, 10);

describe('inactivityDeadline', () => {
  it('is 00:00 Eastern on the 180th day after the Eastern day of the last sign-in', () => {
    const deadline = inactivityDeadline(new Date('2026-11-26T12:00:00-05:00'));
    expect(easternDayKey(deadline)).toBe(plus180(2026, 11, 26));
    expect(deadline.toISOString()).toBe('2027-05-25T04:00:00.000Z'); // midnight EDT, after the March change
  });

  it('counts by Eastern days, whatever time of day the user signed in', () => {
    const early = inactivityDeadline(new Date('2026-06-10T00:05:00-04:00'));
    const late = inactivityDeadline(new Date('2026-06-10T23:55:00-04:00'));
    expect(early.toISOString()).toBe(late.toISOString());
    expect(early.toISOString()).toBe('2026-12-07T05:00:00.000Z'); // midnight EST, after the November change
  });

  it('is sourced', () => {
    expect(INACTIVITY_SOURCE.url).toBe(
      'https://cscb.ca/fr/article/carm-client-portal-de-activation-inactive-user-profiles',
    );
  });
});

describe('daysLeft', () => {
  const lastVisit = new Date('2026-06-10T09:00:00-04:00');

  it('is 180 on the day of the sign-in and 1 on the last safe day', () => {
    expect(daysLeft(lastVisit, new Date('2026-06-10T22:00:00-04:00'))).toBe(180);
    expect(daysLeft(lastVisit, new Date('2026-12-06T23:59:00-05:00'))).toBe(1);
  });

  it('is 0 from the deadline day on, never negative', () => {
    expect(daysLeft(lastVisit, new Date('2026-12-07T00:00:00-05:00'))).toBe(0);
    expect(daysLeft(lastVisit, new Date('2027-06-01T00:00:00-04:00'))).toBe(0);
  });
});

describe('for a user in Asia/Tokyo', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('uses the Eastern day of the sign-in, not the Tokyo day', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-540);
    // 12:30 p.m. June 11 in Tokyo is 11:30 p.m. June 10 in Toronto.
    expect(inactivityDeadline(new Date('2026-06-11T12:30:00+09:00')).toISOString()).toBe(
      '2026-12-07T05:00:00.000Z',
    );
    expect(daysLeft(new Date('2026-06-11T12:30:00+09:00'), new Date('2026-12-07T13:00:00+09:00'))).toBe(1);
  });
});
