import { browser } from 'wxt/browser';
import { pageLang } from '../i18n/page-lang';
import type { Snapshot } from '../progress/schema';
import { readSnapshot } from '../progress/storage-items';
import { type AlarmsApi, reconcileReminderAlarms, showDueReminder } from './reminder-alarms';
import { isReminderAlarm, REFRESH_ALARM } from './schedule';

/*
 * The background's side of reminders. Nothing is kept in memory: every event re-reads storage and re-plans, so a
 * stopped MV3 worker loses nothing, and re-planning is idempotent (alarms are named after what they remind of).
 */

/** Storage keys whose change can change the plan (progress holds the last visit, for the inactivity deadline). */
const WATCHED_KEYS = ['settings', 'userDeadlines', 'progress'];

/** A 48 px calendar glyph: Chrome needs an icon for a notification and the extension ships none yet. */
const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAjklEQVR42u3YzQ2AIAyGYaZxBXdw/33wYLxp+fNrRV/CiZDwBNpCSMu6vaonQIAAASr0fLZHpgH6PigLGiBAgOYAjZerSNDlfoSB7g4oBmSESwDIDl5vUDGVXEE1ia0CGSP2enLQMVhf9DxATSVYGEMdGnlQt2o8sqy7ZsZcroAA8YSdFcSHFSBAgP4H2gGC6j6Bg/c84AAAAABJRU5ErkJggg==';

// One re-plan or alarm at a time: several storage events arrive together, and each cycle reads then writes.
let queue: Promise<unknown> = Promise.resolve();
const serialise = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
};

const log = (what: string) => (error: unknown) => console.error(`[carm-guide] ${what}`, error);

const replan = (snapshot: Snapshot, now: Date) =>
  reconcileReminderAlarms(browser.alarms as unknown as AlarmsApi, snapshot, now);

/** Re-plans the reminder alarms from stored state. */
export const reconcileReminders = (): Promise<unknown> =>
  serialise(async () => {
    const now = new Date();
    const { snapshot } = await readSnapshot(now);
    return replan(snapshot, now);
  });

const iconUrl = (): string => {
  const icons = browser.runtime.getManifest().icons ?? {};
  const largest = Object.keys(icons)
    .map(Number)
    .sort((a, b) => b - a)[0];
  const path = largest === undefined ? undefined : icons[largest];
  return path ? browser.runtime.getURL(path as '/') : FALLBACK_ICON;
};

/** The permission is optional: the API can be missing, and the user can take the permission back at any time. */
const canNotify = async (): Promise<boolean> => {
  if (!browser.notifications) return false;
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
};

const notify = async (id: string, notice: { title: string; message: string }) => {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: notice.title,
    message: notice.message,
  });
};

const onAlarm = (name: string) =>
  serialise(async () => {
    const now = new Date();
    const { snapshot } = await readSnapshot(now);
    if (isReminderAlarm(name)) {
      const lang = pageLang(snapshot, browser.i18n.getUILanguage());
      await showDueReminder(name, { snapshot, now, lang, canNotify, notify });
    }
    // A fired alarm is gone; plan the next ones (also what the periodic refresh alarm is for).
    await replan(snapshot, now);
  });

/** Registers the listeners (synchronously, at start-up) and re-plans once. */
export const startReminders = (): void => {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM || isReminderAlarm(alarm.name))
      onAlarm(alarm.name).catch(log('reminder'));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && WATCHED_KEYS.some((key) => key in changes)) {
      reconcileReminders().catch(log('reminder plan'));
    }
  });
  // Wakes the worker when the browser starts; the call below covers install, update and any other wake-up.
  browser.runtime.onStartup.addListener(() => {
    reconcileReminders().catch(log('reminder plan'));
  });
  reconcileReminders().catch(log('reminder plan'));
};
