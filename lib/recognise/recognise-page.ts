import { type ErrorId, type PageId, type StepId, stepOfPage } from '../guide/ids';
import { ERROR_CODE, ERROR_RULES } from './error-rules';
import type { PageSignals } from './page-signals';
import { MARGIN, PAGE_RULES, type PageRule, type Phrases, THRESHOLD, WEIGHTS } from './rules';
import { words } from './vocabulary';

export interface PortalError {
  id: ErrorId;
  /** For `error-code`, the code as shown, e.g. "EC-1012". */
  code?: string;
}

export interface Recognition {
  page: PageId;
  step?: StepId;
  /** 0 to 1; `unknown` below the threshold. */
  confidence: number;
  /** Why: the signals that matched, for "Report this page" and debugging. */
  reasons: string[];
  errors: PortalError[];
}

const phrasesOf = (p: Phrases | undefined): readonly string[] => (p ? [...p.en, ...p.fr] : []);

const SEP = '\u0001';
/** Texts joined with padded separators, so " phrase " is found at a word boundary inside any one text. */
const hay = (texts: readonly string[]): string =>
  texts.length === 0 ? '' : ` ${texts.map(words).join(` ${SEP} `)} `;
/** `phrase` is padded (" first time setup "); `where` is a hay. */
const found = (where: string, phrase: string): boolean => where !== '' && where.includes(phrase);

/** A long list (labels, actions) with the set of its words: a phrase whose first word is absent costs one lookup. */
interface Indexed {
  hay: string;
  words: ReadonlySet<string>;
}
const indexed = (texts: readonly string[]): Indexed => {
  const h = hay(texts);
  return { hay: h, words: new Set(h.split(' ')) };
};
const firstWord = (padded: string) => padded.slice(1, padded.indexOf(' ', 1));
const foundIn = (where: Indexed, phrase: string): boolean =>
  where.words.has(firstWord(phrase)) && where.hay.includes(phrase);

interface CompiledRule {
  rule: PageRule;
  headings: readonly string[];
  labels: readonly string[];
  actions: readonly string[];
  absent: readonly string[];
}
const compile = (p: Phrases | undefined) =>
  [...new Set(phrasesOf(p).map(words))].filter((x) => x !== '').map((x) => ` ${x} `);
const COMPILED: readonly CompiledRule[] = PAGE_RULES.map((rule) => ({
  rule,
  headings: compile(rule.headings),
  labels: compile(rule.labels),
  actions: compile(rule.actions),
  absent: compile(rule.absentHeadings),
}));

/** Where a page may say what it is, strongest first: each kind of text joined once per evaluation. */
interface Texts {
  path: string;
  main: string;
  step: string;
  sub: string;
  minor: string;
  breadcrumb: string;
  title: string;
  allHeadings: string;
  labels: Indexed;
  actions: Indexed;
}
const HEADING_PLACES = ['main', 'step', 'sub', 'minor', 'breadcrumb', 'title'] as const;

const textsOf = (s: PageSignals): Texts => {
  const sub: string[] = [];
  const minor: string[] = [];
  let mainSeen = false;
  // Levels are relative to the page's top: on a page whose main heading is an h2, its h3s are sub-headings.
  const top = s.headingLevels.length > 0 ? Math.min(...s.headingLevels) : 1;
  const subLevel = Math.max(2, top + 1);
  s.headings.forEach((h, i) => {
    if (!mainSeen && h === s.mainHeading) {
      mainSeen = true;
      return;
    }
    ((s.headingLevels[i] ?? 6) <= subLevel ? sub : minor).push(h);
  });
  return {
    path: s.path,
    main: hay(s.mainHeading ? [s.mainHeading] : []),
    step: hay(s.steps),
    sub: hay(sub),
    minor: hay(minor),
    breadcrumb: hay(s.breadcrumb ? [s.breadcrumb] : []),
    title: hay(s.title ? [s.title] : []),
    allHeadings: hay([...s.headings, ...s.steps]),
    labels: indexed(s.labels),
    actions: indexed(s.actions),
  };
};

