import {
  defaultProgress,
  defaultSettings,
  type Profile,
  type Settings,
  type Snapshot,
  type UserDeadline,
} from '../progress/schema';

/** A valid snapshot for tests: one importer profile, reminders as given. Test-only (imported by *.test.ts[x]). */
export const sampleSnapshot = (
  options: {
    reminders?: Partial<Settings['reminders']>;
    language?: Settings['language'];
    userDeadlines?: UserDeadline[];
    profile?: Partial<Profile>;
  } = {},
): Snapshot => {
  const progress = defaultProgress(new Date('2026-01-05T15:00:00Z'));
  const base = progress.profiles[0] as Profile;
  progress.profiles = [{ ...base, role: 'importer', ...options.profile }];
  const settings = defaultSettings();
  settings.reminders = { ...settings.reminders, ...options.reminders };
  if (options.language) settings.language = options.language;
  return { progress, settings, userDeadlines: options.userDeadlines ?? [], problems: null };
};
