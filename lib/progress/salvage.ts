import { z } from 'zod';
import { roleIdSchema } from '../guide/ids';
import { dropUnknownTicks } from './known-items';
import {
  DEFAULT_SETTINGS,
  defaultProfile,
  defaultProgress,
  isoInstantSchema,
  itemIdSchema,
  lastVisitSchema,
  MAX_PROBLEMS,
  MAX_PROFILES,
  MAX_REMINDER_DAYS,
  MAX_TICKS_PER_PROFILE,
  MAX_USER_DEADLINES,
  type ProblemsReport,
  type Profile,
  type ProgressState,
  problemsReportSchema,
  profileLabelSchema,
  profileSchema,
  progressStateSchema,
  recordIdSchema,
  type SeenPages,
  type Settings,
  seenPagesSchema,
  settingsSchema,
  type Tick,
  tickSchema,
  type UserDeadline,
  userDeadlineSchema,
  userDeadlinesSchema,
} from './schema';

/**
 * Stored values can be damaged (a bug, a downgrade, another extension or a hand edit in devtools). Each salvage
 * keeps every part that is still valid, defaults or drops the rest, and says what it did, in English, for the
 * recovery report. `null` means "nothing stored yet", which is not a problem.
 */
export interface Salvaged<T> {
  value: T;
  problems: string[];
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;

const unknownKeys = (raw: Plain, known: readonly string[], path: string, problems: string[]) => {
  const extra = Object.keys(raw).filter((key) => !known.includes(key));
  if (extra.length > 0) problems.push(`${path}: ${extra.length} unknown field(s) dropped`);
};

// ---------------------------------------------------------------- settings

/** Walks the settings shape field by field: a bad field falls back to its default, its siblings are kept. */
const salvageShape = (
  shape: Record<string, z.ZodType>,
  raw: unknown,
  fallback: Plain,
  path: string,
  problems: string[],
): Plain => {
  if (!isPlain(raw)) {
    problems.push(`${path}: ${kindOf(raw)} instead of an object, defaults used`);
    return structuredClone(fallback);
  }
  const out: Plain = {};
  for (const [key, schema] of Object.entries(shape)) {
    const where = `${path}.${key}`;
    if (schema instanceof z.ZodObject) {
      out[key] = salvageShape(schema.shape, raw[key], fallback[key] as Plain, where, problems);
      continue;
    }
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) {
      out[key] = parsed.data;
      continue;
    }
    if (schema instanceof z.ZodArray && Array.isArray(raw[key])) {
      // Keep the valid, distinct entries of a list (reminder days, kinds) rather than the whole default.
      const kept = [
        ...new Set((raw[key] as unknown[]).filter((entry) => z.safeParse(schema.element, entry).success)),
      ];
      const retry = schema.safeParse(kept.slice(0, MAX_REMINDER_DAYS));
      if (retry.success) {
        out[key] = retry.data;
        problems.push(`${where}: invalid entries dropped`);
        continue;
      }
    }
    out[key] = structuredClone(fallback[key]);
    problems.push(`${where}: ${raw[key] === undefined ? 'missing' : 'invalid'}, default used`);
  }
  unknownKeys(raw, Object.keys(shape), path, problems);
  return out;
};

export const salvageSettings = (raw: unknown): Salvaged<Settings> => {
  if (raw == null) return { value: structuredClone(DEFAULT_SETTINGS), problems: [] };
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return { value: whole.data, problems: [] };
  const problems: string[] = [];
  const salvaged = settingsSchema.safeParse(
    salvageShape(settingsSchema.shape, raw, DEFAULT_SETTINGS, 'settings', problems),
  );
  // Field-wise salvage should always validate; if it ever does not, defaults are still better than a throw.
  if (salvaged.success) return { value: salvaged.data, problems };
  return { value: structuredClone(DEFAULT_SETTINGS), problems: [...problems, 'settings: defaults restored'] };
};

// ---------------------------------------------------------------- progress

