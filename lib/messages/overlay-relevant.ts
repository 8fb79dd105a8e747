// No zod here: the content script imports it, and it only compares what storage events carry.

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** Progress as the overlay sees it: everything but each profile's last visit and last page. */
const shown = (progress: unknown): string => {
  if (typeof progress !== 'object' || progress === null) return JSON.stringify(progress ?? null);
  const { profiles, ...rest } = progress as { profiles?: unknown };
  const list = Array.isArray(profiles)
    ? profiles.map((p) => {
        if (typeof p !== 'object' || p === null) return p;
        const { lastVisit: _v, lastPage: _p, lastLang: _l, ...kept } = p as Record<string, unknown>;
        return kept;
      })
    : profiles;
  return JSON.stringify({ ...rest, profiles: list });
};

/**
 * Whether a storage change can alter what a portal tab's overlay shows: settings, or progress beyond the last
 * visit (which every page change in any tab moves). Other tabs then stay still while one tab navigates.
 */
export const isOverlayRelevant = (changes: Record<string, StorageChange>): boolean => {
  if ('settings' in changes) return true;
  const progress = changes.progress;
  if (!progress) return false;
  return shown(progress.oldValue) !== shown(progress.newValue);
};
