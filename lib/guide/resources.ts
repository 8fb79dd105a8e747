import { type Resource, resourceSchema } from './schema';

const cbsa = 'https://www.cbsa-asfc.gc.ca';
const videoUrl = (n: number) => ({
  en: `${cbsa}/multimedia/carm-gcra/portal-portail-r1-${n}-eng.html`,
  fr: `${cbsa}/multimedia/carm-gcra/portal-portail-r1-${n}-fra.html`,
});
// docs/facts.md §6: only the French pages of videos 1 and 2 were seen; the others follow the -fra.html pattern.
const FR_INFERRED = { en: 'confirmed', fr: 'uncertain' } as const;

/** Official CBSA resources, linked in the portal's language. */
export const RESOURCES: readonly Resource[] = resourceSchema.array().parse([
  {
    id: 'video-sign-in',
    steps: ['account'],
    kind: 'video',
    title: {
      en: 'How to create sign in credentials and a user account in the CARM Client Portal',
      fr: "Comment créer des justificatifs d'identité et un compte d'utilisateur dans le portail client de la GCRA",
    },
    url: videoUrl(1),
    certainty: 'confirmed',
  },
  {
    id: 'video-link-business',
    steps: ['prepare', 'link-business'],
    kind: 'video',
    title: {
      en: 'How to link a user account to a business account in the CARM Client Portal',
      fr: "Comment associer un compte d'utilisateur à un compte d'entreprise dans le portail client de la GCRA",
    },
    url: videoUrl(2),
    certainty: 'confirmed',
  },
  {
    id: 'video-employee-delegation',
    steps: ['employee-access'],
    kind: 'video',
    title: {
      en: 'How to set up a delegation of authority for employees in the CARM Client Portal',
      fr: 'Établir une délégation de pouvoirs pour les employés dans le portail client de la GCRA (vidéo; titre traduit de l’anglais)',
    },
    url: videoUrl(3),
    certainty: FR_INFERRED,
  },
  {
    id: 'video-third-party-delegation',
    steps: ['delegate', 'client-requests'],
    kind: 'video',
    title: {
      en: 'How to set up a delegation of authority for a third party service provider in the CARM Client Portal',
      fr: 'Établir une délégation de pouvoirs pour un fournisseur de services tiers dans le portail client de la GCRA (vidéo; titre traduit de l’anglais)',
    },
    url: videoUrl(4),
    certainty: FR_INFERRED,
  },
  {
    id: 'video-client-groups',
    steps: ['client-requests'],
    kind: 'video',
    title: {
      en: 'Manage a client group in the CARM Client Portal (video)',
      fr: 'Gérer un groupe de clients dans le portail client de la GCRA (vidéo; titre traduit de l’anglais)',
    },
    url: videoUrl(5),
    certainty: FR_INFERRED,
  },
  {
    id: 'video-upload-document',
    steps: ['link-business'],
    kind: 'video',
    title: {
      en: 'Upload a document in the CARM Client Portal (video)',
      fr: 'Comment télécharger un document dans le portail client de la GCRA',
    },
    url: videoUrl(6),
    certainty: FR_INFERRED,
  },
  {
    id: 'video-financial-information',
    steps: [],
    kind: 'video',
    title: {
      en: 'View financial information and transaction history in the CARM Client Portal (video)',
      fr: "Consulter les renseignements financiers et l'historique des transactions dans le portail client de la GCRA (vidéo; titre traduit de l’anglais)",
    },
    url: videoUrl(13),
    certainty: FR_INFERRED,
  },
  {
    id: 'video-credit-card',
    steps: [],
    kind: 'video',
    title: {
      en: 'Make a payment by credit card in the CARM Client Portal (video)',
      fr: 'Faire un paiement par carte de crédit dans le portail client de la GCRA (vidéo; titre traduit de l’anglais)',
    },
    url: videoUrl(14),
    certainty: FR_INFERRED,
  },
  {
    id: 'video-pre-authorized-debit',
    steps: [],
    kind: 'video',
    title: {
      en: 'Set up pre-authorized debit in the CARM Client Portal (video)',
      fr: 'Configurer le débit préautorisé dans le portail client de la GCRA (vidéo; titre traduit de l’anglais)',
    },
    url: videoUrl(16),
    certainty: FR_INFERRED,
  },
  {
    id: 'guide-onboarding',
    steps: ['account', 'link-business'],
    kind: 'user-guide',
    title: {
      en: 'User guides on onboarding to the CARM Client Portal',
      fr: "Guides de l'utilisateur sur l'enregistrement dans le portail client de la GCRA",
    },
    // The French path is inferred from the portal's /fr/ prefix (docs/facts.md §2.1).
    url: {
      en: 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/en/onboarding-documentation',
      fr: 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/fr/onboarding-documentation',
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'help-get-started',
    steps: ['prepare'],
    kind: 'help',
    title: { en: 'Get started with CARM', fr: 'Commencer avec la GCRA' },
    url: {
      en: `${cbsa}/services/carm-gcra/start-passer-eng.html`,
      fr: `${cbsa}/services/carm-gcra/start-passer-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'help-carm-home',
    steps: ['prepare'],
    kind: 'help',
    title: {
      en: 'CBSA Assessment and Revenue Management (CARM)',
      fr: "Gestion des cotisations et des recettes de l'ASFC (GCRA)",
    },
    url: { en: `${cbsa}/services/carm-gcra/menu-eng.html`, fr: `${cbsa}/services/carm-gcra/menu-fra.html` },
    certainty: 'confirmed',
  },
  {
    id: 'help-tool',
    steps: ['account', 'link-business', 'delegate', 'rpp', 'employee-access', 'client-requests'],
    kind: 'help',
    title: {
      en: 'Get help with the CARM Client Portal (CBSA help tool)',
      fr: "Obtenir de l'aide avec le portail client de la GCRA (outil de l'ASFC; page en anglais)",
    },
    // The French address of this canada.ca page is not in the facts; link the English page and say so.
    url: {
      en: 'https://www.canada.ca/en/border-services-agency/services/carm-portal-help.html',
      fr: 'https://www.canada.ca/en/border-services-agency/services/carm-portal-help.html',
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'help-helpdesk',
    steps: ['prepare', 'account', 'link-business', 'delegate', 'rpp', 'employee-access', 'client-requests'],
    kind: 'help',
    title: {
      en: 'CARM client service and helpdesk: 1-800-461-9999, option 2 (from outside Canada and the US: 1-204-983-3500 or 1-506-636-5064), and the online contact form',
      fr: "Service à la clientèle et centre d'assistance de la GCRA : 1-800-461-9999, option 2 (de l'extérieur du Canada et des États-Unis : 1-204-983-3500 ou 1-506-636-5064), et le formulaire de contact en ligne",
    },
    url: {
      en: 'https://cbsa-asfc.gc.ca/services/carm-gcra/support-eng.html',
      fr: 'https://cbsa-asfc.gc.ca/services/carm-gcra/support-fra.html',
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'help-rpp-ready',
    steps: ['rpp'],
    kind: 'help',
    title: {
      en: 'Get ready for Release Prior to Payment (RPP)',
      fr: 'Se préparer à la mainlevée avant paiement (MAP)',
    },
    url: {
      en: `${cbsa}/services/carm-gcra/rpp-map/prepare-ready-eng.html`,
      fr: `${cbsa}/services/carm-gcra/rpp-map/prepare-ready-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'notice-24-18',
    steps: ['prepare'],
    kind: 'notice',
    title: {
      en: 'Customs Notice 24-18: registering import-export (RM) program accounts with CBSA',
      fr: "Avis des douanes 24-18 : enregistrement des comptes de programme d'importation-exportation (RM) auprès de l'ASFC",
    },
    url: {
      en: `${cbsa}/publications/cn-ad/cn24-18-eng.html`,
      fr: `${cbsa}/publications/cn-ad/cn24-18-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'notice-24-37',
    steps: ['prepare', 'link-business'],
    kind: 'notice',
    title: {
      en: 'Customs Notice 24-37: only importer RM accounts can be used to import',
      fr: "Avis des douanes 24-37 : seuls les comptes RM d'importateur peuvent servir à importer",
    },
    url: {
      en: `${cbsa}/publications/cn-ad/cn24-37-eng.html`,
      fr: `${cbsa}/publications/cn-ad/cn24-37-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'help-payments',
    steps: ['rpp'],
    kind: 'help',
    title: {
      en: 'Commercial import payments: duties, taxes and other customs dues',
      fr: 'Paiements pour les importations commerciales : droits, taxes et autres sommes dues (titre traduit de l’anglais)',
    },
    url: {
      en: `${cbsa}/prog/arl-glcc/pay-paie-eng.html`,
      fr: `${cbsa}/prog/arl-glcc/pay-paie-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'form-bsf900',
    steps: ['prepare', 'link-business'],
    kind: 'help',
    title: {
      en: 'BSF900: Agreement to maintain records elsewhere than the place of business in Canada',
      fr: "BSF900 : Entente de conservation des documents ailleurs qu'au lieu d'affaires au Canada",
    },
    url: {
      en: `${cbsa}/publications/forms-formulaires/bsf900-eng.html`,
      fr: `${cbsa}/publications/forms-formulaires/bsf900-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'notice-25-16',
    steps: ['delegate', 'client-requests'],
    kind: 'notice',
    title: {
      en: 'Customs Notice 25-16: late accounting penalties, registration and delegation of authority',
      fr: 'Avis des douanes 25-16 : pénalités pour déclaration en détail tardive, inscription et délégation de pouvoirs',
    },
    url: {
      en: `${cbsa}/publications/cn-ad/cn25-16-eng.html`,
      fr: `${cbsa}/publications/cn-ad/cn25-16-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'notice-25-22',
    steps: ['rpp'],
    kind: 'notice',
    title: {
      en: 'Customs Notice 25-22: end of the Release Prior to Payment (RPP) transition period',
      fr: 'Avis des douanes 25-22 : fin de la période de transition pour la mainlevée avant paiement (MAP)',
    },
    url: {
      en: `${cbsa}/publications/cn-ad/cn25-22-eng.html`,
      fr: `${cbsa}/publications/cn-ad/cn25-22-fra.html`,
    },
    certainty: FR_INFERRED,
  },
  {
    id: 'notice-25-32',
    steps: ['delegate', 'rpp'],
    kind: 'notice',
    title: {
      en: 'Customs Notice 25-32: CARM transition measures ended on 31 December 2025',
      fr: 'Avis des douanes 25-32 : fin des mesures de transition de la GCRA le 31 décembre 2025',
    },
    url: {
      en: `${cbsa}/publications/cn-ad/cn25-32-eng.html`,
      fr: `${cbsa}/publications/cn-ad/cn25-32-fra.html`,
    },
    certainty: FR_INFERRED,
  },
]);
