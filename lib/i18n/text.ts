import { z } from 'zod';
import { frenchTypography } from './typography';

/** The two official languages; every user-facing string exists in both. */
export const LANGS = ['en', 'fr'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/**
 * A user-facing string in English and French, both required and non-empty. The French is typeset on parse
 * (non-breaking spaces before colons, in amounts, percentages and times: see typography.ts), so every guide
 * string that goes through a schema is shown with Canada.ca French typography.
 */
export const textSchema = z
  .object({ en: z.string().trim().min(1), fr: z.string().trim().min(1).transform(frenchTypography) })
  .strict();
export type Text = z.infer<typeof textSchema>;

/** Where a fact, tip, item or date comes from: a public URL and, optionally, how sure we are of it. */
export const sourceSchema = z
  .object({
    url: z.url(),
    /** Short name of the source (e.g. "CBSA video: link a business"), in both languages. */
    title: textSchema.optional(),
    /** "uncertain" where docs/facts.md marks it so; the UI says so. */
    certainty: z.enum(['confirmed', 'uncertain']).default('confirmed'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const pick = (text: Text, lang: Lang): string => text[lang];
