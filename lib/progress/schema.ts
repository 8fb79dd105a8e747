import { z } from 'zod';
import { pageIdSchema, roleIdSchema } from '../guide/ids';
import { langSchema, type Text } from '../i18n/text';

// Everything the extension stores, version 2 (v2 added the pages the portal has shown, `seen` and `lastPage`). Stored values are re-validated on every read (see salvage.ts).

export const STORED_VERSION = 2;
export const MAX_PROFILES = 50;
export const MAX_TICKS_PER_PROFILE = 500;
export const MAX_USER_DEADLINES = 100;
export const MAX_REMINDER_DAYS = 5;
export const MAX_PROBLEMS = 100;

const hasNoControlChars = (value: string) => !/\p{Cc}/u.test(value);
// Notes may span lines; any other control character (Cc) is refused.
const hasNoControlCharsButNewlines = (value: string) => !/[^\P{Cc}\n]/u.test(value);

/** An instant; offsets are accepted and normalised to UTC so stored values compare as strings. */
export const isoInstantSchema = z.iso
  .datetime({ offset: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date')
  .transform((value) => new Date(value).toISOString());

/** Ids we generate (profiles, deadlines): UUIDs or short slugs. */
export const recordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only (1–64)');

/** Checklist item ids are kebab-case slugs from the guide data; the regex also keeps `__proto__` out of tick maps. */
export const itemIdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
export type ItemId = z.infer<typeof itemIdSchema>;

/** A profile name the user typed; the only free text we keep about a business. */
export const profileLabelSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine(hasNoControlChars, 'no control characters');

// ---------------------------------------------------------------- settings

export const LANGUAGE_SETTINGS = ['portal', 'en', 'fr'] as const;
export const REMINDER_KINDS = ['payment', 'soa', 'custom', 'inactivity'] as const;
export const reminderKindSchema = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof reminderKindSchema>;

const isUnique = (values: readonly unknown[]) => new Set(values).size === values.length;

export const helpSettingsSchema = z.strictObject({
  pageTips: z.boolean(),
  fieldTips: z.boolean(),
  checklist: z.boolean(),
  formatHints: z.boolean(),
});

export const overlaySettingsSchema = z.strictObject({
  collapsed: z.boolean(),
  side: z.enum(['right', 'left']),
});

export const reminderSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  daysBefore: z.array(z.int().min(1).max(60)).max(MAX_REMINDER_DAYS).refine(isUnique, 'days must be unique'),
  kinds: z.array(reminderKindSchema).max(REMINDER_KINDS.length).refine(isUnique, 'kinds must be unique'),
});

