import { storage } from 'wxt/utils/storage';
import { progressV1ToV2 } from './migrations';
import {
  type Salvaged,
  salvageProblems,
  salvageProgress,
  salvageSettings,
  salvageUserDeadlines,
  toReport,
} from './salvage';
import {
  DEFAULT_SETTINGS,
  defaultProgress,
  type ProblemsReport,
  type ProgressState,
  type Settings,
  type Snapshot,
  STORED_VERSION,
  type UserDeadline,
} from './schema';

/*
 * Storage items, all at STORED_VERSION, the version kept in `<key>$` as { v } (WXT's metadata convention; a value
 * without metadata counts as v1). Migrations are ours, run by `migrateValue` on every read, not by WXT's item
 * options: WXT's runner builds an array sized by the stored number, so a garbage marker such as
 * { v: -2147483648 } ran every extension context out of memory at start-up (docs/reliability.md, D1).
 * To change a shape: bump STORED_VERSION, add MIGRATIONS[key][2], keep salvage.ts accepting the new shape.
 */

/** Per item, the function that turns a value of version n - 1 into version n (absent: the shape did not change). */
export const MIGRATIONS: Record<StoredKey, Record<number, (old: unknown) => unknown>> = {
  progress: { 2: progressV1ToV2 },
  settings: {},
  userDeadlines: {},
  problems: {},
};

export interface Migrated {
  value: unknown;
  /** The version the value was read at (garbage markers count as 1). */
  from: number;
  problems: string[];
}

/**
 * Brings one stored value to `target` through `table`. The marker is untrusted: anything but a whole number from 1
 * to `target` is reported; a newer version is read as it is (the salvage keeps what it can), garbage counts as 1.
 */
export const migrateValue = (
  key: string,
  value: unknown,
  meta: unknown,
  table: Record<number, (old: unknown) => unknown>,
  target: number = STORED_VERSION,
): Migrated => {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  if (value == null) return { value, from: target, problems: [] };
  if (v === undefined) return { ...runMigrations(value, 1, table, target), problems: [] };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return {
      ...runMigrations(value, 1, table, target),
      problems: [`${key}: unreadable version marker, read as version 1`],
    };
  }
  if (v > target)
    return {
      value,
      from: v,
      problems: [`${key}: saved by a newer version (v${v}); kept what this one can read`],
    };
  return { ...runMigrations(value, v, table, target), problems: [] };
};

const runMigrations = (
  value: unknown,
  from: number,
  table: Record<number, (old: unknown) => unknown>,
  target: number,
) => {
  let current = value;
  for (let n = from + 1; n <= target; n++) current = table[n]?.(current) ?? current;
  return { value: current, from };
};

/** Shown to code that reads the item directly before anything was stored; readSnapshot builds a fresh default. */
const PROGRESS_FALLBACK: ProgressState = defaultProgress(new Date(0));

export const progressItem = storage.defineItem<ProgressState>('local:progress', {
  fallback: PROGRESS_FALLBACK,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

export const userDeadlinesItem = storage.defineItem<UserDeadline[]>('local:userDeadlines', {
  fallback: [],
});

/** The last recovery report; null once the user has dismissed it. */
export const problemsItem = storage.defineItem<ProblemsReport | null>('local:problems', {
  fallback: null,
});

export type StoredKey = 'progress' | 'settings' | 'userDeadlines' | 'problems';
export type StoredValues = Snapshot;

const ITEMS = {
  progress: progressItem,
  settings: settingsItem,
  userDeadlines: userDeadlinesItem,
  problems: problemsItem,
} as const;

export const STORED_ITEMS = Object.values(ITEMS);

interface ReadableItem {
  readonly key: string;
  getValue(): Promise<unknown>;
  getMeta(): Promise<unknown>;
  readonly fallback: unknown;
}

/**
 * Reads one item: migrates it through `migrations` (the version marker is untrusted, see migrateValue), then
 * validates it; damaged values are salvaged, never thrown. WXT returns the very `fallback` object when nothing is
 * stored, which the salvage treats as "nothing stored" rather than as data.
 */
export const readValidated = async <T>(
  item: ReadableItem,
  salvage: (raw: unknown, now: Date) => Salvaged<T>,
  now: Date = new Date(),
  migrations: Record<number, (old: unknown) => unknown> = {},
): Promise<Salvaged<T>> => {
  const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
  const migrated = migrateValue(
    item.key.replace(/^\w+:/, ''),
    raw === item.fallback ? null : raw,
    meta,
    migrations,
  );
  const salvaged = salvage(migrated.value, now);
  return { value: salvaged.value, problems: [...migrated.problems, ...salvaged.problems] };
};

export interface SnapshotRead {
  snapshot: Snapshot;
  /** What this read had to repair; empty when storage was clean. */
  problems: string[];
  /** Items whose stored value differs from the snapshot's and should be written back. */
  damaged: StoredKey[];
}

const SALVAGE = {
  progress: salvageProgress,
  settings: salvageSettings,
  userDeadlines: salvageUserDeadlines,
  problems: salvageProblems,
} as const;

/** One item's stored value, migrated (guarded) and salvaged. */
const readKey = <K extends StoredKey>(key: K, now: Date) =>
  readValidated(
    ITEMS[key],
    SALVAGE[key] as (raw: unknown, now: Date) => Salvaged<StoredValues[K]>,
    now,
    MIGRATIONS[key],
  );

/** Reads everything; when something was repaired, `snapshot.problems` is the fresh report (not yet stored). */
export const readSnapshot = async (now: Date = new Date()): Promise<SnapshotRead> => {
  const [progress, settings, userDeadlines, problems] = await Promise.all([
    readKey('progress', now),
    readKey('settings', now),
    readKey('userDeadlines', now),
    readKey('problems', now),
  ]);
  const parts = { progress, settings, userDeadlines, problems };
  const damaged = (Object.keys(parts) as StoredKey[]).filter((key) => parts[key].problems.length > 0);
  const fresh = damaged.flatMap((key) => parts[key].problems);
  return {
    snapshot: {
      progress: progress.value,
      settings: settings.value,
      userDeadlines: userDeadlines.value,
      problems: toReport(fresh, now) ?? problems.value,
    },
    problems: fresh,
    damaged,
  };
};

/**
 * Writes the given values and their version metadata in one storage call, so a worker stopped mid-write leaves
 * either the old or the new state, never half of an import.
 */
export const writeStored = async (values: Partial<StoredValues>): Promise<void> => {
  const entries = (Object.keys(values) as StoredKey[]).flatMap((key) => [
    { item: ITEMS[key], value: values[key] ?? null },
    { key: `${ITEMS[key].key}$` as const, value: { v: STORED_VERSION } },
  ]);
  if (entries.length > 0) await storage.setItems(entries);
};
