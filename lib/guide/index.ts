import type { Lang } from '../i18n/text';
import { normalise } from '../recognise/normalise';
import { CHECKLIST } from './checklist';
import { codeHelp, ERROR_CODE_HELP, ERROR_HELP_BY_ID } from './errors';
import { type ErrorId, type PageId, ROLE_PATH, type RoleId, type StepId } from './ids';
import { FIELD_TIPS, PAGE_TIPS } from './pages';
import { RESOURCES } from './resources';
import { ROLES } from './roles';
import type {
  Certainty,
  ChecklistItem,
  ErrorCodeHelp,
  ErrorHelp,
  FieldTip,
  PageTip,
  Resource,
  Role,
  Step,
} from './schema';
import { STEP_BY_ID } from './steps';

export { CHECKLIST } from './checklist';
export { ERROR_CODE_HELP, ERROR_HELP, ERROR_HELP_BY_ID } from './errors';
export { checkFormat, type FormatHint } from './formats';
export * from './ids';
export { FIELD_TIPS, PAGE_NAMES, PAGE_TIPS, PAGES, pageModule, UNKNOWN_PAGE } from './pages';
export { RESOURCES } from './resources';
export { ROLES } from './roles';
export * from './schema';
export { STEP_BY_ID, STEPS } from './steps';

const byId = <T extends { id: string }>(list: readonly T[], id: string, what: string): T => {
  const found = list.find((x) => x.id === id);
  // Every id type is a closed enum and the meta-tests check coverage, so a miss is a programming error.
  if (!found) throw new Error(`No ${what} for id "${id}"`);
  return found;
};

export const roleById = (role: RoleId): Role => byId(ROLES, role, 'role');

export const stepById = (step: StepId): Step => {
  const found = STEP_BY_ID.get(step);
  if (!found) throw new Error(`No step for id "${step}"`);
  return found;
};

/** The steps of a role's path, in order. */
export const stepsForRole = (role: RoleId): Step[] => ROLE_PATH[role].map(stepById);

/** "Step 3 of 5 · Link your business"; just the short label when the step is not on the role's path. */
export const stepProgressLabel = (role: RoleId, step: StepId, lang: Lang): string => {
  const path = ROLE_PATH[role];
  const index = path.indexOf(step);
  const short = stepById(step).short[lang];
  if (index < 0) return short;
  const position =
    lang === 'fr' ? `Étape ${index + 1} sur ${path.length}` : `Step ${index + 1} of ${path.length}`;
  return `${position} · ${short}`;
};

/** The step after `step` on the role's path; undefined at the end or when the step is not on the path. */
export const nextStep = (role: RoleId, step: StepId): Step | undefined => {
  const path = ROLE_PATH[role];
  const index = path.indexOf(step);
  const next = index < 0 ? undefined : path[index + 1];
  return next === undefined ? undefined : stepById(next);
};

const forRole = (roles: readonly RoleId[] | undefined, role: RoleId) =>
  roles === undefined || roles.includes(role);

/** The role's checklist for a step, in order; the last one is `final`. Empty when the step is not on the path. */
export const checklistFor = (role: RoleId, step: StepId): ChecklistItem[] =>
  ROLE_PATH[role].includes(step)
    ? CHECKLIST.filter((item) => item.step === step && forRole(item.roles, role))
    : [];

/** Tips for a page; with no role chosen yet, only the tips meant for everyone. */
export const tipsFor = (page: PageId, role?: RoleId | null): PageTip[] =>
  PAGE_TIPS.filter(
    (tip) => tip.page === page && (tip.roles === undefined || (role != null && tip.roles.includes(role))),
  );

/** Field tips of a page. */
export const fieldTipsFor = (page: PageId): FieldTip[] => FIELD_TIPS.filter((tip) => tip.page === page);

/** Field tips of a page whose label fragments occur in `label` (accents, case and apostrophes ignored). */
export const fieldTipsForLabel = (page: PageId, label: string, lang: Lang): FieldTip[] => {
  const text = normalise(label);
  return fieldTipsFor(page).filter((tip) =>
    tip.field[lang].some((fragment) => text.includes(normalise(fragment))),
  );
};

/** Official resources for a step. */
export const resourcesFor = (step: StepId): Resource[] => RESOURCES.filter((r) => r.steps.includes(step));

/** A resource's address in the page's language and how sure we are of it. */
export const resourceLink = (resource: Resource, lang: Lang): { url: string; certainty: Certainty } => ({
  url: resource.url[lang],
  certainty: resource.certainty[lang],
});

export const errorHelp = (id: ErrorId): ErrorHelp => {
  const found = ERROR_HELP_BY_ID.get(id);
  if (!found) throw new Error(`No help for error "${id}"`);
  return found;
};

/** Help for an error code as shown ("EC-1012", "ec 1012"); undefined if it is not an EC code. */
export const errorCodeHelp = (shown: string): ErrorCodeHelp | undefined => {
  const match = /^\s*ec[-\s]?(\d{4})\s*$/i.exec(shown);
  if (!match) return undefined;
  const code = `EC-${match[1]}`;
  return ERROR_CODE_HELP[code as keyof typeof ERROR_CODE_HELP] ?? codeHelp(code, false);
};
