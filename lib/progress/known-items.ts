import { CHECKLIST } from '../guide/checklist';
import type { ProgressState } from './schema';

let known: ReadonlySet<string> | undefined;

/** Whether the guide has a checklist item with this id (issue 15, finding 5: only those can be stored). */
export const isKnownItem = (id: string): boolean => {
  known ??= new Set(CHECKLIST.map((item) => item.id));
  return known.has(id);
};

/**
 * Drops ticks of items the guide does not have (made up, or from another version of the guide), profile by
 * profile; says how many in `problems`, for the recovery report. Returns the same object when nothing was dropped.
 */
export const dropUnknownTicks = (
  progress: ProgressState,
  where: string,
  problems: string[],
): ProgressState => {
  let changed = false;
  const profiles = progress.profiles.map((profile) => {
    const ids = Object.keys(profile.ticks);
    const unknown = ids.filter((id) => !isKnownItem(id));
    if (unknown.length === 0) return profile;
    changed = true;
    problems.push(
      `${where}.profiles (${profile.id}).ticks: ${unknown.length} item(s) the guide does not have dropped`,
    );
    const ticks = Object.fromEntries(Object.entries(profile.ticks).filter(([id]) => isKnownItem(id)));
    return { ...profile, ticks };
  });
  return changed ? { ...progress, profiles } : progress;
};
