import type { Text } from '@/lib/i18n/text';
import { frenchTypography } from '@/lib/i18n/typography';

// The guide's content rules (issue 14), checked over every string the guide shows. Each rule is a function of
// one string so that contentProblems() can be tried on a bad string (see "catches a bad string" below).

/** Claims the guide must never make: only a CBSA page may say that CBSA does not publish something. */
export const FORBIDDEN_OVERCLAIMS: readonly RegExp[] = [
  /\b(does|do) not publish\b/i,
  /\bdoesn[’']t publish\b/i,
  /\bnot (been )?published\b/i,
  /\bnever publish/i,
  /\bne publie (pas|jamais)\b/i,
  /\bn[’']en publie\b/i,
  /\bn[’']est pas publiée?s?\b/i,
  /\bguarantee[sd]?\b/i,
  /\bwill (always|definitely) be (accepted|approved)\b/i,
  /\bCBSA (confirms|guarantees)\b/i,
];

/** French the Canada.ca way (issue 14 §3): the wrong form and why. */
const FRENCH_RULES: readonly [RegExp, string][] = [
  [/délégation de pouvoir(?!s)/i, '« délégation de pouvoirs », au pluriel'],
  [/\bQuoi (faire|inscrire)\b/i, '« Que faire » / « Ce qu’il faut inscrire »'],
  [/déclaration tardive/i, '« déclaration en détail tardive »'],
  [/\b(avant|d[’']ici) 16\s?h\b/i, '« au plus tard à 16 h »'],
  [/\b[Ll]ier (votre|son|leur|l[’'])/, '« associer » (as CBSA’s video says)'],
  [/\bCARM Guide\b/, '« le Guide GCRA » in French'],
  [/\b(le|du|au|Le|Du|Au) guide\b(?! de | d[’']| du | des )(?!\s*GCRA)/, '« le Guide GCRA »'],
  [/\bterminé il y a\b/, 'no masculine past participle for feminine dates: « a pris fin il y a »'],
];

/** French typography: the spaces that must not break (the typography helper puts them there). */
const FRENCH_SPACES: readonly [RegExp, string][] = [
  [/ :/, 'ordinary space before a colon'],
  [/\d \d{3}(?!\d)/, 'ordinary space inside an amount'],
  [/\d (\$|%)/, 'ordinary space before $ or %'],
  [/\d h\b/, 'ordinary space in a time'],
  [/« | »/, 'ordinary space inside guillemets'],
];

/** A bare progress counter ("Step 2 of 4") reads like the portal's own wizard counter. */
export const BARE_STEP = /^(Step|Étape) \d+ (of|sur) \d+\.?$/;

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const sentences = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«"(0-9])/u).filter((x) => x.trim() !== '');

/** An English portal label quoted in French guillemets must say it is the English name. */
const ENGLISH_IN_GUILLEMETS = /«\s*([A-Za-z][A-Za-z0-9 "'-]*)\s*»/g;
const ENGLISH_WORD =
  /\b(the|my|your|of|to|on|is|or|and|Other|Message|Error|Problem|Register|Business|number)\b/;

/** Everything wrong with one string pair, as readable messages (empty when it is fine). */
export function contentProblems(text: Text, options: { short?: boolean; typeset?: boolean } = {}): string[] {
  const problems: string[] = [];
  const fr = options.typeset ? frenchTypography(text.fr) : text.fr;
  if (text.en.trim() === '') problems.push('empty English');
  if (text.fr.trim() === '') problems.push('empty French');
  // Identical is fine for one word or a bare pattern ("Source", "Date", "{done}/{total}").
  const wordsOutsidePlaceholders = words(text.en.replace(/\{\w+\}/g, ' '));
  if (text.en.trim() !== '' && text.en === text.fr && wordsOutsidePlaceholders.length > 1)
    problems.push('French is a copy of the English');
  for (const re of FORBIDDEN_OVERCLAIMS) {
    if (re.test(text.en) || re.test(text.fr)) problems.push(`overclaim ${re}`);
  }
  for (const [re, why] of FRENCH_RULES) if (re.test(text.fr)) problems.push(`French: ${why}`);
  for (const [re, why] of FRENCH_SPACES) if (re.test(fr)) problems.push(`French typography: ${why}`);
  if (BARE_STEP.test(text.en.trim()) || BARE_STEP.test(text.fr.trim())) problems.push('bare step counter');
  for (const m of text.fr.matchAll(ENGLISH_IN_GUILLEMETS)) {
    const quoted = (m[1] ?? '').trim();
    if (ENGLISH_WORD.test(quoted) && !/anglais/.test(text.fr))
      problems.push(`English label « ${quoted} » quoted in French without saying it is the English name`);
  }
  if (options.short) {
    for (const [lang, s] of [
      ['en', text.en],
      ['fr', text.fr],
    ] as const) {
      for (const sentence of sentences(s)) {
        const n = words(sentence).length;
        if (n > 25) problems.push(`${lang} sentence of ${n} words: "${sentence}"`);
      }
    }
  }
  return problems;
}