export const scoreRule = (
  compiled: CompiledRule,
  t: Texts,
  mainNamesAnother: boolean,
): { score: number; reasons: string[]; main: boolean } => {
  const none = { score: 0, reasons: [], main: false };
  if (compiled.absent.some((phrase) => found(t.allHeadings, phrase))) return none;
  const { rule } = compiled;
  const reasons: string[] = [];
  let score = 0;
  if (rule.paths?.some((re) => re.test(t.path))) {
    score += WEIGHTS.path;
    reasons.push(`path ${t.path}`);
  }
  // A heading counts by where it is: the main heading most, then a wizard's current step, other headings by
  // level, the breadcrumb and the title. More places saying the same page add a little.
  let best = 0;
  let places = 0;
  let main = false;
  for (const place of HEADING_PLACES) {
    const phrase = compiled.headings.find((p) => found(t[place], p));
    if (!phrase) continue;
    const weight = WEIGHTS.headingAt[place];
    if (place === 'main') main = true;
    places++;
    best = Math.max(best, weight);
    reasons.push(`${place} "${phrase.trim()}"`);
  }
  if (places > 0) score += Math.min(WEIGHTS.maxHeading, best + (places - 1) * WEIGHTS.morePlaces);
  const labels = compiled.labels.filter((p) => foundIn(t.labels, p)).map((p) => p.trim());
  if (labels.length > 0) {
    score += Math.min(WEIGHTS.maxLabels, labels.length * WEIGHTS.label);
    reasons.push(`labels ${labels.map((l) => `"${l}"`).join(', ')}`);
  }
  const actions = compiled.actions.filter((p) => foundIn(t.actions, p)).map((p) => p.trim());
  if (actions.length > 0) {
    score += Math.min(WEIGHTS.maxActions, actions.length * WEIGHTS.action);
    reasons.push(`actions ${actions.map((a) => `"${a}"`).join(', ')}`);
  }
  // The page's main heading names another page: this one's other texts (a subheading, shared labels) are not enough.
  if (mainNamesAnother && !main) score -= WEIGHTS.mainNamesAnother;
  return { score, reasons, main };
};

export const recogniseErrors = (s: PageSignals & { errorPlaces: string }): PortalError[] => {
  const errors: PortalError[] = [];
  for (const rule of ERROR_RULES) {
    // Portals show errors in alerts, error summaries (a heading) or beside a field (its label's description).
    if (plainHits(s.errorPlaces, phrasesOf(rule.phrases)).length > 0) errors.push({ id: rule.id });
  }
  const code = ERROR_CODE.exec(s.text);
  if (code) errors.push({ id: 'error-code', code: `EC-${code[1]}` });
  return errors;
};

const plainHits = (joined: string, phrases: readonly string[]): string[] =>
  joined ? phrases.filter((phrase) => joined.includes(phrase)) : [];

/**
 * The best-scoring page rule above the threshold, or `unknown`. When the two best pages are within `MARGIN` of
 * each other the page is `unknown` (a wrong page shows wrong tips), unless one of them is `previous`, the page
 * already shown: a re-render keeps it. Pure: the same signals give the same answer.
 */
export const recognise = (s: PageSignals, previous?: PageId): Recognition => {
  const t = textsOf(s);
  const mainNamed = new Set(
    COMPILED.filter((c) => c.headings.some((p) => found(t.main, p))).map((c) => c.rule.page),
  );
  const scored = COMPILED.map((c) => ({
    rule: c.rule,
    ...scoreRule(c, t, mainNamed.size > 0 && !mainNamed.has(c.rule.page)),
  }))
    .filter((x) => x.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score);
  const errorPlaces = [s.alerts, s.headings, s.labels].map((x) => x.join(SEP)).join(SEP);
  const errors = recogniseErrors({ ...s, errorPlaces });
  let best = scored[0];
  const second = scored[1];
  if (best && second && best.score - second.score < MARGIN) {
    best = [best, second].find((x) => x.rule.page === previous);
    if (!best) {
      return {
        page: 'unknown',
        confidence: 0,
        reasons: [`close call: ${scored[0]?.rule.page} or ${second.rule.page}`],
        errors,
      };
    }
  }
  if (!best)
    return { page: 'unknown', confidence: 0, reasons: s.truncated ? ['page read in part'] : [], errors };
  return {
    page: best.rule.page,
    step: stepOfPage(best.rule.page),
    confidence: Math.min(1, best.score),
    reasons: s.truncated ? [...best.reasons, 'page read in part'] : best.reasons,
    errors,
  };
};