const salvageTicks = (raw: unknown, where: string, problems: string[]): Record<string, Tick> => {
  const ticks: Record<string, Tick> = {};
  if (!isPlain(raw)) {
    problems.push(`${where}.ticks: ${kindOf(raw)} instead of a map, checklist emptied`);
    return ticks;
  }
  let dropped = 0;
  let kept = 0;
  for (const key of Object.keys(raw)) {
    const tick = tickSchema.safeParse(raw[key]);
    // The id regex also refuses `__proto__`, so assigning the key cannot change the map's prototype.
    if (kept < MAX_TICKS_PER_PROFILE && itemIdSchema.safeParse(key).success && tick.success) {
      ticks[key] = tick.data;
      kept += 1;
    } else {
      dropped += 1;
    }
  }
  if (dropped > 0) problems.push(`${where}.ticks: ${dropped} invalid item(s) dropped`);
  return ticks;
};

/** Keeps each page the portal showed whose id and date are still valid. */
const salvageSeen = (raw: unknown, where: string, problems: string[]): SeenPages => {
  const seen: SeenPages = {};
  if (!isPlain(raw)) {
    problems.push(`${where}.seen: ${kindOf(raw)} instead of a map, forgotten`);
    return seen;
  }
  let dropped = 0;
  for (const key of Object.keys(raw)) {
    const one = seenPagesSchema.safeParse({ [key]: raw[key] });
    if (one.success) Object.assign(seen, one.data);
    else dropped += 1;
  }
  if (dropped > 0) problems.push(`${where}.seen: ${dropped} invalid page(s) forgotten`);
  return seen;
};

const salvageProfile = (raw: unknown, index: number, now: Date, problems: string[]): Profile | undefined => {
  const whole = profileSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const at = `progress.profiles[${index}]`;
  if (!isPlain(raw)) {
    problems.push(`${at}: ${kindOf(raw)} instead of a profile, dropped`);
    return undefined;
  }
  const id = recordIdSchema.safeParse(raw.id);
  if (!id.success) {
    problems.push(`${at}: no valid id, dropped`);
    return undefined;
  }
  const where = `progress.profiles[${index}] (${id.data})`;
  const field = <T>(key: string, schema: z.ZodType<T>, fallback: T, note: string): T => {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) return parsed.data;
    problems.push(`${where}.${key}: invalid, ${note}`);
    return fallback;
  };
  const profile: Profile = {
    id: id.data,
    label: field('label', profileLabelSchema.nullable(), null, 'default name used'),
    role: field('role', roleIdSchema.nullable(), null, 'role cleared'),
    createdAt: field('createdAt', isoInstantSchema, now.toISOString(), 'set to now'),
    ticks: salvageTicks(raw.ticks, where, problems),
  };
  if (raw.lastVisit !== undefined) {
    const visit = lastVisitSchema.safeParse(raw.lastVisit);
    if (visit.success) profile.lastVisit = visit.data;
    else problems.push(`${where}.lastVisit: invalid, forgotten`);
  }
  if (raw.seen !== undefined) profile.seen = salvageSeen(raw.seen, where, problems);
  if (raw.lastPage !== undefined) {
    const last = profileSchema.shape.lastPage.safeParse(raw.lastPage);
    if (last.success && last.data) profile.lastPage = last.data;
    else problems.push(`${where}.lastPage: invalid, forgotten`);
  }
  if (raw.lastLang !== undefined) {
    const last = profileSchema.shape.lastLang.safeParse(raw.lastLang);
    if (last.success && last.data) profile.lastLang = last.data;
    else problems.push(`${where}.lastLang: invalid, forgotten`);
  }
  unknownKeys(raw, Object.keys(profileSchema.shape), where, problems);
  return profile;
};

/** Salvages stored progress, then drops ticks of items the guide does not have, saying how many. */
export const salvageProgress = (raw: unknown, now: Date): Salvaged<ProgressState> => {
  const salvaged = salvageProgressShape(raw, now);
  const problems = [...salvaged.problems];
  const value = dropUnknownTicks(salvaged.value, 'progress', problems);
  return { value, problems };
};