export const settingsSchema = z.strictObject({
  /** `portal` follows the portal page's language; otherwise the user forces one. */
  language: z.enum(LANGUAGE_SETTINGS),
  help: helpSettingsSchema,
  overlay: overlaySettingsSchema,
  reminders: reminderSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/** Every field optional, nested one level; lists are replaced whole. Unknown keys are rejected. */
export const settingsPatchSchema = z.strictObject({
  language: settingsSchema.shape.language.optional(),
  help: helpSettingsSchema.partial().optional(),
  overlay: overlaySettingsSchema.partial().optional(),
  reminders: reminderSettingsSchema.partial().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = deepFreeze<Settings>({
  language: 'portal',
  help: { pageTips: true, fieldTips: true, checklist: true, formatHints: true },
  overlay: { collapsed: false, side: 'right' },
  // Reminders are opt-in (they need the notifications permission).
  reminders: { enabled: false, daysBefore: [7, 1], kinds: ['payment', 'soa', 'custom', 'inactivity'] },
});

export const defaultSettings = (): Settings => structuredClone(DEFAULT_SETTINGS);

export const applySettingsPatch = (settings: Settings, patch: SettingsPatch): Settings => ({
  language: patch.language ?? settings.language,
  help: { ...settings.help, ...patch.help },
  overlay: { ...settings.overlay, ...patch.overlay },
  reminders: { ...settings.reminders, ...patch.reminders },
});

// ---------------------------------------------------------------- progress

export const TICK_SOURCES = ['user', 'portal'] as const;
export const tickSchema = z.strictObject({
  done: z.boolean(),
  at: isoInstantSchema,
  by: z.enum(TICK_SOURCES),
});
export type Tick = z.infer<typeof tickSchema>;

export const ticksSchema = z
  .record(itemIdSchema, tickSchema)
  .refine(
    (ticks) => Object.keys(ticks).length <= MAX_TICKS_PER_PROFILE,
    `at most ${MAX_TICKS_PER_PROFILE} items`,
  );

export const lastVisitSchema = z.strictObject({
  at: isoInstantSchema,
  page: pageIdSchema,
  lang: langSchema,
});
export type LastVisit = z.infer<typeof lastVisitSchema>;

const knownPageIdSchema = pageIdSchema.exclude(['unknown']);

/** Pages the portal has shown on this profile, each with the first time it did: the journey reads them. */
export const seenPagesSchema = z.partialRecord(knownPageIdSchema, isoInstantSchema);
export type SeenPages = z.infer<typeof seenPagesSchema>;

export const profileSchema = z.strictObject({
  id: recordIdSchema,
  /** `null` means "the default name": the UI shows DEFAULT_PROFILE_LABEL in its language, so no language is frozen in storage. */
  label: profileLabelSchema.nullable(),
  role: roleIdSchema.nullable(),
  createdAt: isoInstantSchema,
  ticks: ticksSchema,
  /** Last portal page seen while signed in; the inactivity countdown (lib/deadlines) reads it. */
  lastVisit: lastVisitSchema.optional(),
  /** Since v2. Omitted: nothing seen yet (every v1 profile). */
  seen: seenPagesSchema.optional(),
  /** Since v2: the last portal page recognised, signed in or not; the popup's next action starts from it. */
  lastPage: knownPageIdSchema.optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const DEFAULT_PROFILE_ID = 'default';
export const DEFAULT_PROFILE_LABEL: Text = { en: 'My business', fr: 'Mon entreprise' };

export const profileLabel = (profile: Pick<Profile, 'label'>, lang: 'en' | 'fr'): string =>
  profile.label ?? DEFAULT_PROFILE_LABEL[lang];

export const progressStateSchema = z
  .strictObject({
    activeProfileId: recordIdSchema,
    profiles: z.array(profileSchema).min(1).max(MAX_PROFILES),
  })
  .superRefine((state, ctx) => {
    const ids = state.profiles.map((profile) => profile.id);
    if (!isUnique(ids))
      ctx.addIssue({ code: 'custom', message: 'profile ids must be unique', path: ['profiles'] });
    if (!ids.includes(state.activeProfileId)) {
      ctx.addIssue({ code: 'custom', message: 'active profile does not exist', path: ['activeProfileId'] });
    }
  });
export type ProgressState = z.infer<typeof progressStateSchema>;

export const defaultProfile = (now: Date, id = DEFAULT_PROFILE_ID): Profile => ({
  id,
  label: null,
  role: null,
  createdAt: now.toISOString(),
  ticks: {},
});

export const defaultProgress = (now: Date): ProgressState => ({
  activeProfileId: DEFAULT_PROFILE_ID,
  profiles: [defaultProfile(now)],
});

// ---------------------------------------------------------------- user deadlines

export const deadlineTitleSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine(hasNoControlChars, 'no control characters');
export const deadlineNoteSchema = z
  .string()
  .trim()
  .max(200)
  .refine(hasNoControlCharsButNewlines, 'no control characters');

export const userDeadlineSchema = z.strictObject({
  id: recordIdSchema,
  title: deadlineTitleSchema,
  at: isoInstantSchema,
  note: deadlineNoteSchema.optional(),
});
export type UserDeadline = z.infer<typeof userDeadlineSchema>;

export const userDeadlinesSchema = z
  .array(userDeadlineSchema)
  .max(MAX_USER_DEADLINES)
  .refine((list) => isUnique(list.map((deadline) => deadline.id)), 'deadline ids must be unique');

// ---------------------------------------------------------------- recovery report

/** The last time stored data had to be repaired, and what was dropped or defaulted (English, for support). */
export const problemsReportSchema = z.strictObject({
  at: isoInstantSchema,
  problems: z.array(z.string().max(300)).min(1).max(MAX_PROBLEMS),
});
export type ProblemsReport = z.infer<typeof problemsReportSchema>;

export const PROBLEMS_NOTICE: Text = {
  en: 'Some saved progress could not be read. We kept everything that was still valid and reset the rest.',
  fr: 'Une partie de la progression enregistrée était illisible. Nous avons gardé tout ce qui était encore valide et réinitialisé le reste.',
};

// ---------------------------------------------------------------- snapshot and export file

/** What every UI renders: all stored values, validated. */
export const snapshotSchema = z.strictObject({
  progress: progressStateSchema,
  settings: settingsSchema,
  userDeadlines: userDeadlinesSchema,
  problems: problemsReportSchema.nullable(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const EXPORT_FORMAT = 'carm-guide-progress';
export const EXPORT_VERSION = 2;

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoInstantSchema,
  progress: progressStateSchema,
  settings: settingsSchema,
  userDeadlines: userDeadlinesSchema,
});
export type ExportFile = z.infer<typeof exportFileSchema>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
