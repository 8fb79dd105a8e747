import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countdownParts, formatAgo, formatCountdown, formatDate } from './countdown';
import { easternInstant } from './eastern-time';

const NOW = new Date('2026-11-26T12:00:00-05:00');

describe('countdownParts', () => {
  it('splits the time left into days, hours and minutes, rounded down', () => {
    const at = new Date('2026-11-29T16:12:59-05:00');
    expect(countdownParts(NOW, at)).toEqual({ days: 3, hours: 4, minutes: 12, past: false });
  });

  it('flags a deadline that has passed and counts the time since', () => {
    expect(countdownParts(NOW, new Date('2026-11-25T11:00:00-05:00'))).toEqual({
      days: 1,
      hours: 1,
      minutes: 0,
      past: true,
    });
  });

  it('counts real elapsed time across the November clock change (that Sunday has 25 hours)', () => {
    const before = new Date('2026-10-31T12:00:00-04:00');
    const after = new Date('2026-11-01T12:00:00-05:00');
    expect(countdownParts(before, after)).toEqual({ days: 1, hours: 1, minutes: 0, past: false });
  });
});

describe('formatCountdown', () => {
  it('writes days, hours and minutes in English and French', () => {
    const parts = { days: 3, hours: 4, minutes: 12, past: false };
    expect(formatCountdown(parts, 'en')).toBe('3 days, 4 hours, 12 minutes');
    expect(formatCountdown(parts, 'fr')).toBe('3 jours, 4 heures et 12 minutes');
  });

  it('uses the singular for one in both languages', () => {
    const parts = { days: 1, hours: 1, minutes: 1, past: false };
    expect(formatCountdown(parts, 'en')).toBe('1 day, 1 hour, 1 minute');
    expect(formatCountdown(parts, 'fr')).toBe('1 jour, 1 heure et 1 minute');
  });

  it('leaves out units that are zero', () => {
    const parts = { days: 2, hours: 0, minutes: 5, past: false };
    expect(formatCountdown(parts, 'en')).toBe('2 days, 5 minutes');
    expect(formatCountdown(parts, 'fr')).toBe('2 jours et 5 minutes');
    expect(formatCountdown({ days: 0, hours: 7, minutes: 0, past: false }, 'fr')).toBe('7 heures');
  });

  it('says "less than a minute" rather than "0 minutes"', () => {
    const parts = { days: 0, hours: 0, minutes: 0, past: false };
    expect(formatCountdown(parts, 'en')).toBe('less than a minute');
    expect(formatCountdown(parts, 'fr')).toBe('moins d’une minute');
  });

  it('groups thousands the Canadian way in each language', () => {
    const parts = { days: 1000, hours: 0, minutes: 0, past: false };
    expect(formatCountdown(parts, 'en')).toBe('1,000 days');
    expect(formatCountdown(parts, 'fr')).toMatch(/^1\s000 jours$/u);
  });
});

describe('formatAgo', () => {
  it('says how long ago the RPP transition ended, in both languages', () => {
    const then = new Date('2025-05-20T03:00:00-04:00');
    expect(formatAgo(then, NOW, 'en')).toBe('ended 1 year, 6 months ago');
    expect(formatAgo(then, NOW, 'fr')).toBe('a pris fin il y a 1 an et 6 mois');
  });

  it('gets plurals right and can leave out "ended" for milestones', () => {
    const goLive = new Date('2024-10-21T00:00:00-04:00');
    expect(formatAgo(goLive, NOW, 'en', 'plain')).toBe('2 years, 1 month ago');
    expect(formatAgo(goLive, NOW, 'fr', 'plain')).toBe('il y a 2 ans et 1 mois');
  });

  it('keeps only the two largest units and skips a zero second unit', () => {
    expect(formatAgo(new Date('2026-11-26T09:00:00-05:00'), NOW, 'en')).toBe('ended 3 hours ago');
    expect(formatAgo(new Date('2026-11-24T11:30:00-05:00'), NOW, 'fr')).toBe('a pris fin il y a 2 jours');
    expect(formatAgo(new Date('2025-11-26T12:00:00-05:00'), NOW, 'en', 'plain')).toBe('1 year ago');
  });

  it('handles "just now" and future dates', () => {
    expect(formatAgo(NOW, NOW, 'en')).toBe('ended less than a minute ago');
    expect(formatAgo(new Date('2026-11-29T12:00:00-05:00'), NOW, 'en')).toBe('in 3 days');
    expect(formatAgo(new Date('2026-11-29T12:00:00-05:00'), NOW, 'fr')).toBe('dans 3 jours');
  });
});

describe('formatDate', () => {
  const electronic = easternInstant({ year: 2026, month: 12, day: 1, hour: 23, minute: 59 });
  const cheque = easternInstant({ year: 2026, month: 12, day: 1, hour: 16 });

  it('names the Eastern date, time and zone in English', () => {
    expect(formatDate(electronic, 'en')).toBe('Tuesday, December 1, 2026, 11:59 p.m. ET');
    expect(formatDate(cheque, 'en')).toBe('Tuesday, December 1, 2026, 4:00 p.m. ET');
  });

  it('names the Eastern date, time and zone in French, with "1er" and "16 h"', () => {
    expect(formatDate(electronic, 'fr')).toBe('mardi 1er décembre 2026, 23\u00a0h\u00a059 HE');
    expect(formatDate(cheque, 'fr')).toBe('mardi 1er décembre 2026, 16\u00a0h HE');
  });

  it('gives November 28, 2026 its real weekday (a Saturday)', () => {
    const at = easternInstant({ year: 2026, month: 11, day: 28, hour: 23, minute: 59 });
    expect(formatDate(at, 'en')).toBe('Saturday, November 28, 2026, 11:59 p.m. ET');
    expect(formatDate(at, 'fr')).toBe('samedi 28 novembre 2026, 23\u00a0h\u00a059 HE');
  });

  it('writes midnight, noon and early morning correctly', () => {
    const midnight = easternInstant({ year: 2024, month: 10, day: 21 });
    const noon = easternInstant({ year: 2024, month: 10, day: 18, hour: 12 });
    const threeAm = easternInstant({ year: 2025, month: 5, day: 20, hour: 3 });
    expect(formatDate(midnight, 'en')).toBe('Monday, October 21, 2024, 12:00 a.m. ET');
    expect(formatDate(midnight, 'fr')).toBe('lundi 21 octobre 2024, 0\u00a0h HE');
    expect(formatDate(noon, 'en')).toBe('Friday, October 18, 2024, 12:00 p.m. ET');
    expect(formatDate(noon, 'fr')).toBe('vendredi 18 octobre 2024, 12\u00a0h HE');
    expect(formatDate(threeAm, 'fr')).toBe('mardi 20 mai 2025, 3\u00a0h HE');
  });

  it('gives the date alone for day-precision entries', () => {
    expect(formatDate(electronic, 'en', 'day')).toBe('Tuesday, December 1, 2026');
    expect(formatDate(electronic, 'fr', 'day')).toBe('mardi 1er décembre 2026');
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

    it('still shows Eastern time (it is already Wednesday in Tokyo)', () => {
      expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-540);
      expect(formatDate(electronic, 'en')).toBe('Tuesday, December 1, 2026, 11:59 p.m. ET');
      expect(formatDate(electronic, 'fr')).toBe('mardi 1er décembre 2026, 23\u00a0h\u00a059 HE');
    });
  });
});
