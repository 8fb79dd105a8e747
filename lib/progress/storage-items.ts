import { storage } from 'wxt/utils/storage';
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
 * Storage items, all at version 1. WXT keeps the version in `<key>$` as { v } and runs `migrations[n]` for every
 * n above the stored version as soon as the item is defined; a value without metadata counts as v1. To change a
 * shape: bump `version`, add `migrations[2]`, and keep the salvage in salvage.ts accepting the new shape.
 */

/** Shown to code that reads the item directly before anything was stored; readSnapshot builds a fresh default. */
const PROGRESS_FALLBACK: ProgressState = defaultProgress(new Date(0));

export const progressItem = storage.defineItem<ProgressState>('local:progress', {
  fallback: PROGRESS_FALLBACK,
  version: STORED_VERSION,
  migrations: {},
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: STORED_VERSION,
  migrations: {},
});

export const userDeadlinesItem = storage.defineItem<UserDeadline[]>('local:userDeadlines', {
  fallback: [],
  version: STORED_VERSION,
  migrations: {},
});

/** The last recovery report; null once the user has dismissed it. */
export const problemsItem = storage.defineItem<ProblemsReport | null>('local:problems', {
  fallback: null,
  version: STORED_VERSION,
  migrations: {},
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
  getValue(): Promise<unknown>;
  readonly fallback: unknown;
}

/**
 * Reads one item and validates it; damaged values are salvaged, never thrown. WXT returns the very `fallback`
 * object when nothing is stored, which the salvage treats as "nothing stored" rather than as data.
 */
export const readValidated = async <T>(
  item: ReadableItem,
  salvage: (raw: unknown, now: Date) => Salvaged<T>,
  now: Date = new Date(),
): Promise<Salvaged<T>> => {
  const raw = await item.getValue();
  return salvage(raw === item.fallback ? null : raw, now);
};

export interface SnapshotRead {
  snapshot: Snapshot;
  /** What this read had to repair; empty when storage was clean. */
  problems: string[];
  /** Items whose stored value differs from the snapshot's and should be written back. */
  damaged: StoredKey[];
}

/** Reads everything; when something was repaired, `snapshot.problems` is the fresh report (not yet stored). */
export const readSnapshot = async (now: Date = new Date()): Promise<SnapshotRead> => {
  const [progress, settings, userDeadlines, problems] = await Promise.all([
    readValidated(progressItem, salvageProgress, now),
    readValidated(settingsItem, salvageSettings, now),
    readValidated(userDeadlinesItem, salvageUserDeadlines, now),
    readValidated(problemsItem, salvageProblems, now),
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
