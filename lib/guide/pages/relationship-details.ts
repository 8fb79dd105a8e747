import { SRC } from '../sources';
import { IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'relationship-details',
  step: 'delegate',
  rule: {
    headings: {
      en: ['relationship details', 'request details'],
      fr: ['details de la relation', 'details de la demande'],
    },
    labels: {
      en: ['access level', 'business management', 'program management', 'visibility', 'program accounts'],
      fr: [
        "niveau d'acces",
        'gestion des affaires',
        "gestion de l'entreprise",
        'gestion des programmes',
        'visibilite',
        'comptes de programme',
      ],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Request details',
    fr: 'Détails de la demande',
  },
  tips: [
    {
      id: 'relationship-details-comments',
      kind: 'have-ready',
      text: {
        en: "Read the third party's comments at the top: they say who is asking and why.",
        fr: 'Lisez les commentaires du tiers, en haut : ils disent qui fait la demande et pourquoi.',
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'relationship-details-choose',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Choose the program accounts and the access level, then approve.',
        fr: "Choisissez les comptes de programme et le niveau d'accès, puis approuvez.",
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'relationship-details-levels',
      kind: 'have-ready',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Business Management covers your BN9 and all its program accounts; Program Management covers one program account.',
        fr: "La gestion de l'entreprise couvre votre NE9 et tous ses comptes de programme; la gestion d'un programme couvre un seul compte de programme.",
      },
      source: SRC.coleDelegating,
    },
    {
      id: 'relationship-details-visibility',
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Under Transaction Visibility Rules, tick what your broker needs: brokers usually ask for Business Management with all three rules. Ask them first.',
        fr: "Sous Règles de visibilité des transactions, cochez ce dont votre courtier a besoin : les courtiers demandent habituellement la gestion de l'entreprise avec les trois règles. Demandez-le-lui d'abord.",
      },
      source: SRC.coleConfused,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.videoThirdParty, SRC.coleDelegating, SRC.coleConfused],
});
