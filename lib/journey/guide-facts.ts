import { checklistFor } from '../guide';
import { type KnownPageId, PAGE_IDS, PAGE_STEP, ROLE_PATH, type RoleId } from '../guide/ids';
import { PAGE_GUIDANCE } from '../guide/page-guidance';
import type { PageAction } from '../guide/schema';
import { CONFIRMATION_PAGES } from '../progress/confirmation-pages';
import type { JourneyFacts, JourneyItem, JourneyPage } from './journey';
import type { PageGuidance } from './next-action';

// The guide's data as the journey model needs it: ids, steps, kinds. Built once per role.

const KNOWN_PAGES = PAGE_IDS.filter((id): id is KnownPageId => id !== 'unknown');

const forRole = (roles: readonly RoleId[] | undefined, role: RoleId) => !roles || roles.includes(role);

const PAGES: JourneyPage[] = KNOWN_PAGES.map((id) => {
  const confirms = (CONFIRMATION_PAGES as Partial<Record<KnownPageId, JourneyPage['step']>>)[id];
  return { id, step: PAGE_STEP[id], ...(confirms ? { confirms } : {}) };
});

const factsCache = new Map<RoleId, JourneyFacts>();

export const journeyFacts = (role: RoleId): JourneyFacts => {
  let facts = factsCache.get(role);
  if (!facts) {
    const path = ROLE_PATH[role];
    const items: JourneyItem[] = path.flatMap((step) =>
      checklistFor(role, step).map((i) => ({
        id: i.id,
        step: i.step,
        kind: i.kind ?? 'required',
        ...(i.group ? { group: i.group } : {}),
      })),
    );
    facts = { path, items, pages: PAGES };
    factsCache.set(role, facts);
  }
  return facts;
};

/** The page's "what to do here" for the role; undefined when the page has nothing to say to it. */
export const pageActionFor = (page: KnownPageId, role: RoleId | null): PageAction | undefined =>
  PAGE_GUIDANCE[page]?.doHere.find((a) => (role ? forRole(a.roles, role) : !a.roles));

/** The page that normally follows `page` for the role. */
export const nextPageFor = (page: KnownPageId, role: RoleId | null): KnownPageId | undefined =>
  PAGE_GUIDANCE[page]?.next.find((n) => (role ? forRole(n.roles, role) : !n.roles))?.page;

const guidanceCache = new Map<RoleId, PageGuidance[]>();

/** Every page, in registry order, with whether it says what to do for the role and what follows it. */
export const pageGuidanceFor = (role: RoleId): PageGuidance[] => {
  let list = guidanceCache.get(role);
  if (!list) {
    list = KNOWN_PAGES.map((id) => {
      const next = nextPageFor(id, role);
      return { id, step: PAGE_STEP[id], doHere: !!pageActionFor(id, role), ...(next ? { next } : {}) };
    });
    guidanceCache.set(role, list);
  }
  return list;
};
