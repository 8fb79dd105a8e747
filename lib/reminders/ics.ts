import { addDays } from 'date-fns';
import { easternDayOf, inEastern, type UpcomingItem, upcomingDeadlines } from '../deadlines';
import type { Lang } from '../i18n/text';
import type { Snapshot } from '../progress/schema';
import { lastVisitOf } from './schedule';

/**
 * An iCalendar file (RFC 5545) of the upcoming deadlines, for any calendar app. Pure: the popup downloads it.
 * Timed deadlines are UTC instants (no VTIMEZONE needed); date-only ones (the Statement of Account day, the
 * inactivity day) are all-day events on their Eastern date, so no calendar shifts them to the evening before.
 * https://www.rfc-editor.org/rfc/rfc5545
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const UID_DOMAIN = 'carm-guide.invalid';

const STRINGS = {
  calendarName: {
    en: 'CARM deadlines (CARM Guide, unofficial)',
    fr: 'Échéances GCRA (Guide GCRA, non officiel)',
  },
  source: { en: 'Source', fr: 'Source' },
  note: { en: 'Note', fr: 'Note' },
  unofficial: {
    en: 'From CARM Guide, an unofficial helper, not a Government of Canada product. Check the dates with CBSA.',
    fr: 'Tiré du Guide GCRA, un outil d’aide non officiel, qui n’est pas un produit du gouvernement du Canada. Vérifiez les dates auprès de l’ASFC.',
  },
  fileName: { en: 'carm-guide-deadlines.ics', fr: 'guide-gcra-echeances.ics' },
} as const;

export const icsFileName = (lang: Lang): string => STRINGS.fileName[lang];

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation lines begin with one
 * space, which counts toward their 75. Splits only between characters, never inside a UTF-8 sequence.
 */
export const foldLine = (line: string): string => {
  if (octets(line) <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    const limit = lines.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      lines.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20261202T045900Z */
export const utcStamp = (at: Date): string =>
  `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(
    at.getUTCMinutes(),
  )}${pad(at.getUTCSeconds())}Z`;

/** 20261225: the Eastern calendar date of an instant. */
const easternDate = (at: Date): string => {
  const { year, month, day } = easternDayOf(at);
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
};

export interface IcsEvent {
  /** Stable across exports, so importing again updates the event instead of adding a copy. */
  uid: string;
  start: Date;
  allDay: boolean;
  summary: string;
  description: string;
  url?: string;
}

/** The events for upcoming items, in one language. */
export const icsEvents = (items: readonly UpcomingItem[], lang: Lang): IcsEvent[] =>
  items.map((item) => {
    const summary = typeof item.title === 'string' ? item.title : item.title[lang];
    const description = [
      item.detail?.[lang],
      item.caveat?.[lang],
      item.note ? `${STRINGS.note[lang]}: ${item.note}` : undefined,
      item.source ? `${STRINGS.source[lang]}: ${item.source.url}` : undefined,
      STRINGS.unofficial[lang],
    ]
      .filter((line): line is string => Boolean(line))
      .join('\n');
    return {
      uid: `${item.id}@${UID_DOMAIN}`,
      start: item.at,
      allDay: item.allDay,
      summary,
      description,
      ...(item.source ? { url: item.source.url } : {}),
    };
  });

/** The whole file: CRLF line ends, folded lines, escaped text. */
export const buildIcs = (events: readonly IcsEvent[], lang: Lang, now: Date): string => {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//CARM Guide//Unofficial deadlines//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(STRINGS.calendarName[lang])}`,
  ];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcStamp(now)}`);
    if (event.allDay) {
      const next = new Date(addDays(event.start, 1, { in: inEastern }).getTime());
      lines.push(`DTSTART;VALUE=DATE:${easternDate(event.start)}`, `DTEND;VALUE=DATE:${easternDate(next)}`);
    } else {
      lines.push(`DTSTART:${utcStamp(event.start)}`);
    }
    lines.push(
      `SUMMARY;LANGUAGE=${lang}-CA:${escapeText(event.summary)}`,
      `DESCRIPTION;LANGUAGE=${lang}-CA:${escapeText(event.description)}`,
    );
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
};

/**
 * What the popup exports: the next six SOA dates and payment cut-offs (about two billing periods), the user's own
 * deadlines and the inactivity deadline, all still ahead at `now`.
 */
export const calendarItems = (snapshot: Snapshot | null, now: Date): UpcomingItem[] => {
  const lastVisit = snapshot ? lastVisitOf(snapshot) : undefined;
  return upcomingDeadlines(now, {
    userDeadlines: snapshot?.userDeadlines ?? [],
    recurringCount: 6,
    ...(lastVisit ? { lastVisit } : {}),
  }).filter((item) => endOf(item).getTime() > now.getTime());
};

/** A date-only item lasts until the end of its Eastern day (a passed inactivity day is not exported). */
const endOf = (item: UpcomingItem): Date =>
  item.allDay ? new Date(addDays(item.at, 1, { in: inEastern }).getTime()) : item.at;

/** The .ics text of calendarItems. */
export const deadlinesIcs = (snapshot: Snapshot | null, now: Date, lang: Lang): string =>
  buildIcs(icsEvents(calendarItems(snapshot, now), lang), lang, now);
