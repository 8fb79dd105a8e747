import { type Duration, intervalToDuration } from 'date-fns';
import type { Lang } from '../i18n/text';
import { EASTERN_ZONE, inEastern, toEastern } from './eastern-time';

/** Elapsed time between two instants, in whole 24-hour days, hours and minutes (rounded down). */
export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  /** true when `at` is before `now`; the numbers are then the time since `at`. */
  past: boolean;
}

const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

type Unit = 'year' | 'month' | 'day' | 'hour' | 'minute';

const UNIT_WORDS: Record<Lang, Record<Unit, [one: string, many: string]>> = {
  en: {
    year: ['year', 'years'],
    month: ['month', 'months'],
    day: ['day', 'days'],
    hour: ['hour', 'hours'],
    minute: ['minute', 'minutes'],
  },
  fr: {
    year: ['an', 'ans'],
    month: ['mois', 'mois'],
    day: ['jour', 'jours'],
    hour: ['heure', 'heures'],
    minute: ['minute', 'minutes'],
  },
};

// Building an Intl formatter costs far more than using one (the popup's profile showed 20 ms per open): keep one
// per language and kind.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dayNameFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormat = (lang: Lang) => {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang]);
    numberFormats.set(lang, f);
  }
  return f;
};
const dayNameFormat = (lang: Lang) => {
  let f = dayNameFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: EASTERN_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dayNameFormats.set(lang, f);
  }
  return f;
};

/** "1 day" / "3 days"; French uses the singular for 0 and 1 ("0 heure", "1 jour"), English only for 1. */
function unitPhrase(count: number, unit: Unit, lang: Lang): string {
  const [one, many] = UNIT_WORDS[lang][unit];
  const singular = lang === 'fr' ? count < 2 : count === 1;
  return `${numberFormat(lang).format(count)} ${singular ? one : many}`;
}

/** "a, b, c" in English (as in the brief) and "a, b et c" in French. */
function joinPhrases(phrases: string[], lang: Lang): string {
  if (lang === 'en' || phrases.length < 2) return phrases.join(', ');
  return `${phrases.slice(0, -1).join(', ')} et ${phrases[phrases.length - 1]}`;
}

const LESS_THAN_A_MINUTE: Record<Lang, string> = { en: 'less than a minute', fr: 'moins d’une minute' };

/** Time from `now` to `at` (or since `at`, with past: true), rounded down to the minute. */
export function countdownParts(now: Date, at: Date): CountdownParts {
  const ms = at.getTime() - now.getTime();
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    past: ms < 0,
  };
}

/** "3 days, 4 hours, 12 minutes" / "3 jours, 4 heures et 12 minutes"; zero units are left out. */
export function formatCountdown(parts: CountdownParts, lang: Lang): string {
  const phrases: string[] = [];
  if (parts.days > 0) phrases.push(unitPhrase(parts.days, 'day', lang));
  if (parts.hours > 0) phrases.push(unitPhrase(parts.hours, 'hour', lang));
  if (parts.minutes > 0) phrases.push(unitPhrase(parts.minutes, 'minute', lang));
  return phrases.length === 0 ? LESS_THAN_A_MINUTE[lang] : joinPhrases(phrases, lang);
}

const DURATION_UNITS: [keyof Duration, Unit][] = [
  ['years', 'year'],
  ['months', 'month'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
];

/** The two largest calendar units between two instants, counted on the Eastern calendar: "1 year, 6 months". */
function roughDuration(a: Date, b: Date, lang: Lang): string {
  const [start, end] = a.getTime() <= b.getTime() ? [a, b] : [b, a];
  const duration = intervalToDuration({ start, end }, { in: inEastern });
  const first = DURATION_UNITS.findIndex(([key]) => (duration[key] ?? 0) > 0);
  if (first === -1) return LESS_THAN_A_MINUTE[lang];
  const phrases = DURATION_UNITS.slice(first, first + 2)
    .filter(([key]) => (duration[key] ?? 0) > 0)
    .map(([key, unit]) => unitPhrase(duration[key] ?? 0, unit, lang));
  return joinPhrases(phrases, lang);
}

/**
 * For history: "ended 1 year, 6 months ago" / "a pris fin il y a 1 an et 6 mois" (a verb, so it agrees with any
 * milestone, masculine or feminine). style 'plain' leaves out "ended"/"a pris fin" (for milestones that did not "end"); a future `then` reads "in …"/"dans …".
 */
export function formatAgo(then: Date, now: Date, lang: Lang, style: 'ended' | 'plain' = 'ended'): string {
  const amount = roughDuration(then, now, lang);
  if (then.getTime() > now.getTime()) return lang === 'en' ? `in ${amount}` : `dans ${amount}`;
  if (lang === 'en') return `${style === 'ended' ? 'ended ' : ''}${amount} ago`;
  return `${style === 'ended' ? 'a pris fin ' : ''}il y a ${amount}`;
}

/**
 * The Eastern date (and time) with the zone named: "Tuesday, December 1, 2026, 11:59 p.m. ET" /
 * "mardi 1er décembre 2026, 23 h 59 HE". Names come from Intl in America/Toronto; the pattern is fixed here
 * so it does not change with the browser's ICU version (some say "at", some ","). French writes "16 h", not
 * "16 h 00", and "1er" for the first of the month, as the Government of Canada does.
 */
export function formatDate(at: Date, lang: Lang, precision: 'minute' | 'day' = 'minute'): string {
  const names = dayNameFormat(lang).formatToParts(at);
  const name = (type: 'weekday' | 'month'): string => names.find((p) => p.type === type)?.value ?? '';
  const e = toEastern(at);
  const day = e.getDate();
  const year = e.getFullYear();
  const hour = e.getHours();
  const minute = String(e.getMinutes()).padStart(2, '0');
  if (lang === 'en') {
    const date = `${name('weekday')}, ${name('month')} ${day}, ${year}`;
    if (precision === 'day') return date;
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    return `${date}, ${hour12}:${minute} ${hour < 12 ? 'a.m.' : 'p.m.'} ET`;
  }
  const date = `${name('weekday')} ${day === 1 ? '1er' : day} ${name('month')} ${year}`;
  if (precision === 'day') return date;
  // Non-breaking spaces inside the time (Canada.ca French typography: see lib/i18n/typography.ts).
  return `${date}, ${hour}\u00a0h${minute === '00' ? '' : `\u00a0${minute}`} HE`;
}
