import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'program-account-profile',
  step: 'rpp',
  rule: {
    headings: { en: ['program account profile'], fr: ['profil du compte de programme'] },
    actions: { en: ['sub-programs', 'subprograms'], fr: ['sous-programmes'] },
    absentHeadings: {
      en: ['enrol in a subprogram', 'submit security'],
      fr: ["s'inscrire a un sous-programme", 'adherer a un sous-programme', 'soumettre une garantie'],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Program account profile',
    fr: 'Profil du compte de programme',
  },
  tips: [
    {
      id: 'program-account-profile-enter',
      kind: 'enter',
      text: {
        en: 'Open the Sub-Programs tab, then select Enrol in a subprogram.',
        fr: "Ouvrez l'onglet des sous-programmes, puis sélectionnez l'inscription à un sous-programme.",
      },
      source: SRC.rppPath,
    },
    {
      id: 'program-account-profile-switcher',
      kind: 'pitfall',
      text: {
        en: 'Check that you are in the right program account before you go on.',
        fr: 'Vérifiez que vous êtes dans le bon compte de programme avant de continuer.',
      },
      source: SRC.videoFinancial,
    },
    {
      id: 'program-account-profile-review',
      kind: 'next',
      text: {
        en: 'CBSA reviews the security amount each year and notifies you in the portal if it goes up.',
        fr: "L'ASFC révise le montant de la garantie chaque année et vous avise dans le portail s'il augmente.",
      },
      source: SRC.annualReview,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.rppPath, SRC.videoFinancial, SRC.annualReview],
});
