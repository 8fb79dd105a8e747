import { describe, expect, it } from 'vitest';
import { type Screen, screens } from '../../test/fixtures/portal/screens.js';
import { PAGE_IDS } from '../guide/ids';
import { readSignals } from './page-signals';
import { recognise } from './recognise-page';
import { PAGE_RULES } from './rules';

const PORTAL = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';

/** Renders a replica screen the way the app does (a shell with a <main>), and recognises it. */
const recogniseScreen = (screen: Screen) => {
  document.documentElement.lang = screen.lang === 'fr' ? 'fr-CA' : 'en-CA';
  document.body.replaceChildren();
  const main = document.createElement('main');
  document.body.append(main);
  screen.render(document, main, { go: () => undefined, next: () => undefined, back: () => undefined });
  return recognise(readSignals(document, new URL(PORTAL + screen.path)));
};

describe('page recognition against every replica screen', () => {
  // One loop gives the negative tests for free: a screen recognised as another page fails its own case.
  for (const screen of screens) {
    it(`recognises ${screen.key} as ${screen.page}`, () => {
      const r = recogniseScreen(screen);
      expect({ key: screen.key, page: r.page }).toEqual({ key: screen.key, page: screen.page });
      if (screen.page !== 'unknown') expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    });
    if (screen.error) {
      it(`recognises the ${screen.error} error on ${screen.key}`, () => {
        const ids = recogniseScreen(screen).errors.map((e) => e.id);
        expect(ids).toContain(screen.error);
      });
    }
  }

  it('finds no error on screens without one', () => {
    const noisy = screens.filter((s) => !s.error).filter((s) => recogniseScreen(s).errors.length > 0);
    expect(noisy.map((s) => s.key)).toEqual([]);
  });

  it('reads the code of an EC error', () => {
    const coded = screens.filter((s) => s.errorCode);
    expect(coded.length).toBeGreaterThan(0);
    for (const s of coded) {
      expect(recogniseScreen(s).errors).toContainEqual({ id: 'error-code', code: s.errorCode });
    }
  });
});

describe('page rules', () => {
  it('has one rule per known page id, none for unknown', () => {
    expect(PAGE_RULES.map((r) => r.page).sort()).toEqual(PAGE_IDS.filter((p) => p !== 'unknown').sort());
  });

  it('gives every rule text signals in both languages', () => {
    for (const rule of PAGE_RULES) {
      const en = [rule.headings, rule.labels, rule.actions].flatMap((p) => p?.en ?? []);
      const fr = [rule.headings, rule.labels, rule.actions].flatMap((p) => p?.fr ?? []);
      expect(en.length, rule.page).toBeGreaterThan(0);
      expect(fr.length, rule.page).toBeGreaterThan(0);
    }
  });

  it('keeps phrases normalised (lower case, no accents), or they could never match', () => {
    for (const rule of PAGE_RULES) {
      for (const phrase of [rule.headings, rule.labels, rule.actions, rule.absentHeadings].flatMap((p) => [
        ...(p?.en ?? []),
        ...(p?.fr ?? []),
      ])) {
        expect(phrase, rule.page).toBe(
          phrase
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .trim(),
        );
      }
    }
  });

  it('says unknown for a page with nothing it knows', () => {
    document.body.innerHTML = '<main><h1>Weather</h1><button>OK</button></main>';
    expect(recognise(readSignals(document, new URL(`${PORTAL}/en/weather`))).page).toBe('unknown');
  });

  it('never reads our own overlay', () => {
    document.body.innerHTML =
      '<main><h1>Weather</h1></main><carm-guide><h1>First time setup</h1></carm-guide>';
    const own = document.querySelector<HTMLElement>('carm-guide');
    expect(recognise(readSignals(document, new URL(`${PORTAL}/en/x`), own)).page).toBe('unknown');
  });
});
