import type { PageId, RoleId } from '../guide/ids';
import type { Lang } from '../i18n/text';
import {
  defaultProfile,
  defaultProgress,
  MAX_PROFILES,
  type Profile,
  type ProgressState,
  type Tick,
} from './schema';

/** A change to progress. Profile ids are explicit: the caller resolves "the active profile" before reducing. */
export type ProgressEvent =
  | { type: 'tick'; profileId: string; itemId: string; done: boolean; by: Tick['by'] }
  | { type: 'set-role'; profileId: string; role: RoleId | null }
  | { type: 'create-profile'; id: string; label: string | null; role: RoleId | null; activate: boolean }
  | { type: 'rename-profile'; profileId: string; label: string | null }
  | { type: 'delete-profile'; profileId: string }
  | { type: 'switch-profile'; profileId: string }
  | { type: 'record-visit'; profileId: string; page: PageId; lang: Lang }
  /** The portal showed a page: the last visit (signed-in pages), the last page and the pages seen. */
  | { type: 'page-seen'; profileId: string; page: PageId; lang: Lang }
  | { type: 'reset-profile'; profileId: string }
  | { type: 'reset-all' };

export type Rejection = 'not-found' | 'last-profile' | 'limit-reached';

/** Pages that do not prove a signed-in session, so they must not hold off the 180-day inactivity countdown. */
const NOT_SIGNED_IN_PAGES: ReadonlySet<PageId> = new Set(['sign-in', 'unknown']);

const findProfile = (state: ProgressState, id: string): Profile | undefined =>
  state.profiles.find((profile) => profile.id === id);

/** Why `reduce` would ignore an event, so the caller can tell the user; null when it applies (or is a harmless no-op). */
export const rejection = (state: ProgressState, event: ProgressEvent): Rejection | null => {
  switch (event.type) {
    case 'reset-all':
      return null;
    case 'create-profile':
      return state.profiles.length >= MAX_PROFILES ? 'limit-reached' : null;
    case 'delete-profile':
      if (!findProfile(state, event.profileId)) return 'not-found';
      return state.profiles.length <= 1 ? 'last-profile' : null;
    default:
      return findProfile(state, event.profileId) ? null : 'not-found';
  }
};

const updateProfile = (
  state: ProgressState,
  id: string,
  update: (profile: Profile) => Profile,
): ProgressState => {
  const index = state.profiles.findIndex((profile) => profile.id === id);
  const current = state.profiles[index];
  if (!current) return state;
  const next = update(current);
  if (next === current) return state;
  const profiles = state.profiles.slice();
  profiles[index] = next;
  return { ...state, profiles };
};

const tickItem = (profile: Profile, event: Extract<ProgressEvent, { type: 'tick' }>, at: string): Profile => {
  // hasOwn, not `in`: an item id such as "constructor" must not find Object.prototype's.
  const current = Object.hasOwn(profile.ticks, event.itemId) ? profile.ticks[event.itemId] : undefined;
  if (event.by === 'portal') {
    // The portal only ticks; a record of any kind (done, or unticked by the user) wins, so the user's choice sticks.
    if (!event.done || current) return profile;
  } else if (current && current.done === event.done) {
    return profile;
  }
  return { ...profile, ticks: { ...profile.ticks, [event.itemId]: { done: event.done, at, by: event.by } } };
};

/** Pure: returns `state` itself when nothing changes, so callers can skip the write. */
export const reduce = (state: ProgressState, event: ProgressEvent, now: Date): ProgressState => {
  if (rejection(state, event)) return state;
  const at = now.toISOString();
  switch (event.type) {
    case 'tick':
      return updateProfile(state, event.profileId, (profile) => tickItem(profile, event, at));
    case 'set-role':
      return updateProfile(state, event.profileId, (profile) =>
        profile.role === event.role ? profile : { ...profile, role: event.role },
      );
    case 'create-profile': {
      if (findProfile(state, event.id)) return state;
      const profile: Profile = { ...defaultProfile(now, event.id), label: event.label, role: event.role };
      return {
        activeProfileId: event.activate ? event.id : state.activeProfileId,
        profiles: [...state.profiles, profile],
      };
    }
    case 'rename-profile':
      return updateProfile(state, event.profileId, (profile) =>
        profile.label === event.label ? profile : { ...profile, label: event.label },
      );
    case 'delete-profile': {
      const profiles = state.profiles.filter((profile) => profile.id !== event.profileId);
      const first = profiles[0];
      if (!first) return state;
      const activeProfileId = state.activeProfileId === event.profileId ? first.id : state.activeProfileId;
      return { activeProfileId, profiles };
    }
    case 'switch-profile':
      return state.activeProfileId === event.profileId
        ? state
        : { ...state, activeProfileId: event.profileId };
    case 'record-visit':
      if (NOT_SIGNED_IN_PAGES.has(event.page)) return state;
      return updateProfile(state, event.profileId, (profile) => ({
        ...profile,
        lastVisit: { at, page: event.page, lang: event.lang },
      }));
    case 'page-seen':
      return updateProfile(state, event.profileId, (profile) => {
        const page = event.page;
        if (page === 'unknown') return profile;
        const next: Profile = { ...profile, lastPage: page, lastLang: event.lang };
        if (!NOT_SIGNED_IN_PAGES.has(page)) next.lastVisit = { at, page, lang: event.lang };
        if (!profile.seen || !Object.hasOwn(profile.seen, page)) next.seen = { ...profile.seen, [page]: at };
        return next;
      });
    case 'reset-profile':
      // Keeps the name, role and last visit: the checklist and the pages seen start over.
      return updateProfile(state, event.profileId, (profile) => {
        if (Object.keys(profile.ticks).length === 0 && !profile.seen) return profile;
        const { seen: _seen, ...rest } = profile;
        return { ...rest, ticks: {} };
      });
    case 'reset-all':
      return defaultProgress(now);
  }
};
