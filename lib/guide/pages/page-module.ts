import type { z } from 'zod';
import type { sourceSchema, Text } from '../../i18n/text';
import type { PageRule } from '../../recognise/rules';
import type { ErrorId, KnownPageId, RoleId, StepId } from '../ids';
import type { fieldTipSchema, pageTipSchema } from '../schema';

// Types only, plus two role lists: page modules import this file, and the content script bundles their `basics`.

/** A recognition rule as a page module writes it: the page id comes from the module. */
export type PageRuleData = Omit<PageRule, 'page'>;

/** What the first-paint content script needs about a page: no tips, no names. */
export interface PageBasics {
  id: KnownPageId;
  step: StepId;
  /** The step whose final checklist item this page ticks when it appears (a confirmation page). */
  confirms?: StepId;
  rule: PageRuleData;
}

/** A page tip as written in a page module (its page is the module's). */
export type PageTipInput = Omit<z.input<typeof pageTipSchema>, 'page'>;
/** A field tip as written in a page module. */
export type FieldTipInput = Omit<z.input<typeof fieldTipSchema>, 'page'>;

/** Everything the product knows about one portal page. */
export interface PageModule extends PageBasics {
  /** What the guide calls the page ("Now on: …"); a plain name, not the portal's title. */
  name: Text;
  /** In display order: have ready, enter, pitfalls, what comes next. */
  tips: readonly PageTipInput[];
  fieldTips: readonly FieldTipInput[];
  /** Portal errors known to appear on this page (they are recognised on any page). */
  errors: readonly ErrorId[];
  /** The public sources behind what the module says about the page. */
  sources: readonly z.input<typeof sourceSchema>[];
}

/** The help shown on any page the recogniser does not know. */
export interface UnknownPageModule {
  id: 'unknown';
  name: Text;
  tips: readonly PageTipInput[];
  sources: readonly z.input<typeof sourceSchema>[];
}

/** Roles that link a business of their own. */
export const BUSINESS_ROLES: RoleId[] = ['importer', 'nri', 'broker'];
/** Roles that approve a broker and post security. */
export const IMPORTER_ROLES: RoleId[] = ['importer', 'nri'];
