import type { KnownPageId } from '../guide/ids';
import { PAGE_BASICS } from '../guide/pages/rules';

/** Phrases in both languages; matched after normalisation, as substrings of a heading, label or action. */
export interface Phrases {
  en: readonly string[];
  fr: readonly string[];
}

/**
 * How one portal page is recognised, as data. Labels come from CBSA's videos and guides (docs/facts.md); the
 * portal's markup is unknown, so no rule uses ids or class names.
 */
export interface PageRule {
  page: KnownPageId;
  /** Paths without the language segment, where the real path is known. */
  paths?: readonly RegExp[];
  /** A heading saying this: the strongest text signal. */
  headings?: Phrases;
  /** Field labels this page asks for. */
  labels?: Phrases;
  /** Buttons, links or tabs this page offers. */
  actions?: Phrases;
  /** Phrases that must not be in any heading: they mean another page that shares this one's labels. */
  absentHeadings?: Phrases;
}

export const WEIGHTS = {
  path: 0.5,
  /** A heading phrase, by where the page shows it (see `recognise`). */
  headingAt: { main: 0.6, step: 0.5, sub: 0.4, minor: 0.3, breadcrumb: 0.3, title: 0.25 },
  /** Each further place saying the same page. */
  morePlaces: 0.1,
  maxHeading: 0.8,
  /** Taken off a page whose phrases are not in the main heading when the main heading names another page. */
  mainNamesAnother: 0.4,
  label: 0.2,
  action: 0.2,
  maxLabels: 0.6,
  maxActions: 0.4,
} as const;
/** Below this score the page is `unknown`. */
export const THRESHOLD = 0.6;
/** The two best pages closer than this: a close call, answered `unknown` (or the page already shown). */
export const MARGIN = 0.15;

/** One rule per known portal page, in journey order; each is written in its page module (lib/guide/pages/). */
export const PAGE_RULES: readonly PageRule[] = PAGE_BASICS.map((b) => ({ page: b.id, ...b.rule }));
