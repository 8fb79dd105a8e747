import { SRC } from '../sources';
import { IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'delegation-approved',
  step: 'delegate',
  confirms: 'delegate',
  rule: {
    headings: {
      en: ['request approved', 'delegation approved', 'relationship approved', 'has been approved'],
      fr: ['demande approuvee', 'delegation approuvee', 'relation approuvee', 'a ete approuvee'],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Delegation approved',
    fr: 'Délégation approuvée',
  },
  tips: [
    {
      id: 'delegation-approved-tell-broker',
      kind: 'next',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Let your broker know: they can now send your accounting for you.',
        fr: 'Informez votre courtier : il peut maintenant transmettre vos déclarations pour vous.',
      },
      source: SRC.cn2516,
    },
    {
      id: 'delegation-approved-payments',
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: "If your broker pays CBSA for you, don't also pay in the portal: your payment is not applied to what the broker pays.",
        fr: "Si votre courtier paie l'ASFC pour vous, ne payez pas aussi dans le portail : votre paiement ne s'applique pas aux montants que paie le courtier.",
      },
      source: SRC.videoPayment,
    },
    {
      id: 'delegation-approved-next',
      kind: 'next',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Next, post financial security to keep Release Prior to Payment (RPP).',
        fr: 'Ensuite, déposez une garantie financière pour conserver la mainlevée avant paiement (MAP).',
      },
      source: SRC.rppExtension,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.cn2516, SRC.videoPayment, SRC.rppExtension],
});
