import { differenceInCalendarDays, subDays } from 'date-fns';
import {
  chequeCutoff,
  electronicCutoff,
  inEastern,
  paymentDueDate,
  type UpcomingItem,
  type UpcomingKind,
  upcomingDeadlines,
} from '../deadlines';
import type { Text } from '../i18n/text';
import type { ReminderKind, Snapshot } from '../progress/schema';

/**
 * Which reminders to schedule, as pure data. The background turns the plan into `alarms` (one per reminder,
 * named after what it reminds of), so scheduling twice creates nothing new and a removed deadline loses its alarm.
 */

/** Every reminder alarm starts with this; other alarms are never touched. */
export const REMINDER_PREFIX = 'reminder:';
/** Re-plans once in a while, so reminders for billing periods further ahead get scheduled without any event. */
export const REFRESH_ALARM = 'carm-reminders-refresh';
export const REFRESH_MINUTES = 12 * 60;
/** Chrome allows 500 alarms per extension (Chrome 117+); we keep far fewer, the soonest first. */
export const MAX_REMINDER_ALARMS = 50;
/** Three billing periods: enough for reminders up to 60 days ahead (the most a setting allows). */
const RECURRING_AHEAD = 9;

/** What a reminder points at: one of the upcoming deadlines, payments merged into one per billing period. */
export interface ReminderTarget {
  /** Used in alarm and notification names: 'soa-2026-12', 'payment-2026-11', 'inactivity', a user deadline's id. */
  id: string;
  kind: ReminderKind;
  /** The instant reminders count back from; for payments, the earlier (cheque) cut-off. */
  at: Date;
  /** Until when the reminder is still worth showing; for payments, the electronic cut-off. */
  until: Date;
  title: Text | string;
  allDay: boolean;
}

export interface PlannedReminder {
  /** `reminder:<targetId>:<days>`. */
  name: string;
  targetId: string;
  days: number;
  /** When to show it (ms since epoch). */
  when: number;
}

export const PAYMENT_TITLE: Text = {
  en: 'Payment due to CBSA',
  fr: 'Paiement exigible à l’ASFC',
};

export const reminderName = (targetId: string, days: number): string =>
  `${REMINDER_PREFIX}${targetId}:${days}`;

const NAME = /^reminder:([A-Za-z0-9_-]{1,64}):(\d{1,2})$/;

export const parseReminderName = (name: string): { targetId: string; days: number } | undefined => {
  const match = NAME.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  return { targetId: match[1], days: Number(match[2]) };
};

export const isReminderAlarm = (name: string): boolean => name.startsWith(REMINDER_PREFIX);

/** Which reminder setting covers a deadline; catalogue milestones have none (they are history, not chores). */
export const reminderKindOf = (kind: UpcomingKind): ReminderKind | undefined => {
  switch (kind) {
    case 'soa':
      return 'soa';
    case 'payment-cheque':
    case 'payment-electronic':
      return 'payment';
    case 'user':
      return 'custom';
    case 'inactivity':
      return 'inactivity';
    default:
      return undefined;
  }
};

const activeProfile = (snapshot: Snapshot) =>
  snapshot.progress.profiles.find((p) => p.id === snapshot.progress.activeProfileId) ??
  snapshot.progress.profiles[0];

/** The active profile's last portal visit, for the inactivity deadline. */
export const lastVisitOf = (snapshot: Snapshot): Date | undefined => {
  const at = activeProfile(snapshot)?.lastVisit?.at;
  return at === undefined ? undefined : new Date(at);
};

/**
 * Deadlines reminders can point at, in time order. The two payment cut-offs of a period become one target, so a
 * payment reminder comes once, in time for the earlier cut-off, and names both in its text.
 */
