import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  easternDayKey,
  easternDayOf,
  easternInstant,
  easternTime,
  formatEasternDay,
  toEastern,
} from './eastern-time';

// Expectations are absolute instants ('Z' ISO strings), so they hold whatever zone the test machine uses.

describe('easternInstant', () => {
  it('builds the instant from an Eastern wall clock in daylight time (EDT, UTC−4)', () => {
    expect(easternInstant({ year: 2024, month: 10, day: 4, hour: 16 }).toISOString()).toBe(
      '2024-10-04T20:00:00.000Z',
    );
  });

  it('builds the instant from an Eastern wall clock in standard time (EST, UTC−5)', () => {
    expect(easternInstant({ year: 2026, month: 12, day: 1, hour: 23, minute: 59 }).toISOString()).toBe(
      '2026-12-02T04:59:00.000Z',
    );
  });

  it('returns a plain Date, and easternTime a TZDate whose getters read Eastern time', () => {
    const instant = easternInstant({ year: 2026, month: 3, day: 8, hour: 12 });
    expect(Object.getPrototypeOf(instant)).toBe(Date.prototype);
    const wall = easternTime({ year: 2026, month: 3, day: 8, hour: 12 });
    expect(wall.getHours()).toBe(12);
    expect(wall.getTime()).toBe(instant.getTime());
  });

  it('rolls over out-of-range fields like Date does', () => {
    expect(easternDayKey(easternInstant({ year: 2026, month: 13, day: 1 }))).toBe('2027-01-01');
    expect(easternDayKey(easternInstant({ year: 2027, month: 2, day: 29 }))).toBe('2027-03-01');
  });
});

describe('easternDayOf', () => {
  it('reads the Eastern calendar date, which can differ from the UTC date', () => {
    expect(easternDayOf(new Date('2026-11-27T04:30:00Z'))).toEqual({ year: 2026, month: 11, day: 26 });
    expect(easternDayOf(new Date('2026-11-27T05:00:00Z'))).toEqual({ year: 2026, month: 11, day: 27 });
  });

  it('reads the wall clock of an instant through toEastern', () => {
    const e = toEastern(new Date('2027-03-14T07:30:00Z')); // 3:30 a.m. EDT, just after spring forward
    expect([e.getHours(), e.getMinutes()]).toEqual([3, 30]);
  });

  it('formats days as YYYY-MM-DD', () => {
    expect(formatEasternDay({ year: 2027, month: 3, day: 4 })).toBe('2027-03-04');
  });
});

describe('in Asia/Tokyo', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the same instants and Eastern dates as anywhere else', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-540);
    expect(easternInstant({ year: 2026, month: 12, day: 1, hour: 16 }).toISOString()).toBe(
      '2026-12-01T21:00:00.000Z',
    );
    // 1:30 p.m. on Nov 27 in Tokyo is still 11:30 p.m. on Nov 26 in Toronto.
    expect(easternDayKey(new Date('2026-11-27T13:30:00+09:00'))).toBe('2026-11-26');
  });
});
