import {
  CHECKLIST,
  type ChecklistItem,
  checklistFor,
  ERROR_HELP_BY_ID,
  errorCodeHelp,
  type FieldFormat,
  fieldTipsFor,
  nextStep,
  type PageId,
  type PageTip,
  ROLE_PATH,
  ROLES,
  type RoleId,
  resourceLink,
  resourcesFor,
  type StepId,
  stepById,
  stepOfPage,
  stepProgressLabel,
  tipsFor,
} from '../guide';
import { PAGE_NAMES } from '../guide/pages';
import type { Lang, Source } from '../i18n/text';
import { type Profile, profileLabel, type Settings } from '../progress/schema';
import type { PortalError } from '../recognise/recognise-page';
import { type OverlayStrings, overlayStrings } from './overlay-strings';

/** A source as the UI shows it: a link, and whether CBSA confirms it. */
export interface SourceLink {
  url: string;
  title?: string;
  uncertain: boolean;
}

export interface ChecklistEntry {
  id: string;
  text: string;
  detail?: string;
  done: boolean;
  by?: 'user' | 'portal';
  source: SourceLink;
}

export interface StepView {
  id: StepId;
  /** "Step 3 of 5 · Link your business". */
  label: string;
  title: string;
  summary: string;
  /** 1-based position on the role's path; 0 when the page's step is not on it. */
  index: number;
  count: number;
  /** Items done in this step, for the progress bar. */
  done: number;
  total: number;
  next?: string;
}

export interface OverlayView {
  lang: Lang;
  /** The overlay's interface strings in `lang`, so the content script carries no dictionary. */
  ui: OverlayStrings;
  page: PageId;
  pageName: string;
  role: RoleId | null;
  roles: { id: RoleId; title: string; description: string }[];
  profile: { id: string; label: string; count: number };
  step?: StepView;
  checklist: ChecklistEntry[];
  /** "Before you start": the prepare step's items while some are left, shown on the portal's pages too. */
  prepare?: { title: string; done: number; total: number; items: ChecklistEntry[] };
  tips: { id: string; kind: PageTip['kind']; text: string; source: SourceLink }[];
  fieldTips: { id: string; field: string[]; format?: FieldFormat; text: string; source: SourceLink }[];
  errors: { id: string; code?: string; title: string; meaning: string; action: string; source: SourceLink }[];
  resources: { id: string; kind: string; title: string; url: string; uncertain: boolean }[];
  /** What to do next on this profile's path, when a role is chosen. */
  nextAction?: NextAction;
  help: Settings['help'];
  side: Settings['overlay']['side'];
  collapsed: boolean;
}

export interface NextAction {
  step: StepId;
  itemId: string;
  text: string;
  /** A portal path to start from: the only known real paths are sign-in and home (docs/facts.md §2.1). */
  path: string;
}

const link = (s: Source, lang: Lang): SourceLink => ({
  url: s.url,
  ...(s.title ? { title: s.title[lang] } : {}),
  uncertain: s.certainty === 'uncertain',
});

/** The language the guide speaks: forced in the options, or the portal's. */
export const viewLang = (settings: Settings, portal: Lang): Lang =>
  settings.language === 'portal' ? portal : settings.language;

const isDone = (profile: Profile, id: string) => profile.ticks[id]?.done === true;

/** The first item not done on the role's path, in path order; undefined when everything is done. */
export const nextActionFor = (profile: Profile, lang: Lang): NextAction | undefined => {
  const role = profile.role;
  if (!role) return undefined;
  for (const step of ROLE_PATH[role]) {
    const item = checklistFor(role, step).find((i) => !isDone(profile, i.id));
    if (item) {
      const path = step === 'prepare' || step === 'account' ? `/${lang}/auth/login` : `/${lang}/homepage`;
      return { step, itemId: item.id, text: item.text[lang], path };
    }
  }
  return undefined;
};

