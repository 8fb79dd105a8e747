import { SRC } from '../sources';
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
        en: 'Choose a surety bond for 50% of your highest monthly accounts receivable (at least $5,000 per RM account), or a 100% cash deposit.',
        fr: 'Choisissez un cautionnement égal à 50 % de vos comptes débiteurs mensuels les plus élevés (au moins 5 000 $ par compte RM), ou un dépôt en espèces de 100 %.',
      },
      source: SRC.rppAmounts,
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
  sources: [SRC.rppAmounts, SRC.rppPath, SRC.transitionEnd],
});
