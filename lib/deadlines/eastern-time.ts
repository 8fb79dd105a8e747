import { TZDate, tz } from '@date-fns/tz';

/**
 * CBSA states its cut-offs in Eastern Time (Ottawa); America/Toronto is the IANA zone for it.
 * https://cbsa-asfc.gc.ca/prog/arl-glcc/pay-paie-eng.html
 */
export const EASTERN_ZONE = 'America/Toronto';
export type EasternZone = typeof EASTERN_ZONE;

/** date-fns context option, e.g. `addDays(d, 1, { in: inEastern })`, so date-fns counts days in Eastern time. */
export const inEastern = tz(EASTERN_ZONE);

/** A calendar day on the Eastern calendar (month 1–12), independent of the user's own zone. */
export interface EasternDay {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time in Eastern time; fields left out are 0. */
export interface EasternWallClock extends EasternDay {
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/**
 * The Eastern wall-clock time as a TZDate (its getters read Eastern time).
 * Out-of-range fields roll over as with Date (day 32 is the 1st of the next month).
 */
export function easternTime(wall: EasternWallClock): TZDate {
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = wall;
  return new TZDate(year, month - 1, day, hour, minute, second, millisecond, EASTERN_ZONE);
}

/** The instant at which Eastern clocks show `wall`, as a plain Date (safe to store, compare and send). */
export function easternInstant(wall: EasternWallClock): Date {
  return new Date(easternTime(wall).getTime());
}

/** The same instant as a TZDate, so getDate(), getHours()… read the Eastern wall clock. */
export function toEastern(instant: Date | number): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), EASTERN_ZONE);
}

/** The Eastern calendar day an instant falls on (in Tokyo it may already be "tomorrow"; CBSA counts Eastern days). */
export function easternDayOf(instant: Date | number): EasternDay {
  const e = toEastern(instant);
  return { year: e.getFullYear(), month: e.getMonth() + 1, day: e.getDate() };
}

/** 'YYYY-MM-DD' for an Eastern calendar day, used in ids and tests. */
export function formatEasternDay({ year, month, day }: EasternDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' of the Eastern calendar day an instant falls on. */
export function easternDayKey(instant: Date | number): string {
  return formatEasternDay(easternDayOf(instant));
}
