import type { Text } from '../i18n/text';
import { easternDayOf } from './eastern-time';

/**
 * The federal holidays a CARM due date (the 10th weekday after the 17th: the 28th to the 3rd) or a Statement of
 * Account date (the 25th) can fall on. Used only to add a caveat: the regulation counts holidays as weekdays, so a
 * due date can be a holiday (Canada Day, Thursday 2027-07-01), and CBSA's payments page keeps a "deferred to" table
 * for such months. Fixed-date holidays on a weekend are observed on the next free weekday, as federal offices do.
 */
interface Holiday {
  month: number;
  day: number;
  name: Text;
}

const FIXED: Holiday[] = [
  { month: 1, day: 1, name: { en: "New Year's Day", fr: 'jour de l’An' } },
  { month: 7, day: 1, name: { en: 'Canada Day', fr: 'fête du Canada' } },
  {
    month: 9,
    day: 30,
    name: {
      en: 'the National Day for Truth and Reconciliation',
      fr: 'Journée nationale de la vérité et de la réconciliation',
    },
  },
  { month: 11, day: 11, name: { en: 'Remembrance Day', fr: 'jour du Souvenir' } },
  { month: 12, day: 25, name: { en: 'Christmas Day', fr: 'jour de Noël' } },
  { month: 12, day: 26, name: { en: 'Boxing Day', fr: 'lendemain de Noël' } },
];

const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const key = (d: Date) => `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}-${d.getUTCDate()}`;

/** Easter Sunday (Gregorian; anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}

const cache = new Map<number, Map<string, Text>>();

/** The year's holidays by 'Y-M-D' (observed dates included). */
function holidaysOf(year: number): Map<string, Text> {
  const known = cache.get(year);
  if (known) return known;
  const days = new Map<string, Text>();
  const easter = easterSunday(year);
  const shift = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
  days.set(key(shift(easter, -2)), { en: 'Good Friday', fr: 'Vendredi saint' });
  days.set(key(shift(easter, 1)), { en: 'Easter Monday', fr: 'lundi de Pâques' });
  const septFirst = utcDay(year, 9, 1);
  days.set(key(shift(septFirst, (8 - septFirst.getUTCDay()) % 7)), {
    en: 'Labour Day',
    fr: 'fête du Travail',
  });
  for (const h of FIXED) {
    const actual = utcDay(year, h.month, h.day);
    days.set(key(actual), h.name);
    let observed = actual;
    if (observed.getUTCDay() === 0 || observed.getUTCDay() === 6) {
      do observed = shift(observed, 1);
      while (observed.getUTCDay() === 0 || observed.getUTCDay() === 6 || days.has(key(observed)));
      days.set(key(observed), {
        en: `${h.name.en} (observed)`,
        fr: `${h.name.fr} (jour férié reporté)`,
      });
    }
  }
  cache.set(year, days);
  return days;
}

/** The holiday on the Eastern day of `instant`, if any (for observed holidays, the name says so). */
export function holidayOn(instant: Date): Text | undefined {
  const { year, month, day } = easternDayOf(instant);
  return holidaysOf(year).get(`${year}-${month}-${day}`);
}
