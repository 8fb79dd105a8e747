import { describe, expect, it } from 'vitest';
import { acronymExplainer, GLOSSARY } from './glossary';

describe('acronym glossary', () => {
  it('has every acronym the issue names, with a meaning in both languages', () => {
    const ids = GLOSSARY.map((g) => g.id);
    for (const id of ['bam', 'bn9', 'rm', 'rpp', 'soa', 'nri', 'bsf900', 'cscb']) expect(ids).toContain(id);
    for (const g of GLOSSARY) {
      expect(g.meaning.en.length, g.id).toBeGreaterThan(3);
      expect(g.meaning.fr.length, g.id).toBeGreaterThan(3);
    }
  });

  it('explains an acronym the first time it appears, and only then', () => {
    const x = acronymExplainer('en');
    expect(x('Post security to use RPP.')).toBe('Post security to use RPP (Release Prior to Payment).');
    expect(x('RPP needs a bond.')).toBe('RPP needs a bond.');
  });

  it('leaves a text that already explains it, and counts that as the first appearance', () => {
    const x = acronymExplainer('en');
    expect(x('Find your 9-digit Business Number (BN9).')).toBe('Find your 9-digit Business Number (BN9).');
    expect(x('Enter the BN9.')).toBe('Enter the BN9.');
  });

  it('does not match inside longer tokens (RM0001, BSF9001)', () => {
    const x = acronymExplainer('en');
    expect(x('For example RM0001.')).toBe('For example RM0001.');
    expect(x('One RM account.')).toMatch(/^One RM \(the letters of an import-export program account/);
  });

  it('speaks French with the French acronyms', () => {
    const x = acronymExplainer('fr');
    expect(x('Demandez au GCE.')).toBe("Demandez au GCE (gestionnaire du compte d'entreprise).");
    expect(x('La MAP exige une garantie.')).toBe('La MAP (mainlevée avant paiement) exige une garantie.');
    expect(x('Le BSF900 et le SCCD.')).toBe(
      "Le BSF900 (le formulaire de l'ASFC pour garder vos documents hors du Canada) et le SCCD (Société canadienne des courtiers en douane).",
    );
  });
});
