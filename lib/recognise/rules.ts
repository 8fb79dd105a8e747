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
  heading: 0.6,
  label: 0.2,
  action: 0.2,
  maxLabels: 0.6,
  maxActions: 0.4,
} as const;
/** Below this score the page is `unknown`. */
export const THRESHOLD = 0.6;

/** One rule per known portal page, in journey order; each is written in its page module (lib/guide/pages/). */
export const PAGE_RULES: readonly PageRule[] = PAGE_BASICS.map((b) => ({ page: b.id, ...b.rule }));
