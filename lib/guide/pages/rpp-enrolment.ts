import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'rpp-enrolment',
  step: 'rpp',
  rule: {
    headings: {
      en: ['enrol in a subprogram', 'enrol in a sub-program'],
      fr: ["s'inscrire a un sous-programme", 'adherer a un sous-programme'],
    },
    labels: { en: ['release prior to payment'], fr: ['mainlevee avant paiement'] },
    // ClearIt's walkthrough shows an "enrol in sub-program" button after the RPP choice (docs/facts.md §7).
    actions: {
      en: ['enrol in sub-program', 'enrol in subprogram'],
      fr: ["s'inscrire au sous-programme", "s'inscrire a un sous-programme"],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Enrol in Release Prior to Payment',
    fr: 'Adhérer à la mainlevée avant paiement',
  },
  tips: [
    {
      id: 'rpp-enrolment-enter',
      kind: 'enter',
      text: {
        en: 'Choose Release Prior to Payment (RPP). Asked if you are requesting a modification to the security requirement calculation, most importers answer No; then select Next.',
        fr: "Choisissez la mainlevée avant paiement (MAP). À la question sur une modification du calcul de l'exigence de garantie, la plupart des importateurs répondent Non; sélectionnez ensuite Suivant.",
      },
      source: SRC.rppPath,
    },
    {
      id: 'rpp-enrolment-own-security',
      kind: 'pitfall',
      text: {
        en: "Your broker's security no longer covers you: every commercial importer posts their own.",
        fr: 'La garantie de votre courtier ne vous couvre plus : chaque importateur commercial dépose la sienne.',
      },
      source: SRC.rppExtension,
    },
    {
      id: 'rpp-enrolment-held',
      kind: 'pitfall',
      text: {
        en: 'Without security in CARM, goods are held until duties and taxes are paid: the transition ended on 20 May 2025.',
        fr: "Sans garantie dans la GCRA, les marchandises restent retenues jusqu'au paiement des droits et taxes : la transition a pris fin le 20 mai 2025.",
      },
      source: SRC.rppExtension,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.rppPath, SRC.rppExtension],
});
