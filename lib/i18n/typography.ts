import type { Lang, Text } from './text';

/** U+00A0: Canada.ca French uses a non-breaking space before a colon, inside « », in amounts, percentages and times. */
export const NBSP = '\u00a0';

// A space: ordinary or already non-breaking (the rules below are idempotent).
const S = '[ \\u00a0\\u202f]';
const RULES: ReadonlyArray<[RegExp, string]> = [
  // "Source : ASFC", "Étape 1 : …": the space before a colon never breaks.
  [new RegExp(`${S}+:`, 'g'), `${NBSP}:`],
  // « texte »
  [new RegExp(`«${S}*`, 'g'), `«${NBSP}`],
  [new RegExp(`${S}*»`, 'g'), `${NBSP}»`],
  // 5 000 $, 10 000 000 $: groups of three digits stay together (twice, for overlapping groups).
  [new RegExp(`(\\d)${S}(?=\\d{3}(?!\\d))`, 'g'), `$1${NBSP}`],
  [new RegExp(`(\\d)${S}(?=\\d{3}(?!\\d))`, 'g'), `$1${NBSP}`],
  // 0,00 $, 50 %, 100 %
  [new RegExp(`(\\d)${S}(\\$|%)`, 'g'), `$1${NBSP}$2`],
  // 16 h, de 7 h à 19 h, and the minutes of 23 h 59
  [new RegExp(`(\\d)${S}+h(?![\\p{L}])`, 'gu'), `$1${NBSP}h`],
  [new RegExp(`(\\d${NBSP}h)${S}+(\\d{2})(?!\\d)`, 'g'), `$1${NBSP}$2`],
];

/**
 * French typography for Canada.ca text: non-breaking spaces before colons, inside guillemets, in amounts,
 * percentages and times ("16 h 30": the minutes get one too). Canadian French puts no space before ; ? !
 * (Bureau de la traduction), so those are left alone. Idempotent.
 */
export function frenchTypography(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/** The string as it should be shown in `lang`: French gets frenchTypography, English is unchanged. */
export const typeset = (text: string, lang: Lang): string => (lang === 'fr' ? frenchTypography(text) : text);

/** Both languages, French typeset. */
export const typesetText = (text: Text): Text => ({ en: text.en, fr: frenchTypography(text.fr) });
