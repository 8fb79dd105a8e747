import type { Source, Text } from '../i18n/text';
// A deadline the user adds is a stored shape: one schema, owned by lib/progress.
import { type UserDeadline, userDeadlineSchema } from '../progress/schema';
import { CATALOGUE, type CatalogueEntry, type CatalogueStatus, entryTimes, statusAt } from './catalogue';
import { INACTIVITY_SOURCE, INACTIVITY_TITLE, inactivityDeadline, inactivityLapsed } from './inactivity';
import { type BillingPeriod, nextRecurringDeadlines, type RecurringKind } from './payment-due-date';

export { type UserDeadline, userDeadlineSchema };

export type UpcomingKind = RecurringKind | CatalogueEntry['kind'] | 'user' | 'inactivity';

export interface UpcomingItem {
  id: string;
  kind: UpcomingKind;
  at: Date;
  /** Text for our own entries; the user's own string for their deadlines. */
  title: Text | string;
  detail?: Text;
  /** A holiday caveat on a recurring date (the due date or the 25th is a holiday). */
  caveat?: Text;
  note?: string;
  source?: Source;
  /** Show the date only (no time): SOA dates and day-precision milestones. */
  allDay: boolean;
  /** For recurring entries: the billing period the deadline belongs to. */
  period?: BillingPeriod;
  certainty?: 'confirmed' | 'uncertain';
}

export interface UpcomingOptions {
  userDeadlines?: readonly unknown[];
  /** The user's last sign-in to the portal, if known. */
  lastVisit?: Date;
  /** How many recurring SOA/payment entries to include (default 6: about two billing periods). */
  recurringCount?: number;
}

/**
 * Everything still ahead at `now`, sorted by time: recurring SOA and payment cut-offs, catalogue milestones not yet
 * passed (an in-progress window is listed at its end), the user's own deadlines, and the inactivity deadline.
 * The inactivity deadline is listed only while it is ahead: from that day on the profile may already be deactivated,
 * which is not a deadline any more (inactivityLapsed() says so, and the popup shows it apart from this list).
 * User deadlines that fail userDeadlineSchema (e.g. edited storage) are skipped rather than crashing the list.
 */
export function upcomingDeadlines(now: Date, options: UpcomingOptions = {}): UpcomingItem[] {
  const { userDeadlines = [], lastVisit, recurringCount = 6 } = options;
  const items: UpcomingItem[] = nextRecurringDeadlines(now, recurringCount).map((d) => ({
    id: d.id,
    kind: d.kind,
    at: d.at,
    title: d.title,
    detail: d.detail,
    source: d.source,
    allDay: d.allDay,
    period: d.period,
    certainty: 'confirmed',
    ...(d.caveat ? { caveat: d.caveat } : {}),
  }));

  for (const entry of CATALOGUE) {
    const status = statusAt(entry, now);
    if (status !== 'upcoming' && status !== 'in-progress') continue;
    const { start, end } = entryTimes(entry);
    const at = status === 'upcoming' || end === undefined ? start : end;
    items.push({
      id: entry.id,
      kind: entry.kind,
      at,
      title: entry.title,
      detail: entry.detail,
      source: entry.source,
      allDay: entry.precision === 'day',
      certainty: entry.certainty,
    });
  }

  for (const raw of userDeadlines) {
    const parsed = userDeadlineSchema.safeParse(raw);
    if (!parsed.success) continue;
    const at = new Date(parsed.data.at);
    if (at.getTime() < now.getTime()) continue;
    items.push({
      id: parsed.data.id,
      kind: 'user',
      at,
      title: parsed.data.title,
      ...(parsed.data.note === undefined ? {} : { note: parsed.data.note }),
      allDay: false,
    });
  }

  if (lastVisit !== undefined && !Number.isNaN(lastVisit.getTime()) && !inactivityLapsed(lastVisit, now)) {
    items.push({
      id: 'inactivity',
      kind: 'inactivity',
      at: inactivityDeadline(lastVisit),
      title: INACTIVITY_TITLE,
      source: INACTIVITY_SOURCE,
      allDay: true,
      certainty: 'confirmed',
    });
  }

  return items.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

export type HistoryItem = CatalogueEntry & { status: Extract<CatalogueStatus, 'passed' | 'superseded'> };

/** Catalogue entries that have passed or were superseded at `now`, newest first (by start, then by end). */
export function historyAt(now: Date): HistoryItem[] {
  const history: HistoryItem[] = [];
  for (const entry of CATALOGUE) {
    const status = statusAt(entry, now);
    if (status === 'passed' || status === 'superseded') history.push({ ...entry, status });
  }
  const endOf = (entry: CatalogueEntry): number =>
    (entryTimes(entry).end ?? entryTimes(entry).start).getTime();
  return history.sort(
    (a, b) => Date.parse(b.start) - Date.parse(a.start) || endOf(b) - endOf(a) || a.id.localeCompare(b.id),
  );
}
