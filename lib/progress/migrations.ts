// No zod and no guide data here: storage-items runs these on every read, in every context.

/**
 * Version 1 kept no record of the pages the portal showed; only its confirmation ticks and the last visit tell.
 * These are v1's own item ids (frozen: a migration describes the old data, not today's guide).
 */
const V1_PORTAL_TICK_PAGE: Readonly<Record<string, string>> = {
  'account-profile': 'first-time-setup',
  'link-business-confirmed': 'business-linked',
  'delegate-approve': 'delegation-approved',
};

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const seenFromV1 = (profile: Plain): Record<string, string> => {
  const seen: Record<string, string> = {};
  const ticks = isPlain(profile.ticks) ? profile.ticks : {};
  for (const [id, page] of Object.entries(V1_PORTAL_TICK_PAGE)) {
    const tick = Object.hasOwn(ticks, id) ? ticks[id] : undefined;
    if (isPlain(tick) && tick.by === 'portal' && tick.done === true && typeof tick.at === 'string') {
      seen[page] = tick.at;
    }
  }
  const visit = profile.lastVisit;
  if (
    isPlain(visit) &&
    typeof visit.page === 'string' &&
    visit.page !== 'unknown' &&
    typeof visit.at === 'string'
  ) {
    seen[visit.page] ??= visit.at;
  }
  return seen;
};

/**
 * Progress v1 → v2: each profile gets `seen`, the pages the portal showed as far as v1 can tell (its portal
 * confirmations and its last visit). Anything that is not shaped like v1 progress is passed on untouched for the
 * salvage to judge.
 */
export const progressV1ToV2 = (old: unknown): unknown => {
  if (!isPlain(old) || !Array.isArray(old.profiles)) return old;
  return {
    ...old,
    profiles: old.profiles.map((profile: unknown) => {
      if (!isPlain(profile) || profile.seen !== undefined) return profile;
      const seen = seenFromV1(profile);
      return Object.keys(seen).length > 0 ? { ...profile, seen } : profile;
    }),
  };
};
