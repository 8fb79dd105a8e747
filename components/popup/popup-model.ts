import {
  chequeCutoff,
  easternInstant,
  electronicCutoff,
  paymentDueDate,
  toEastern,
  type UpcomingItem,
  upcomingDeadlines,
} from '@/lib/deadlines';
import { PORTAL_ORIGIN } from '@/lib/journey/portal-origin';
import type { Profile, Snapshot, UserDeadline } from '@/lib/progress/schema';
import type { PopupKey } from './popup-strings';

// What the popup shows, computed from the snapshot and the clock: pure, so it is tested without a browser.

export { PORTAL_ORIGIN };

/**
 * The popup's clock: the real one, or, when the URL has `?now=<ISO instant>` (end-to-end tests with a fixed
 * clock), that instant advanced by the real time elapsed since the popup opened.
 */
export const popupClock = (
  search: string,
  elapsed: () => number = () => performance.now(),
  wall: () => number = () => Date.now(),
): (() => Date) => {
  const fixed = new URLSearchParams(search).get('now');
  const start = fixed ? Date.parse(fixed) : Number.NaN;
  if (Number.isNaN(start)) return () => new Date(wall());
  const opened = elapsed();
  return () => new Date(start + (elapsed() - opened));
};

/** Milliseconds until the clock reaches the next whole minute, so the countdowns change when the minute does. */
export const msToNextMinute = (now: Date): number => 60_000 - (now.getTime() % 60_000);

export const activeProfile = (snapshot: Snapshot): Profile | undefined =>
  snapshot.progress.profiles.find((p) => p.id === snapshot.progress.activeProfileId) ??
  snapshot.progress.profiles[0];

// ---------------------------------------------------------------- deadlines

export type PopupDeadline =
  | {
      type: 'payment';
      id: string;
      /** The first cut-off still ahead (sort key). */
      at: Date;
      due: Date;
      cheque: Date;
      electronic: Date;
      /** The electronic cut-off's entry: detail (billing period) and sources. */
      item: UpcomingItem;
    }
  | { type: 'item'; id: string; at: Date; item: UpcomingItem };

/**
 * The countdown list: the next payment due date (both cut-offs together), the next Statement of Account, the
 * inactivity deadline, CBSA milestones still ahead and the user's own deadlines, soonest first.
 */
export const popupDeadlines = (now: Date, snapshot: Snapshot | null): PopupDeadline[] => {
  const profile = snapshot ? activeProfile(snapshot) : undefined;
  const lastVisit = profile?.lastVisit ? new Date(profile.lastVisit.at) : undefined;
  const items = upcomingDeadlines(now, {
    userDeadlines: snapshot?.userDeadlines ?? [],
    ...(lastVisit ? { lastVisit } : {}),
  });
  const list: PopupDeadline[] = [];
  const payment = items.find((i) => i.kind === 'payment-electronic' || i.kind === 'payment-cheque');
  if (payment?.period) {
    const due = paymentDueDate(payment.period);
    const electronic = items.find(
      (i) => i.kind === 'payment-electronic' && i.period?.key === payment.period?.key,
    );
    list.push({
      type: 'payment',
      id: `payment-${payment.period.key}`,
      at: payment.at,
      due,
      cheque: chequeCutoff(due),
      electronic: electronicCutoff(due),
      item: electronic ?? payment,
    });
  }
  const soa = items.find((i) => i.kind === 'soa');
  if (soa) list.push({ type: 'item', id: soa.id, at: soa.at, item: soa });
  for (const item of items) {
    if (item.kind === 'soa' || item.kind === 'payment-cheque' || item.kind === 'payment-electronic') continue;
    list.push({ type: 'item', id: item.id, at: item.at, item });
  }
  return list.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
};

/** The user's deadlines that have passed (upcomingDeadlines leaves them out), newest first, so they can be deleted. */
export const passedUserDeadlines = (now: Date, snapshot: Snapshot | null): UserDeadline[] =>
  (snapshot?.userDeadlines ?? [])
    .filter((d) => Date.parse(d.at) < now.getTime())
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

// ---------------------------------------------------------------- the deadline form

export interface DeadlineFormValues {
  title: string;
  /** YYYY-MM-DD, Eastern. */
  date: string;
  /** HH:MM, Eastern. */
  time: string;
  note: string;
}

export type DeadlineField = keyof DeadlineFormValues;
export type DeadlineFormErrors = Partial<Record<DeadlineField, PopupKey>>;

export const TITLE_MAX = 80;
export const NOTE_MAX = 200;
const DEFAULT_TIME = '09:00';

const pad = (n: number) => String(n).padStart(2, '0');

/** The form's values for an existing deadline (its instant shown on the Eastern clock), or empty ones. */
export const formValuesOf = (deadline?: UserDeadline): DeadlineFormValues => {
  if (!deadline) return { title: '', date: '', time: DEFAULT_TIME, note: '' };
  const e = toEastern(new Date(deadline.at));
  return {
    title: deadline.title,
    date: `${e.getFullYear()}-${pad(e.getMonth() + 1)}-${pad(e.getDate())}`,
    time: `${pad(e.getHours())}:${pad(e.getMinutes())}`,
    note: deadline.note ?? '',
  };
};

/** The instant Eastern clocks show at that date and time; undefined when the date or time is not real. */
export const easternInputInstant = (date: string, time: string): Date | undefined => {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || month < 1 || month > 12 || day < 1) return undefined;
  // Day 31 of a 30-day month would roll over into the next month: refuse it rather than move the deadline.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return undefined;
  return easternInstant({ year, month, day, hour, minute });
};

const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_NEWLINE = /[^\P{Cc}\n]/u;

/**
 * Checks the form as the background will (messages/schema.ts), so most mistakes are explained next to the field
 * before anything is sent. Returns the ISO instant when everything is valid.
 */
export const checkDeadlineForm = (
  values: DeadlineFormValues,
  now: Date,
): { errors: DeadlineFormErrors; at?: string } => {
  const errors: DeadlineFormErrors = {};
  const title = values.title.trim();
  if (title.length === 0) errors.title = 'errTitleRequired';
  else if (title.length > TITLE_MAX) errors.title = 'errTitleLong';
  else if (CONTROL.test(title)) errors.title = 'errTitleChars';
  const dateOnly = easternInputInstant(values.date, '00:00');
  if (!dateOnly) errors.date = values.date.trim() === '' ? 'errDateRequired' : 'errDate';
  const at = easternInputInstant(values.date, values.time);
  if (dateOnly && !at) errors.time = 'errTime';
  else if (at && at.getTime() <= now.getTime()) errors.date = 'errPast';
  const note = values.note.trim();
  if (note.length > NOTE_MAX) errors.note = 'errNoteLong';
  else if (CONTROL_BUT_NEWLINE.test(note)) errors.note = 'errNoteChars';
  return Object.keys(errors).length === 0 && at ? { errors, at: at.toISOString() } : { errors };
};
