import { SRC, uncertain } from '../sources';
import { BUSINESS_ROLES, IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'portal-home',
  step: 'delegate',
  confirms: 'account',
  rule: {
    // Home is /en/homepage in a public link list and /en/home in a 2025 broker link (docs/facts.md): accept both.
    paths: [/^\/home(page)?\/?$/],
    // "Setup my portal" is a link on home (CBSA videos 3, 4), and the heading of the page it opens, so it is an
    // action here, never a heading.
    headings: {
      en: ['most requested'],
      fr: ['les plus demandes', 'les plus demandees'],
    },
    actions: {
      en: [
        'manage pending third party requests',
        'manage pending employee requests',
        'setup my portal',
        'set up my portal',
        'upload a document',
        'make a payment',
      ],
      fr: [
        'gerer les demandes de tiers en attente',
        "gerer les demandes d'employes en attente",
        'configurer mon portail',
        'telecharger un document',
        'effectuer un paiement',
      ],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Portal home',
    fr: 'Accueil du portail',
  },
  tips: [
    {
      id: 'portal-home-third-party',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: 'To approve your broker, select Manage pending third party requests under Most requested.',
        fr: 'Pour approuver votre courtier, sélectionnez la gestion des demandes de tiers en attente, dans la colonne des options les plus demandées.',
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'portal-home-setup',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Another way: select the Setup my portal link, then Manage business relationships.',
        fr: "Autre façon : sélectionnez le lien Configurer mon portail, puis la gestion des relations d'affaires.",
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'portal-home-where',
      kind: 'pitfall',
      text: {
        en: 'Most requested is a box on the right of the home page, about halfway down.',
        fr: "Les options les plus demandées sont dans un encadré à droite de la page d'accueil, à peu près à mi-hauteur.",
      },
      source: SRC.ccb,
    },
    {
      id: 'portal-home-employees',
      kind: 'enter',
      roles: BUSINESS_ROLES,
      text: {
        en: 'To give an employee access, select Manage pending employee requests under Most requested.',
        fr: "Pour donner l'accès à un employé, sélectionnez la gestion des demandes d'employés en attente, dans la colonne des options les plus demandées.",
      },
      source: SRC.videoEmployees,
    },
    {
      id: 'portal-home-client-groups',
      kind: 'enter',
      roles: ['broker'],
      text: {
        en: 'To group your clients, go to Setup my portal, then Manage my client groups.',
        fr: 'Pour regrouper vos clients, allez à la configuration de votre portail, puis à la gestion des groupes de clients.',
      },
      source: SRC.videoClientGroups,
    },
    {
      id: 'portal-home-switcher',
      kind: 'pitfall',
      text: {
        en: 'Check the account switcher in the upper-right corner: make sure you are in the right account.',
        fr: "Vérifiez le sélecteur de compte, en haut à droite : assurez-vous d'être dans le bon compte.",
      },
      source: SRC.videoPayment,
    },
    {
      id: 'portal-home-pay-pad',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: 'To pay your Statement of Account automatically each month, set up pre-authorized debit: Payments, then Pre-authorized debit.',
        fr: "Pour payer votre relevé de compte automatiquement chaque mois, configurez le débit préautorisé : Paiements, puis Débit préautorisé (noms traduits de l'anglais).",
      },
      source: SRC.videoPad,
    },
    {
      id: 'portal-home-pay-card',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Paying by credit card? The portal accepts up to $4,999.99 per billing cycle per program account; debit cards have no CBSA limit.',
        fr: "Vous payez par carte de crédit? Le portail accepte jusqu'à 4 999,99 $ par cycle de facturation et par compte de programme; la carte de débit n'a pas de limite de l'ASFC.",
      },
      source: SRC.creditCardLimit,
    },
    {
      id: 'portal-home-online-banking',
      kind: 'have-ready',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Paying through online banking? Enter your BN15 with RM, such as 123456789RM0001, as the account number (2017 CBSA message; not confirmed by CBSA for CARM).',
        fr: "Vous payez par services bancaires en ligne? Entrez votre NE15 avec RM, comme 123456789RM0001, comme numéro de compte (message de l'ASFC de 2017; non confirmé par l'ASFC pour la GCRA).",
      },
      source: uncertain(SRC.onlineBanking),
    },
    {
      id: 'portal-home-broker-pays',
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: 'If your broker pays CBSA for you, ask them before you pay: payments you make in the portal do not go against those amounts.',
        fr: "Si votre courtier paie l'ASFC pour vous, consultez-le avant de payer : vos paiements dans le portail ne s'appliquent pas à ces montants.",
      },
      source: SRC.videoPayment,
    },
    {
      id: 'portal-home-late',
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Pay by the due date: late payments can bring penalties and interest, and after 30 days unpaid the account goes to the CRA.',
        fr: "Payez au plus tard à la date d'échéance. Un retard peut entraîner des pénalités et des intérêts; après 30 jours, le compte est transféré à l'ARC.",
      },
      source: SRC.payments,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [
    SRC.ccb,
    SRC.videoThirdParty,
    SRC.videoEmployees,
    SRC.videoClientGroups,
    SRC.videoPayment,
    SRC.videoPad,
    SRC.creditCardLimit,
    SRC.payments,
    SRC.onlineBanking,
  ],
});
