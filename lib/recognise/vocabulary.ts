import { ERROR_RULES } from './error-rules';
import { PAGE_RULES, type Phrases } from './rules';

/**
 * Word form of normalised text: every run of characters other than letters and digits becomes one space, so
 * "first-time set-up" and "First time set up" are the same words.
 */
const WORD_BREAK = /[^a-z0-9]+/g;
export const words = (text: string): string => text.replace(WORD_BREAK, ' ').trim();

const phrases = (p: Phrases | undefined): readonly string[] => (p ? [...p.en, ...p.fr] : []);

/** Every phrase a rule looks for (word form, padded), by its first word. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const all = [
    ...PAGE_RULES.flatMap((r) => [r.headings, r.labels, r.actions, r.absentHeadings].flatMap(phrases)),
    ...ERROR_RULES.flatMap((r) => phrases(r.phrases)),
  ];
  for (const phrase of all) {
    const w = words(phrase);
    const first = w.split(' ')[0];
    if (!first) continue;
    const list = map.get(first) ?? [];
    if (!list.includes(` ${w} `)) list.push(` ${w} `);
    map.set(first, list);
  }
  return map;
})();

/** The word forms of a list of texts joined by U+0001, in one pass. */
const SEP = String.fromCharCode(1);
// Built from a string: a control character in a regular expression literal reads as a mistake.
const WORD_BREAK_KEEP_SEP = new RegExp(`[^a-z0-9${SEP}]+`, 'g');
export const wordForms = (joined: string): string[] =>
  joined
    .replace(WORD_BREAK_KEEP_SEP, ' ')
    .split(SEP)
    .map((w) => w.trim());

/**
 * Whether a text (in word form) holds a whole phrase some rule looks for: a text without any cannot change an
 * answer, so its visibility need not be checked (layout queries are the expensive part of reading a page).
 */
export const mayMatter = (form: string): boolean => {
  let padded: string | undefined;
  for (const word of form.split(' ')) {
    const list = BY_FIRST_WORD.get(word);
    if (!list) continue;
    padded ??= ` ${form} `;
    const p = padded;
    if (list.some((phrase) => p.includes(phrase))) return true;
  }
  return false;
};
