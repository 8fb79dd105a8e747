import type { PageSignals } from './page-signals';
import type { Recognition } from './recognise-page';

/**
 * Redacts what could be personal: digit runs, e-mail addresses, postal codes, and any text long enough to be a
 * sentence about the user. Labels, headings and button texts of a form are short and generic, so they survive.
 */
export const redact = (text: string): string | null => {
  if (text.length > 80) return null;
  if (/@/.test(text)) return null;
  // Greetings carry the user's name ("Welcome, Jane Doe").
  if (/\b(welcome|bienvenue|bonjour|hello)\b/i.test(text)) return null;
  return text
    .replace(/\b[a-z]\d[a-z]\s?\d[a-z]\d\b/gi, '[postal code]')
    .replace(/\d+/g, '#')
    .replace(/\$\s?#(?:[.,]#)?/g, '$#');
};

const list = (texts: readonly string[]) => {
  const kept = [...new Set(texts.map(redact).filter((x): x is string => !!x))];
  return kept.length > 0 ? kept.map((x) => `  - ${x}`).join('\n') : '  (none)';
};

/**
 * The outline a user can send when the portal changes: what the page says and what the guide made of it.
 * Built from PageSignals, which never holds a field's value.
 */
export const pageOutline = (
  s: PageSignals,
  r: Recognition,
  meta: { lang: string; version: string },
): string =>
  [
    'CARM Guide page outline (no field values, names, numbers or addresses)',
    `extension: ${meta.version}`,
    `path: /${meta.lang}${s.path.replace(/\d+/g, '#')}`,
    `recognised: ${r.page} (confidence ${r.confidence.toFixed(2)})`,
    `why: ${r.reasons.length > 0 ? r.reasons.join('; ') : 'no rule reached the threshold'}`,
    `errors: ${r.errors.map((e) => e.code ?? e.id).join(', ') || 'none'}`,
    'headings:',
    list(s.headings),
    'labels:',
    list(s.labels),
    'buttons and links:',
    list(s.actions),
    'alerts:',
    list(s.alerts),
  ].join('\n');
