import { SRC, uncertain } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'rpp-security',
  step: 'rpp',
  rule: {
    headings: {
      en: ['submit security', 'financial security', 'security submitted'],
      fr: ['soumettre une garantie', 'garantie financiere', 'garantie soumise'],
    },
    labels: {
      en: ['surety bond', 'cash deposit', 'bond'],
      fr: ['cautionnement', 'depot en especes', 'garantie'],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Submit financial security',
    fr: 'Soumettre une garantie financière',
  },
  tips: [
    {
      id: 'rpp-security-choose',
      kind: 'enter',
      text: {
        en: 'Choose a surety bond for 50% of your highest month (at least $5,000 per RM account), or a cash deposit for 100% of it.',
        fr: 'Choisissez un cautionnement de 50 % de votre mois le plus élevé, soit au moins 5 000 $ par compte RM. Le dépôt en espèces, lui, égale 100 % de ce mois.',
      },
      source: SRC.rppAmounts,
    },
    {
      id: 'rpp-security-where-bond',
      kind: 'have-ready',
      text: {
        en: 'Get your bond from a financial security provider before you enrol: you cannot obtain one in the portal.',
        fr: "Obtenez votre cautionnement d'un fournisseur de garantie financière avant de vous inscrire : le portail ne peut pas en délivrer.",
      },
      source: SRC.helpToolSecurity,
    },
    {
      id: 'rpp-security-cap',
      kind: 'have-ready',
      text: {
        en: 'A $10,000,000 maximum was mentioned at a 2019 CBSA consultation; not confirmed by CBSA for CARM.',
        fr: "Un maximum de 10 000 000 $ a été mentionné lors d'une consultation de l'ASFC en 2019; non confirmé par l'ASFC pour la GCRA.",
      },
      source: uncertain(SRC.securityCap),
    },
    {
      id: 'rpp-security-bond-table',
      kind: 'have-ready',
      text: {
        en: 'A bond your surety provider has already sent appears in the table on this page.',
        fr: 'Un cautionnement déjà transmis par votre fournisseur de cautionnement apparaît dans le tableau de cette page.',
      },
      source: SRC.rppPath,
    },
    {
      id: 'rpp-security-broker-bn',
      kind: 'pitfall',
      text: {
        en: "Don't count on your broker's business number: since 1 January 2026 it may be used only in limited cases.",
        fr: "Ne comptez pas sur le numéro d'entreprise de votre courtier : depuis le 1er janvier 2026, il ne peut servir que dans des cas limités.",
      },
      source: SRC.transitionEnd,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.rppAmounts, SRC.rppPath, SRC.transitionEnd, SRC.helpToolSecurity, SRC.securityCap],
});
