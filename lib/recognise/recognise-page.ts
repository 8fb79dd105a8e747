import { type ErrorId, type PageId, type StepId, stepOfPage } from '../guide/ids';
import { ERROR_CODE, ERROR_RULES } from './error-rules';
import type { PageSignals } from './page-signals';
import { PAGE_RULES, type PageRule, type Phrases, THRESHOLD, WEIGHTS } from './rules';

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

/** Each kind of text joined once per evaluation, so a phrase costs one substring search, not one per node. */
interface Joined {
  path: string;
  headings: string;
  labels: string;
  actions: string;
  alerts: string;
}
const SEP = '\u0001';
const join = (s: PageSignals): Joined => ({
  path: s.path,
  headings: s.headings.join(SEP),
  labels: s.labels.join(SEP),
  actions: s.actions.join(SEP),
  alerts: s.alerts.join(SEP),
});

/** The phrases found in the joined texts, each counted once. */
const hits = (joined: string, phrases: readonly string[]): string[] =>
  joined ? phrases.filter((phrase) => joined.includes(phrase)) : [];

export const scoreRule = (rule: PageRule, s: Joined): { score: number; reasons: string[] } => {
  if (hits(s.headings, phrasesOf(rule.absentHeadings)).length > 0) return { score: 0, reasons: [] };
  const reasons: string[] = [];
  let score = 0;
  if (rule.paths?.some((re) => re.test(s.path))) {
    score += WEIGHTS.path;
    reasons.push(`path ${s.path}`);
  }
  const heading = hits(s.headings, phrasesOf(rule.headings));
  if (heading.length > 0) {
    score += WEIGHTS.heading;
    reasons.push(`heading "${heading[0]}"`);
  }
  const labels = hits(s.labels, phrasesOf(rule.labels));
  if (labels.length > 0) {
    score += Math.min(WEIGHTS.maxLabels, labels.length * WEIGHTS.label);
    reasons.push(`labels ${labels.map((l) => `"${l}"`).join(', ')}`);
  }
  const actions = hits(s.actions, phrasesOf(rule.actions));
  if (actions.length > 0) {
    score += Math.min(WEIGHTS.maxActions, actions.length * WEIGHTS.action);
    reasons.push(`actions ${actions.map((a) => `"${a}"`).join(', ')}`);
  }
  return { score, reasons };
};

export const recogniseErrors = (s: PageSignals & { errorPlaces: string }): PortalError[] => {
  const errors: PortalError[] = [];
  for (const rule of ERROR_RULES) {
    // Portals show errors in alerts, error summaries (a heading) or beside a field (its label's description).
    if (hits(s.errorPlaces, phrasesOf(rule.phrases)).length > 0) errors.push({ id: rule.id });
  }
  const code = ERROR_CODE.exec(s.text);
  if (code) errors.push({ id: 'error-code', code: `EC-${code[1]}` });
  return errors;
};

/** The best-scoring page rule above the threshold, or `unknown`. Pure: the same signals give the same answer. */
export const recognise = (s: PageSignals): Recognition => {
  const joined = join(s);
  let best: { rule: PageRule; score: number; reasons: string[] } | undefined;
  for (const rule of PAGE_RULES) {
    const { score, reasons } = scoreRule(rule, joined);
    if (score >= THRESHOLD && (!best || score > best.score)) best = { rule, score, reasons };
  }
  const errors = recogniseErrors({
    ...s,
    errorPlaces: [joined.alerts, joined.headings, joined.labels].join(SEP),
  });
  if (!best) return { page: 'unknown', confidence: 0, reasons: [], errors };
  return {
    page: best.rule.page,
    step: stepOfPage(best.rule.page),
    confidence: Math.min(1, best.score),
    reasons: best.reasons,
    errors,
  };
};
