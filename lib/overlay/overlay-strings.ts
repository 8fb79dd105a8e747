import type { Lang } from '../i18n/text';
import { typeset } from '../i18n/typography';
import { UI, type UiKey } from '../i18n/ui-strings';

/** The interface strings the overlay and field tips show; the background sends them in the view, in one language. */
export const OVERLAY_KEYS = [
  'productName',
  'unofficial',
  'unofficialNote',
  'collapse',
  'expand',
  'panelLabel',
  'loading',
  'noConnection',
  'unknownPage',
  'chooseRole',
  'chooseRoleHint',
  'changeRole',
  'roleLabel',
  'profileLabel',
  'progressOf',
  'stepNotOnPath',
  'nextUp',
  'allDone',
  'tipsHeading',
  'kind_have_ready',
  'kind_enter',
  'kind_pitfall',
  'kind_next',
  'checklistHeading',
  'beforeYouStart',
  'tickedByPortal',
  'fieldHelpHeading',
  'showByField',
  'fieldNotShown',
  'closeTip',
  'fieldTipFor',
  'errorHeading',
  'whatItMeans',
  'whatToDo',
  'resourcesHeading',
  'source',
  'notConfirmed',
  'opensNewTab',
  'reportPage',
  'reportIntro',
  'copy',
  'copied',
  'copyFailed',
  'closeReport',
  'level_ok',
  'level_info',
  'level_warn',
  'formatPrivacy',
] as const satisfies readonly UiKey[];
export type OverlayKey = (typeof OVERLAY_KEYS)[number];
export type OverlayStrings = Record<OverlayKey, string>;

export const overlayStrings = (lang: Lang): OverlayStrings =>
  Object.fromEntries(OVERLAY_KEYS.map((k) => [k, typeset(UI[k][lang], lang)])) as OverlayStrings;
