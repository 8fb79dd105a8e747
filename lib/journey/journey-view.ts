import {
  CHECKLIST,
  checklistFor,
  type KnownPageId,
  PAGE_STEP,
  type PageId,
  ROLES,
  type RoleId,
  type StepId,
  stepById,
} from '../guide';
import { PAGE_GUIDANCE } from '../guide/page-guidance';
import { PAGE_NAMES } from '../guide/pages';
import { fill } from '../i18n/boot-strings';
import type { Lang, Source } from '../i18n/text';
import type { Profile } from '../progress/schema';
import { journeyFacts, pageActionFor, pageGuidanceFor } from './guide-facts';
import { computeJourney, type StepState } from './journey';
import { type JourneyStrings, journeyStrings } from './journey-strings';
import { nextTarget } from './next-action';
import { PORTAL_ORIGIN } from './portal-origin';

/** A source as the UI shows it. */
export interface JourneySource {
  url: string;
  title?: string;
  uncertain: boolean;
}

export interface JourneyPart {
  id: StepId;
  /** 1-based, on the role's path. */
  number: number;
  name: string;
  /** "Part 3 · Link your business". */
  label: string;
  state: StepState;
  /** Units met (a group of alternatives counts as one) and their number. */
  met: number;
  total: number;
  current: boolean;
}

/**
 * The one journey view: the background computes it and the overlay, the popup, the options page and the side
 * panel render it as it is, so they cannot disagree. Plain data, in one language.
 */
export interface JourneyView {
  lang: Lang;
  ui: JourneyStrings;
  role: RoleId | null;
  roleTitle?: string;
  parts: JourneyPart[];
  /** The part the user is at (absent until a role is chosen). */
  position?: JourneyPart;
  /** "What to do here": the page the user is on (the overlay) or last saw (the popup). */
  here?: {
    page: KnownPageId;
    pageName: string;
    text: string;
    source: JourneySource;
    /** Label of the page's own part, when it is not the position's (or is off the path). */
    part?: string;
    /** The portal shows its own "Step n of m" on this page. */
    portalCounter?: boolean;
  };
  /** The next action for the position. */
  next?: {
    step: StepId;
    text: string;
    /** "On Portal home:" when the action is on another page than this one. */
    where?: string;
    page?: KnownPageId;
    itemId?: string;
    source?: JourneySource;
    /** Where "Open the portal" goes. */
    url: string;
  };
  complete: boolean;
  /** The position part's checklist, to tick from the popup. */
  checklist: JourneyCheck[];
  /** The name of the page of the last visit (the popup's "Last on the portal"). */
  lastVisitPage?: string;
}

export interface JourneyCheck {
  id: string;
  text: string;
  detail?: string;
  done: boolean;
  byPortal: boolean;
  optional: boolean;
  /** Set on members of a group of alternatives. */
  group?: string;
}

const link = (s: Source, lang: Lang): JourneySource => ({
  url: s.url,
  ...(s.title ? { title: s.title[lang] } : {}),
  uncertain: s.certainty === 'uncertain',
});

const portalPath = (step: StepId, lang: Lang) =>
  // The only real paths known are sign-in and home (carm-facts.md §2.1).
  `${PORTAL_ORIGIN}/${lang}/${step === 'prepare' || step === 'account' ? 'auth/login' : 'homepage'}`;

/** The journey view of a profile, on `page` (the overlay's page, or the last page seen for the popup). */
export const buildJourneyView = (profile: Profile, lang: Lang, page: PageId | undefined): JourneyView => {
  const ui = journeyStrings(lang);
  const role = profile.role;
  const lastVisitPage = profile.lastVisit ? PAGE_NAMES[profile.lastVisit.page][lang] : undefined;
  const visit = lastVisitPage ? { lastVisitPage } : {};
  if (!role) return { lang, ui, role: null, parts: [], complete: false, checklist: [], ...visit };
  const roleTitle = ROLES.find((r) => r.id === role)?.title[lang];
  const facts = journeyFacts(role);
  const journey = computeJourney(facts, { ticks: profile.ticks, seen: profile.seen ?? {} });
  const parts: JourneyPart[] = journey.steps.map((s) => {
    const name = stepById(s.id).short[lang];
    return {
      id: s.id,
      number: s.index + 1,
      name,
      label: fill(ui.part, { n: s.index + 1, name }),
      state: s.state,
      met: s.unitsMet,
      total: s.units.length,
      current: s.index === journey.position,
    };
  });
  const position = parts[journey.position];
  const known = page && page !== 'unknown' ? page : undefined;
  let here: JourneyView['here'];
  const action = known ? pageActionFor(known, role) : undefined;
  if (known && action) {
    const own = parts.find((p) => p.id === PAGE_STEP[known]);
    here = {
      page: known,
      pageName: PAGE_NAMES[known][lang],
      text: action.text[lang],
      source: link(action.source, lang),
      ...(own && own.id !== position?.id ? { part: own.label } : {}),
      ...(PAGE_GUIDANCE[known]?.portalCounter ? { portalCounter: true } : {}),
    };
  }
  const target = nextTarget({ journey, path: facts.path, pages: pageGuidanceFor(role), page: known });
  let next: JourneyView['next'];
  if (target?.kind === 'page') {
    const act = pageActionFor(target.page, role);
    if (act)
      next = {
        step: target.step,
        text: act.text[lang],
        ...(target.here ? {} : { where: fill(ui.onPage, { page: PAGE_NAMES[target.page][lang] }) }),
        page: target.page,
        source: link(act.source, lang),
        url: portalPath(target.step, lang),
      };
  } else if (target?.kind === 'item') {
    const item = CHECKLIST.find((i) => i.id === target.item);
    if (item)
      next = {
        step: target.step,
        text: item.text[lang],
        itemId: item.id,
        source: link(item.source, lang),
        url: portalPath(target.step, lang),
      };
  } else if (target?.kind === 'complete') {
    const after = stepById(target.step).next;
    next = { step: target.step, text: after ? after[lang] : ui.complete, url: portalPath(target.step, lang) };
  }
  const checklist: JourneyCheck[] = position
    ? checklistFor(role, position.id).map((i) => {
        const tick = Object.hasOwn(profile.ticks, i.id) ? profile.ticks[i.id] : undefined;
        return {
          id: i.id,
          text: i.text[lang],
          ...(i.detail ? { detail: i.detail[lang] } : {}),
          done: tick?.done === true,
          byPortal: tick?.by === 'portal',
          optional: i.kind === 'optional',
          ...(i.group ? { group: i.group.id } : {}),
        };
      })
    : [];
  return {
    lang,
    ui,
    role,
    ...(roleTitle ? { roleTitle } : {}),
    parts,
    checklist,
    ...visit,
    ...(position ? { position } : {}),
    ...(here ? { here } : {}),
    ...(next ? { next } : {}),
    complete: journey.complete,
  };
};