export const reminderTargets = (snapshot: Snapshot, now: Date): ReminderTarget[] => {
  const lastVisit = lastVisitOf(snapshot);
  const items = upcomingDeadlines(now, {
    userDeadlines: snapshot.userDeadlines,
    recurringCount: RECURRING_AHEAD,
    ...(lastVisit ? { lastVisit } : {}),
  });
  const targets = new Map<string, ReminderTarget>();
  for (const item of items) {
    const kind = reminderKindOf(item.kind);
    if (!kind) continue;
    const target = targetOf(item, kind);
    if (!targets.has(target.id)) targets.set(target.id, target);
  }
  return [...targets.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
};

const targetOf = (item: UpcomingItem, kind: ReminderKind): ReminderTarget => {
  if (kind === 'payment' && item.period) {
    const due = paymentDueDate(item.period);
    return {
      id: `payment-${item.period.key}`,
      kind,
      at: chequeCutoff(due),
      until: electronicCutoff(due),
      title: PAYMENT_TITLE,
      allDay: false,
    };
  }
  return { id: item.id, kind, at: item.at, until: item.at, title: item.title, allDay: item.allDay };
};

/** `days` calendar days before `at`, on the Eastern calendar, so the wall-clock time survives a DST change. */
export const reminderInstant = (at: Date, days: number): Date =>
  new Date(subDays(at, days, { in: inEastern }).getTime());

/**
 * The reminders wanted at `now`: for each upcoming deadline of an enabled kind and each "days before" setting,
 * one reminder at `at − days`, future ones only, soonest first, at most MAX_REMINDER_ALARMS. Nothing when off.
 */
export const plannedReminders = (
  snapshot: Snapshot,
  now: Date,
  max: number = MAX_REMINDER_ALARMS,
): PlannedReminder[] => {
  const { enabled, daysBefore, kinds } = snapshot.settings.reminders;
  if (!enabled || daysBefore.length === 0 || kinds.length === 0) return [];
  const planned = new Map<string, PlannedReminder>();
  for (const target of reminderTargets(snapshot, now)) {
    if (!kinds.includes(target.kind)) continue;
    for (const days of daysBefore) {
      const when = reminderInstant(target.at, days).getTime();
      if (when <= now.getTime()) continue;
      const name = reminderName(target.id, days);
      planned.set(name, { name, targetId: target.id, days, when });
    }
  }
  return [...planned.values()]
    .sort((a, b) => a.when - b.when || a.name.localeCompare(b.name))
    .slice(0, Math.max(0, max));
};

export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface AlarmPlan {
  /** Our alarms that are no longer wanted. */
  clear: string[];
  /** Missing alarms, or ours whose time changed (creating a name again replaces the old alarm). */
  create: { name: string; when?: number; periodInMinutes?: number }[];
}

/** Browsers may round scheduled times slightly; a smaller difference is the same reminder. */
const SAME_TIME_MS = 1000;

/** What to change so the alarms match the plan. Alarms that are not ours are left alone. */
export const alarmPlan = (
  existing: readonly ExistingAlarm[],
  wanted: readonly PlannedReminder[],
  refresh: boolean,
): AlarmPlan => {
  const byName = new Map(existing.map((a) => [a.name, a]));
  const wantedNames = new Set(wanted.map((w) => w.name));
  const clear = existing
    .filter((a) => isReminderAlarm(a.name) && !wantedNames.has(a.name))
    .map((a) => a.name);
  const create: AlarmPlan['create'] = wanted
    .filter((w) => {
      const have = byName.get(w.name);
      return !have || Math.abs(have.scheduledTime - w.when) >= SAME_TIME_MS;
    })
    .map((w) => ({ name: w.name, when: w.when }));
  const haveRefresh = byName.has(REFRESH_ALARM);
  if (refresh && !haveRefresh) create.push({ name: REFRESH_ALARM, periodInMinutes: REFRESH_MINUTES });
  if (!refresh && haveRefresh) clear.push(REFRESH_ALARM);
  return { clear, create };
};

/** A reminder to show now, with the key that records it as shown. */
export interface DueReminder {
  name: string;
  key: string;
  days: number;
  target: ReminderTarget;
}

/** An alarm may fire a little early; a reminder within this much of its time is due. */
const EARLY_MS = 60_000;

/**
 * Whether the reminder an alarm stands for should be shown at `now`, re-checked against the current data: the
 * reminders are still on, for this kind and this number of days; the deadline is still ahead; and the reminder's
 * time (which moves when the deadline moves) has come. The key includes that time, so a reminder for a deadline
 * that moved (the inactivity deadline after a new visit, an edited deadline) is a new reminder.
 */
export const dueReminder = (name: string, snapshot: Snapshot, now: Date): DueReminder | undefined => {
  const parsed = parseReminderName(name);
  if (!parsed) return undefined;
  const { enabled, daysBefore, kinds } = snapshot.settings.reminders;
  if (!enabled || !daysBefore.includes(parsed.days)) return undefined;
  const target = reminderTargets(snapshot, now).find((t) => t.id === parsed.targetId);
  if (!target || !kinds.includes(target.kind)) return undefined;
  if (target.until.getTime() <= now.getTime()) return undefined;
  const when = reminderInstant(target.at, parsed.days);
  if (when.getTime() > now.getTime() + EARLY_MS) return undefined;
  return { name, key: `${name}@${when.toISOString()}`, days: parsed.days, target };
};

/** Eastern calendar days from `now` to `at` (0 = today), for "in 7 days". */
export const calendarDaysUntil = (at: Date, now: Date): number =>
  Math.max(0, differenceInCalendarDays(at, now, { in: inEastern }));
