import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_FILES, screenFor } from '../../../test/fixtures/portal/screens.js';
import { LANGS } from '../../i18n/text';
import { PAGE_IDS } from '../ids';
import { CONFIRMATION_PAGES, PAGE_BASICS, PAGE_NAMES, PAGES, pageModule, UNKNOWN_PAGE } from './index';

// The conventions of the page folder (one portal page, one module), checked the way refined-github checks its
// features: every page id has exactly one module, with both languages, sources and replica screens.

const KNOWN = PAGE_IDS.filter((p) => p !== 'unknown');
const NOT_PAGES = new Set(['index.ts', 'rules.ts', 'page-module.ts']);
const moduleFiles = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_PAGES.has(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const texts = (p: (typeof PAGES)[number] | typeof UNKNOWN_PAGE) => [
  p.name,
  ...p.tips.map((t) => t.text),
  ...('fieldTips' in p ? p.fieldTips.map((t) => t.text) : []),
];

describe('page modules', () => {
  it('has exactly one module per page id, named after it', () => {
    expect(moduleFiles).toEqual([...PAGE_IDS].sort());
  });

  it.each(moduleFiles)('module %s declares its own id', async (file) => {
    const mod = (await import(`./${file}.ts`)) as { page: () => { id: string }; basics?: { id: string } };
    expect(mod.page().id).toBe(file);
    if (file !== 'unknown') expect(mod.basics?.id).toBe(file);
  });

  it('lists every known page once in the registry and its light half, in the same (journey) order', () => {
    expect(PAGES.map((p) => p.id)).toEqual(KNOWN);
    expect(PAGE_BASICS.map((b) => b.id)).toEqual(KNOWN);
    for (const [i, page] of PAGES.entries()) expect(page.rule).toBe(PAGE_BASICS[i]?.rule);
  });

  it('finds a module, names included, for every page id, unknown too', () => {
    for (const id of PAGE_IDS) {
      expect(pageModule(id).id).toBe(id);
      expect(PAGE_NAMES[id]).toBe(pageModule(id).name);
    }
  });

  it.each([...PAGES, UNKNOWN_PAGE].map((p) => [p.id, p] as const))(
    '%s says everything in English and French',
    (_id, page) => {
      for (const text of texts(page)) {
        for (const lang of LANGS) expect(text[lang].trim().length, JSON.stringify(text)).toBeGreaterThan(0);
      }
      expect(page.tips.length).toBeGreaterThan(0);
    },
  );

  it.each(PAGES.map((p) => [p.id, p] as const))('%s recognises in English and French', (_id, page) => {
    const phrases = [page.rule.headings, page.rule.labels, page.rule.actions];
    for (const lang of LANGS) expect(phrases.flatMap((p) => p?.[lang] ?? []).length).toBeGreaterThan(0);
  });

  it.each([...PAGES, UNKNOWN_PAGE].map((p) => [p.id, p] as const))(
    '%s lists its sources, and every tip cites one of them',
    (_id, page) => {
      expect(page.sources.length).toBeGreaterThan(0);
      const listed = new Set(page.sources.map((s) => s.url));
      const cited = [...page.tips, ...('fieldTips' in page ? page.fieldTips : [])].map((t) => t.source.url);
      for (const url of cited) expect(listed, url).toContain(url);
    },
  );

  it.each(KNOWN)('%s has a replica screen in each language', (id) => {
    for (const lang of LANGS) expect(screenFor(id, lang)?.lang, `${id} ${lang}`).toBe(lang);
  });

  it("keeps each page's replica screens in one file, screens/<page-id>.js, and only that page's", () => {
    const replicaDir = join(import.meta.dirname, '../../../test/fixtures/portal/screens');
    const files = readdirSync(replicaDir)
      .filter((f) => f !== 'shared.js')
      .map((f) => f.replace(/\.js$/, ''))
      .sort();
    expect(files).toEqual([...PAGE_IDS].sort());
    expect(Object.keys(PAGE_FILES)).toEqual([...PAGE_IDS.filter((p) => p !== 'unknown'), 'unknown']);
    for (const [id, screens] of Object.entries(PAGE_FILES)) {
      expect(screens.length, id).toBeGreaterThan(0);
      for (const screen of screens) expect(screen.page, screen.key).toBe(id);
    }
  });

  it('derives the confirmation table from the modules that confirm a step', () => {
    for (const page of PAGES) {
      if (page.confirms === undefined) continue;
      expect(CONFIRMATION_PAGES[page.id as keyof typeof CONFIRMATION_PAGES]).toBe(page.confirms);
    }
    expect(Object.keys(CONFIRMATION_PAGES).sort()).toEqual(
      PAGES.filter((p) => p.confirms)
        .map((p) => p.id)
        .sort(),
    );
  });
});
