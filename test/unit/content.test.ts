import { describe, expect, it } from 'vitest';
import { ROLE_IDS, ROLE_PATH, stepProgressLabel } from '@/lib/guide';
import { ALL_TEXTS, CONTENT, FORMAT_TEXTS, INTERFACE_TEXTS } from './content-corpus';
import { BARE_STEP, contentProblems } from './content-rules';

describe('guide content', () => {
  it('covers every kind of content', () => {
    const kinds = new Set(CONTENT.map((e) => e.kind));
    for (const k of ['checklist', 'tip', 'field-tip', 'error', 'error-code', 'milestone', 'recurring'])
      expect(kinds.has(k as never), k).toBe(true);
    expect(ALL_TEXTS.length).toBeGreaterThan(500);
  });

  it('gives every entry a public source', () => {
    for (const e of CONTENT) {
      for (const s of [e.source, ...(e.extraSources ?? [])]) {
        expect(new URL(s.url).protocol, e.id).toMatch(/^https?:$/);
        expect(s.title?.en && s.title.fr, `${e.id}: source title in both languages`).toBeTruthy();
      }
    }
  });

  it('has no problem in any guide string: both languages, no overclaim, Canada.ca French, short tip sentences', () => {
    const found: string[] = [];
    for (const e of CONTENT) {
      e.texts.forEach((t, i) => {
        for (const p of contentProblems(t, { short: e.short })) found.push(`${e.id}#${i}: ${p}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('has no problem in any interface string, as shown (typeset)', () => {
    const found: string[] = [];
    for (const [where, t] of INTERFACE_TEXTS)
      for (const p of contentProblems(t, { typeset: true })) found.push(`${where}: ${p}`);
    expect(found).toEqual([]);
  });

  it('has no problem in any format hint, as computed', () => {
    expect(FORMAT_TEXTS.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const [where, t] of FORMAT_TEXTS)
      for (const p of contentProblems(t, { short: true })) found.push(`${where}: ${p}`);
    expect(found).toEqual([]);
  });

  it('never shows an unconfirmed report as a warning', () => {
    const warned = CONTENT.filter((e) => e.tipKind === 'pitfall' && e.source.certainty === 'uncertain');
    expect(warned.map((e) => e.id)).toEqual([]);
  });

  it('labels progress with the step’s name, never a bare counter that could be taken for the portal’s', () => {
    for (const role of ROLE_IDS)
      for (const step of ROLE_PATH[role])
        for (const lang of ['en', 'fr'] as const) {
          const label = stepProgressLabel(role, step, lang);
          expect(label, `${role}/${step}/${lang}`).toMatch(/^(Step|Étape) \d+ (of|sur) \d+ · \S/);
          expect(BARE_STEP.test(label)).toBe(false);
        }
  });

  it('catches a bad string (each rule can fail)', () => {
    const bad = (en: string, fr: string, short = false) => contentProblems({ en, fr }, { short });
    expect(
      bad('CBSA does not publish what EC-1012 means.', "L'ASFC ne publie pas ce que signifie EC-1012."),
    ).toEqual([expect.stringMatching(/overclaim/), expect.stringMatching(/overclaim/)]);
    expect(bad('Set up delegation', 'Établir la délégation de pouvoir')).toEqual([
      expect.stringMatching(/pouvoirs/),
    ]);
    expect(bad('What to do', 'Quoi faire')).toEqual([expect.stringMatching(/Que faire/)]);
    expect(bad('By 4 pm', 'Avant 16\u00a0h')).toEqual([expect.stringMatching(/au plus tard/)]);
    expect(bad('Note: 50%', 'Note : 50\u00a0%')).toEqual([expect.stringMatching(/before a colon/)]);
    expect(bad('$5,000', '5 000\u00a0$')).toEqual([expect.stringMatching(/inside an amount/)]);
    expect(bad('Step 2 of 4', 'Étape 2 sur 4')).toEqual([expect.stringMatching(/bare step/)]);
    expect(bad('Same text', 'Same text')).toEqual([expect.stringMatching(/copy/)]);
    expect(bad('Source', 'Source')).toEqual([]);
    expect(bad('Choose "Other".', 'Choisissez «\u00a0Other\u00a0».')).toEqual([
      expect.stringMatching(/English label/),
    ]);
    expect(bad('Choose "Other".', 'Choisissez «\u00a0Other\u00a0» (nom anglais).')).toEqual([]);
    expect(bad('Choose Error code.', 'Choisissez « Error code ».')).toEqual([
      expect.stringMatching(/inside guillemets/),
      expect.stringMatching(/English label/),
    ]);
    const long =
      'This sentence has far more than twenty five words in it because it keeps going and going and going without a single stop until the very end here.';
    expect(bad(long, 'Une phrase courte.', true)).toEqual([expect.stringMatching(/en sentence of 28 words/)]);
    expect(bad('Fine.', 'Le guide affiche vos étapes.')).toEqual([expect.stringMatching(/Guide GCRA/)]);
  });
});