const salvageProgressShape = (raw: unknown, now: Date): Salvaged<ProgressState> => {
  if (raw == null) return { value: defaultProgress(now), problems: [] };
  const whole = progressStateSchema.safeParse(raw);
  if (whole.success) return { value: whole.data, problems: [] };
  const problems: string[] = [];
  if (!isPlain(raw)) {
    problems.push(`progress: ${kindOf(raw)} instead of progress, started again with one empty profile`);
    return { value: defaultProgress(now), problems };
  }
  const rawProfiles = Array.isArray(raw.profiles) ? raw.profiles : [];
  if (!Array.isArray(raw.profiles))
    problems.push(`progress.profiles: ${kindOf(raw.profiles)} instead of a list`);
  const profiles: Profile[] = [];
  rawProfiles.forEach((entry, index) => {
    const profile = salvageProfile(entry, index, now, problems);
    if (!profile) return;
    if (profiles.some((kept) => kept.id === profile.id)) {
      problems.push(`progress.profiles[${index}] (${profile.id}): duplicate id, dropped`);
    } else if (profiles.length >= MAX_PROFILES) {
      problems.push(`progress.profiles[${index}] (${profile.id}): over ${MAX_PROFILES} profiles, dropped`);
    } else {
      profiles.push(profile);
    }
  });
  const first = profiles[0] ?? defaultProfile(now);
  if (profiles.length === 0) {
    problems.push('progress: no readable profile, started again with one empty profile');
    profiles.push(first);
  }
  const activeProfileId = profiles.some((profile) => profile.id === raw.activeProfileId)
    ? (raw.activeProfileId as string)
    : first.id;
  if (activeProfileId !== raw.activeProfileId)
    problems.push('progress.activeProfileId: unknown, first profile chosen');
  unknownKeys(raw, ['activeProfileId', 'profiles'], 'progress', problems);
  const salvaged = progressStateSchema.safeParse({ activeProfileId, profiles });
  if (salvaged.success) return { value: salvaged.data, problems };
  return {
    value: defaultProgress(now),
    problems: [...problems, 'progress: started again with one empty profile'],
  };
};

// ---------------------------------------------------------------- user deadlines and the report

export const salvageUserDeadlines = (raw: unknown): Salvaged<UserDeadline[]> => {
  if (raw == null) return { value: [], problems: [] };
  const whole = userDeadlinesSchema.safeParse(raw);
  if (whole.success) return { value: whole.data, problems: [] };
  if (!Array.isArray(raw))
    return { value: [], problems: [`userDeadlines: ${kindOf(raw)} instead of a list, emptied`] };
  const problems: string[] = [];
  const value: UserDeadline[] = [];
  raw.forEach((entry, index) => {
    const deadline = userDeadlineSchema.safeParse(entry);
    if (!deadline.success) problems.push(`userDeadlines[${index}]: invalid, dropped`);
    else if (value.some((kept) => kept.id === deadline.data.id))
      problems.push(`userDeadlines[${index}]: duplicate id, dropped`);
    else if (value.length >= MAX_USER_DEADLINES)
      problems.push(`userDeadlines[${index}]: over ${MAX_USER_DEADLINES}, dropped`);
    else value.push(deadline.data);
  });
  return { value, problems };
};

export const salvageProblems = (raw: unknown): Salvaged<ProblemsReport | null> => {
  if (raw == null) return { value: null, problems: [] };
  const report = problemsReportSchema.safeParse(raw);
  return report.success
    ? { value: report.data, problems: [] }
    : { value: null, problems: ['problems: unreadable recovery report discarded'] };
};

/** Caps a report so a badly damaged store cannot produce an oversized one. */
export const toReport = (problems: readonly string[], now: Date): ProblemsReport | null => {
  if (problems.length === 0) return null;
  const kept =
    problems.length > MAX_PROBLEMS
      ? [...problems.slice(0, MAX_PROBLEMS - 1), `…and ${problems.length - MAX_PROBLEMS + 1} more`]
      : problems;
  return { at: now.toISOString(), problems: kept.map((problem) => problem.slice(0, 300)) };
};
