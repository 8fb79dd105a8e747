import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, typeset, typesetText } from './typography';

const n = (s: string) => s.replaceAll('~', NBSP);

describe('frenchTypography', () => {
  it.each([
    ['Source : ASFC', 'Source~: ASFC'],
    ['Choix 1 : un numéro', 'Choix 1~: un numéro'],
    ['au moins 5 000 $ par compte', 'au moins 5~000~$ par compte'],
    ['10 000 000 $', '10~000~000~$'],
    ['un solde de 0,00 $', 'un solde de 0,00~$'],
    ['égal à 50 % de', 'égal à 50~% de'],
    ['au plus tard à 16 h HE', 'au plus tard à 16~h HE'],
    ['jusqu’à 23 h 59 HE', 'jusqu’à 23~h~59 HE'],
    ['de 7 h à 19 h, heure de l’Est', 'de 7~h à 19~h, heure de l’Est'],
    ['« Enregistrer mon entreprise »', '«~Enregistrer mon entreprise~»'],
  ])('%s', (input, expected) => {
    expect(frenchTypography(input)).toBe(n(expected));
  });

  it('leaves words, numbers that are not amounts, phone numbers, addresses and Canadian ; ? ! alone', () => {
    for (const s of [
      'Pas encore de compte RM?',
      'Appelez le 1-800-461-9999.',
      'https://www.cbsa-asfc.gc.ca/x',
      'pendant 5 heures',
      'Avis des douanes 25-16',
      'le 21 octobre 2024',
      'RM0001; puis',
    ]) {
      expect(frenchTypography(s)).toBe(s);
    }
  });

  it('is idempotent', () => {
    const once = frenchTypography('Choix 2 : 100 % de 5 000 $, au plus tard à 16 h 30 : « oui »');
    expect(frenchTypography(once)).toBe(once);
    expect(once).toBe(n('Choix 2~: 100~% de 5~000~$, au plus tard à 16~h~30~: «~oui~»'));
  });

  it('applies to French only', () => {
    expect(typeset('Note : 50 %', 'en')).toBe('Note : 50 %');
    expect(typeset('Note : 50 %', 'fr')).toBe(n('Note~: 50~%'));
    expect(typesetText({ en: 'a : b', fr: 'a : b' })).toEqual({ en: 'a : b', fr: n('a~: b') });
  });
});
