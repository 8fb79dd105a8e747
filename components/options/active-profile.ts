import type { Profile, Snapshot } from '@/lib/progress/schema';

/** The active profile; the progress schema guarantees it exists. */
export const activeProfile = (snapshot: Snapshot): Profile => {
  const { activeProfileId, profiles } = snapshot.progress;
  const found = profiles.find((p) => p.id === activeProfileId) ?? profiles[0];
  if (!found) throw new Error('A snapshot always has at least one profile');
  return found;
};
