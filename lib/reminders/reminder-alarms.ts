import type { Lang } from '../i18n/text';
import type { Snapshot } from '../progress/schema';
import { reminderNotice } from './notification';
import { alarmPlan, dueReminder, type ExistingAlarm, plannedReminders, REFRESH_ALARM } from './schedule';
import { readShown, recordShown, wasShown } from './shown';

/** The part of `browser.alarms` we use; passed in so tests can run it against the fake browser. */
export interface AlarmsApi {
  getAll(): Promise<ExistingAlarm[]>;
  clear(name: string): Promise<boolean>;
  create(name: string, info: { when?: number; periodInMinutes?: number }): void | Promise<void>;
}

/** Makes the alarms match the plan for `snapshot` at `now`. Safe to call any number of times. */
export const reconcileReminderAlarms = async (
  alarms: AlarmsApi,
  snapshot: Snapshot,
  now: Date,
): Promise<{ cleared: string[]; created: string[] }> => {
  const wanted = plannedReminders(snapshot, now);
  const plan = alarmPlan(await alarms.getAll(), wanted, snapshot.settings.reminders.enabled);
  for (const name of plan.clear) await alarms.clear(name);
  for (const { name, ...info } of plan.create) await alarms.create(name, info);
  return { cleared: plan.clear, created: plan.create.map((c) => c.name) };
};

export interface ShowDeps {
  snapshot: Snapshot;
  now: Date;
  lang: Lang;
  /** Whether notifications may be shown (the optional permission is granted and the API exists). */
  canNotify: () => Promise<boolean>;
  notify: (id: string, notice: { title: string; message: string }) => Promise<void>;
}

export type ShowOutcome = 'shown' | 'not-due' | 'already-shown' | 'not-allowed' | 'refresh';

/**
 * Handles one fired alarm: shows the reminder if it is still due and was never shown, and records it first, so a
 * failure can cost one reminder but never show one twice. The notification id is the alarm name, so even a
 * repeat would replace the earlier notification rather than add another.
 */
export const showDueReminder = async (alarmName: string, deps: ShowDeps): Promise<ShowOutcome> => {
  if (alarmName === REFRESH_ALARM) return 'refresh';
  const due = dueReminder(alarmName, deps.snapshot, deps.now);
  if (!due) return 'not-due';
  if (!(await deps.canNotify())) return 'not-allowed';
  if (wasShown(await readShown(), due.key)) return 'already-shown';
  await recordShown(due.key, deps.now);
  await deps.notify(due.name, reminderNotice(due.target, deps.now, deps.lang));
  return 'shown';
};
