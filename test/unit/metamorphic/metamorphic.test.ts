// Issue R2 2/6, item 2: every replica screen, in both languages, in at least 20 variants that change how it is
// written but not which page it is; each must still be recognised as its own page (or still `unknown`).
// Target: at least 98 % right per language and no variant recognised as a wrong page. The figures are printed and
// written to test/.artifacts/metamorphic.json (the README and the release note quote them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSignals } from '../../../lib/recognise/page-signals';
import { recognise } from '../../../lib/recognise/recognise-page';
import { type Screen, screens } from '../../fixtures/portal/screens.js';
import { prng } from '../seeded-random';
import { type Ctx, renderInto, TRANSFORMS, type Transform, variantsOf } from './variants';

const PORTAL = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';
const COMBOS = 6;

interface Outcome {
  key: string;
  lang: 'en' | 'fr';
  expected: string;
  got: string;
  transforms: string[];
}

const seedOf = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** Renders the screen as the replica's router does (a <main> in the body), applies the transforms, recognises. */
const run = async (screen: Screen, transforms: Transform[], seed: number): Promise<string> => {
  const doc = document;
  doc.documentElement.lang = screen.lang === 'fr' ? 'fr-CA' : 'en-CA';
  doc.title = screen.title;
  const main = renderInto(doc, screen, 'main');
  doc.body.replaceChildren(main);
  const ctx: Ctx = {
    doc,
    root: main,
    screen,
    others: screens.filter((s) => s.lang === screen.lang && s.page !== screen.page && s.page !== 'unknown'),
    rand: prng(seed),
  };
  for (const t of transforms) await t.apply(ctx);
  return recognise(readSignals(doc, new URL(PORTAL + screen.path))).page;
};

const outcomes: Outcome[] = [];

const figures = (list: Outcome[]) => {
  const byLang = (lang: 'en' | 'fr') => {
    const mine = list.filter((o) => o.lang === lang);
    return {
      variants: mine.length,
      right: mine.filter((o) => o.got === o.expected).length,
      unknown: mine.filter((o) => o.got !== o.expected && o.got === 'unknown').length,
      wrongPage: mine.filter((o) => o.got !== o.expected && o.got !== 'unknown').length,
    };
  };
  return { en: byLang('en'), fr: byLang('fr') };
};

describe('metamorphic variants of every replica screen', () => {
  afterAll(() => {
    const f = figures(outcomes);
    const misses = outcomes.filter((o) => o.got !== o.expected);
    const byTransform: Record<string, number> = {};
    for (const m of misses) for (const t of m.transforms) byTransform[t] = (byTransform[t] ?? 0) + 1;
    const dir = join(process.cwd(), 'test/.artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'metamorphic.json'),
      `${JSON.stringify({ screens: screens.length, transforms: TRANSFORMS.length, combos: COMBOS, figures: f, byTransform, misses }, null, 2)}\n`,
    );
    console.log(
      `metamorphic: ${JSON.stringify(f)}; misses by transform: ${JSON.stringify(byTransform)}${misses
        .slice(0, 15)
        .map((m) => `\n  ${m.key} → ${m.got} [${m.transforms.join(' + ')}]`)
        .join('')}`,
    );
  });

  it('makes at least 20 variants of each screen, in both languages', () => {
    expect(variantsOf(prng(1), COMBOS).length).toBeGreaterThanOrEqual(20);
    expect(new Set(screens.map((s) => s.lang))).toEqual(new Set(['en', 'fr']));
  });

  for (const screen of screens) {
    it(`keeps ${screen.key} as ${screen.page} through every variant`, async () => {
      const seed = seedOf(screen.key);
      const variants = variantsOf(prng(seed), COMBOS);
      const wrong: string[] = [];
      for (let i = 0; i < variants.length; i++) {
        const transforms = variants[i] ?? [];
        const got = await run(screen, transforms, seed + i);
        outcomes.push({
          key: screen.key,
          lang: screen.lang,
          expected: screen.page,
          got,
          transforms: transforms.map((t) => t.name),
        });
        // A wrong page is never acceptable; `unknown` counts against the 98 % below.
        if (got !== screen.page && got !== 'unknown')
          wrong.push(`${got} after ${transforms.map((t) => t.name).join(' + ')}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('recognises at least 98 % of the variants in each language, and no variant as a wrong page', () => {
    const f = figures(outcomes);
    for (const lang of ['en', 'fr'] as const) {
      expect(f[lang].variants).toBeGreaterThanOrEqual(20 * screens.filter((s) => s.lang === lang).length);
      expect(f[lang].wrongPage, lang).toBe(0);
      expect(f[lang].right / f[lang].variants, lang).toBeGreaterThanOrEqual(0.98);
    }
  });
});

describe('the metamorphic check can fail', () => {
  it('notices when a variant really shows another page (another screen visible beside this one)', async () => {
    // Not a metamorphic transform: the other page is shown, so the oracle must report misses.
    const shown: Transform = {
      name: 'another page shown first',
      apply: (ctx) => {
        const other = renderInto(ctx.doc, ctx.others[0] as Screen, 'div');
        ctx.root.replaceChildren(...other.childNodes);
      },
    };
    const sample = screens.filter((s) => s.page !== 'unknown' && s.lang === 'en').slice(0, 10);
    let same = 0;
    for (const screen of sample) if ((await run(screen, [shown], 1)) === screen.page) same++;
    expect(same).toBeLessThan(sample.length * 0.98);
  });
});