/** Everything the overlay shows for one page, in one language: computed here so the content script stays small. */
export const buildOverlayView = (input: {
  page: PageId;
  portalLang: Lang;
  errors: readonly PortalError[];
  profile: Profile;
  profiles: number;
  settings: Settings;
}): OverlayView => {
  const { page, profile, settings } = input;
  const lang = viewLang(settings, input.portalLang);
  const entriesFor = (items: readonly ChecklistItem[]): ChecklistEntry[] =>
    items.map((i) => {
      const tick = profile.ticks[i.id];
      return {
        id: i.id,
        text: i.text[lang],
        ...(i.detail ? { detail: i.detail[lang] } : {}),
        done: tick?.done === true,
        ...(tick ? { by: tick.by } : {}),
        source: link(i.source, lang),
      };
    });
  const role = profile.role;
  const pageStep = stepOfPage(page);
  // On an unknown page, the guide still shows where the user is on their path.
  const pathNext = nextActionFor(profile, lang);
  const stepId = pageStep ?? pathNext?.step;
  // On a page of the path, "next" is what is left in this page's step; elsewhere, the first thing left overall.
  const hereItem =
    role && pageStep && ROLE_PATH[role].includes(pageStep)
      ? checklistFor(role, pageStep).find((i) => !isDone(profile, i.id))
      : undefined;
  const next: NextAction | undefined =
    hereItem && pageStep
      ? {
          step: pageStep,
          itemId: hereItem.id,
          text: hereItem.text[lang],
          path: pathNext?.path ?? `/${lang}/homepage`,
        }
      : pathNext;
  let step: StepView | undefined;
  let checklist: ChecklistEntry[] = [];
  if (stepId) {
    const s = stepById(stepId);
    checklist = entriesFor(
      role ? checklistFor(role, stepId) : CHECKLIST.filter((i) => i.step === stepId && !i.roles),
    );
    const path = role ? ROLE_PATH[role] : [];
    const after = role ? nextStep(role, stepId) : undefined;
    step = {
      id: stepId,
      label: role ? stepProgressLabel(role, stepId, lang) : s.short[lang],
      title: s.title[lang],
      summary: s.summary[lang],
      index: path.indexOf(stepId) + 1,
      count: path.length,
      done: checklist.filter((c) => c.done).length,
      total: checklist.length,
      ...(after ? { next: after.short[lang] } : {}),
    };
  }
  let prepare: OverlayView['prepare'];
  if (role && stepId !== 'prepare') {
    const items = entriesFor(checklistFor(role, 'prepare'));
    const done = items.filter((i) => i.done).length;
    if (done < items.length)
      prepare = { title: stepById('prepare').short[lang], done, total: items.length, items };
  }
  const errors = input.errors.map((e) => {
    const help = ERROR_HELP_BY_ID.get(e.id);
    const code = e.code ? errorCodeHelp(e.code) : undefined;
    return {
      id: e.id,
      ...(e.code ? { code: e.code } : {}),
      title: e.code ? `${help?.title[lang] ?? ''} ${e.code}`.trim() : (help?.title[lang] ?? e.id),
      meaning: (code?.meaning ?? help?.meaning)?.[lang] ?? '',
      action: (code?.action ?? help?.action)?.[lang] ?? '',
      source: link((code?.source ?? help?.source) as Source, lang),
    };
  });
  return {
    lang,
    ui: overlayStrings(lang),
    page,
    pageName: PAGE_NAMES[page][lang],
    role,
    roles: ROLES.map((r) => ({ id: r.id, title: r.title[lang], description: r.description[lang] })),
    profile: { id: profile.id, label: profileLabel(profile, lang), count: input.profiles },
    ...(step ? { step } : {}),
    checklist,
    ...(prepare ? { prepare } : {}),
    tips: tipsFor(page, role).map((t) => ({
      id: t.id,
      kind: t.kind,
      text: t.text[lang],
      source: link(t.source, lang),
    })),
    fieldTips: fieldTipsFor(page).map((f) => ({
      id: f.id,
      field: f.field[lang],
      ...(f.format ? { format: f.format } : {}),
      text: f.text[lang],
      source: link(f.source, lang),
    })),
    errors,
    resources: (stepId ? resourcesFor(stepId) : []).map((r) => {
      const l = resourceLink(r, lang);
      return {
        id: r.id,
        kind: r.kind,
        title: r.title[lang],
        url: l.url,
        uncertain: l.certainty === 'uncertain',
      };
    }),
    ...(next ? { nextAction: next } : {}),
    help: settings.help,
    side: settings.overlay.side,
    collapsed: settings.overlay.collapsed,
  };
};
