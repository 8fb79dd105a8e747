import type { z } from 'zod';
import type { sourceSchema } from '../i18n/text';

type SourceInput = z.input<typeof sourceSchema>;

// Every address below is cited in docs/facts.md; CBSA links use https and the www host.
const cbsa = 'https://www.cbsa-asfc.gc.ca';
const video = (n: number) => `${cbsa}/multimedia/carm-gcra/portal-portail-r1-${n}-eng.html`;

/** The sources the guide cites, by what they back up. */
export const SRC = {
  startPage: {
    url: `${cbsa}/services/carm-gcra/start-passer-eng.html`,
    title: { en: 'CBSA: Get started with CARM', fr: 'ASFC : Commencer avec la GCRA' },
  },
  videoAccount: {
    url: video(1),
    title: {
      en: 'CBSA video: create sign-in credentials',
      fr: "Vidéo de l'ASFC : créer des justificatifs d'identité",
    },
  },
  videoLink: {
    url: video(2),
    title: {
      en: 'CBSA video: link a business account',
      fr: "Vidéo de l'ASFC : associer un compte d'entreprise",
    },
  },
  videoEmployees: {
    url: video(3),
    title: {
      en: 'CBSA video: delegation for employees',
      fr: "Vidéo de l'ASFC : délégation pour les employés",
    },
  },
  videoThirdParty: {
    url: video(4),
    title: {
      en: 'CBSA video: delegation to a service provider',
      fr: "Vidéo de l'ASFC : délégation à un fournisseur de services",
    },
  },
  videoClientGroups: {
    url: video(5),
    title: { en: 'CBSA video: manage a client group', fr: "Vidéo de l'ASFC : gérer un groupe de clients" },
  },
  videoFinancial: {
    url: video(13),
    title: {
      en: 'CBSA video: view financial information',
      fr: "Vidéo de l'ASFC : consulter les renseignements financiers",
    },
  },
  videoPayment: {
    url: video(14),
    title: { en: 'CBSA video: make a payment', fr: "Vidéo de l'ASFC : faire un paiement" },
  },
  videoPad: {
    url: video(16),
    title: {
      en: 'CBSA video: set up pre-authorized debit',
      fr: "Vidéo de l'ASFC : configurer le débit préautorisé",
    },
  },
  helpTool: {
    url: 'https://www.canada.ca/en/border-services-agency/services/carm-portal-help.html',
    title: {
      en: 'CBSA help tool for the CARM Client Portal',
      fr: "Outil d'aide de l'ASFC pour le portail client de la GCRA",
    },
  },
  helpdesk: {
    url: 'https://cbsa-asfc.gc.ca/services/carm-gcra/support-eng.html',
    title: {
      en: 'CBSA: CARM client service and helpdesk',
      fr: "ASFC : service à la clientèle et centre d'assistance de la GCRA",
    },
  },
  helpToolSecurity: {
    url: 'https://www.canada.ca/en/border-services-agency/services/carm-portal-help/ajax-carm-portal-help.html',
    title: {
      en: 'CBSA help tool: financial security',
      fr: "Outil d'aide de l'ASFC : garantie financière (en anglais)",
    },
  },
  payments: {
    url: `${cbsa}/prog/arl-glcc/pay-paie-eng.html`,
    title: {
      en: 'CBSA: Commercial import payments',
      fr: 'ASFC : paiements pour les importations commerciales',
    },
  },
  onlineBanking: {
    url: 'http://cscb.ca/article/cbsa-message-tcc17-067-properly-identifying-cheques-and-online-banking-payments',
    title: {
      en: 'CBSA message TCC17-067 (2017, CSCB copy): identifying online banking payments',
      fr: "Message de l'ASFC TCC17-067 (2017, copie de la SCCD, en anglais) : paiements bancaires en ligne",
    },
  },
  creditCardLimit: {
    url: 'https://cscb.ca/en/article/carm-bulletin-5408-payment-credit-card-carm-client-portal',
    title: {
      en: 'CARM Bulletin 5408: credit card payments (CSCB copy)',
      fr: 'Bulletin de la GCRA 5408 : paiements par carte de crédit (copie de la SCCD, en anglais)',
    },
  },
  cn2418: {
    url: `${cbsa}/publications/cn-ad/cn24-18-eng.html`,
    title: {
      en: 'CBSA: Customs Notice 24-18 (program accounts)',
      fr: 'ASFC : Avis des douanes 24-18 (comptes de programme)',
    },
  },
  cn2427: {
    url: `${cbsa}/publications/cn-ad/cn24-27-eng.html`,
    title: {
      en: 'CBSA: Customs Notice 24-27 (transition measures)',
      fr: 'ASFC : Avis des douanes 24-27 (mesures de transition)',
    },
  },
  cn2437: {
    url: `${cbsa}/publications/cn-ad/cn24-37-eng.html`,
    title: {
      en: 'CBSA: Customs Notice 24-37 (importer RM accounts)',
      fr: "ASFC : Avis des douanes 24-37 (comptes RM d'importateur)",
    },
  },
  bsf900Cbsa: {
    url: `${cbsa}/publications/forms-formulaires/bsf900-eng.html`,
    title: {
      en: 'CBSA: BSF900 form (records kept elsewhere)',
      fr: 'ASFC : formulaire BSF900 (documents conservés ailleurs)',
    },
  },
  nriOneBn: {
    url: 'https://www.eztranslogistics.com/knowledge-base/how-to-register-a-business-account-to-the-carm-client-portal/',
    title: {
      en: 'EZ Trans Logistics (broker): registering a business account',
      fr: "EZ Trans Logistics (courtier) : enregistrer un compte d'entreprise",
    },
  },
  securityReview: {
    url: 'https://blog.coleintl.com/tradenews/cbsa-conducts-annual-rpp-financial-security-review',
    title: {
      en: 'Cole International (broker): annual security review',
      fr: 'Cole International (courtier) : révision annuelle de la garantie',
    },
  },
  securityCap: {
    url: 'https://cscb.ca/content/carm-trade-chain-partners-tcp-consultation-meeting-december-2019',
    title: {
      en: 'CSCB: CBSA consultation on financial security (2019)',
      fr: "SCCD : consultation de l'ASFC sur la garantie financière (2019)",
    },
  },
  ediInfo: {
    url: `${cbsa}/eservices/info-edi-eng.html`,
    title: { en: 'CBSA: electronic data interchange', fr: 'ASFC : échange de données informatisé' },
  },
  affinity: {
    url: 'https://cscb.ca/fr/article/carm-client-portal-affinity-questions',
    title: { en: 'CSCB: verification questions', fr: 'SCCD : questions de vérification' },
  },
  deactivation: {
    url: 'https://cscb.ca/fr/article/carm-client-portal-de-activation-inactive-user-profiles',
    title: { en: 'CSCB: inactive profiles deactivated', fr: 'SCCD : désactivation des profils inactifs' },
  },
  cn2516: {
    url: 'https://cscb.ca/en/article/customs-notice-25-16-late-accounting-penalties-registration-and-delegation-authority',
    title: { en: 'Customs Notice 25-16 (CSCB copy)', fr: 'Avis des douanes 25-16 (copie de la SCCD)' },
  },
  maintenance: {
    url: 'https://cscb.ca/en/article/tcc26-0081-carm-client-portal-ccp-scheduled-maintenance',
    title: { en: 'CSCB: portal maintenance bulletin', fr: 'SCCD : bulletin de maintenance du portail' },
  },
  rppExtension: {
    url: 'https://www.newswire.ca/news-releases/commercial-importers-provided-30-day-extension-to-submit-financial-security-before-the-end-of-carm-transition-period-875916256.html',
    title: {
      en: 'CBSA news release: end of the RPP transition',
      fr: "Communiqué de l'ASFC : fin de la transition pour la MAP",
    },
  },
  transitionEnd: {
    url: 'https://blog.coleintl.com/tradenews/carm-transition-period-ends-december-31-ahead-of-full-implementation?hs_amp=true',
    title: {
      en: 'Cole International: end of CARM transition measures',
      fr: 'Cole International : fin des mesures de transition',
    },
  },
  colePrepare: {
    url: 'https://blog.coleintl.com/blog/lets-help-you-register-for-carm',
    title: {
      en: 'Cole International (broker): registering for CARM',
      fr: "Cole International (courtier) : s'inscrire à la GCRA",
    },
  },
  coleDelegating: {
    url: 'https://blog.coleintl.com/blog/delegating-authority-with-carm',
    title: {
      en: 'Cole International (broker): delegating authority',
      fr: 'Cole International (courtier) : délégation de pouvoirs',
    },
  },
  coleConfused: {
    url: 'https://blog.coleintl.com/blog/registered-in-the-carm-portal-but-confused-about-delegation',
    title: {
      en: 'Cole International (broker): delegation questions',
      fr: 'Cole International (courtier) : questions sur la délégation',
    },
  },
  coleUpdates: {
    url: 'https://info.coleintl.com/carm-implementation-updates',
    title: {
      en: 'Cole International (broker): CARM updates',
      fr: 'Cole International (courtier) : nouvelles de la GCRA',
    },
  },
  acaf: {
    url: 'https://acaf.ca/carm',
    title: { en: 'ACAF (broker): CARM tips', fr: 'ACAF (courtier) : conseils sur la GCRA' },
  },
  farrow: {
    url: 'https://farrow.com/carm-ccp-registration/',
    title: { en: 'Farrow (broker): portal registration', fr: 'Farrow (courtier) : inscription au portail' },
  },
  borderBuddyForm: {
    url: 'https://borderbuddy.com/form-page',
    title: {
      en: 'BorderBuddy (broker): registration details',
      fr: "BorderBuddy (courtier) : détails de l'inscription",
    },
  },
  borderBuddyCarm: {
    url: 'https://borderbuddy.com/carm',
    title: { en: 'BorderBuddy (broker): CARM guides', fr: 'BorderBuddy (courtier) : guides de la GCRA' },
  },
  ccb: {
    url: 'https://www.ccb.ab.ca/contact-8',
    title: {
      en: 'CCB (broker): CARM registration tips',
      fr: "CCB (courtier) : conseils d'inscription à la GCRA",
    },
  },
  autofill: {
    url: 'https://pcb.ca/post/how-to-manage-common-carm-portal-technical-difficulties',
    title: {
      en: 'PCB (broker): common portal problems',
      fr: 'PCB (courtier) : problèmes courants du portail',
    },
  },
  firstBam: {
    url: 'https://noglobalborders.com/carm-part-2-client-portal-onboarding-guide',
    title: {
      en: 'No Global Borders (broker): onboarding guide',
      fr: "No Global Borders (courtier) : guide d'inscription",
    },
  },
  mfaHelp: {
    url: `${cbsa}/eservices/multifactor-help-aide-multifacteur-eng.html`,
    title: {
      en: 'CBSA: multi-factor authentication help',
      fr: "ASFC : aide sur l'authentification à facteurs multiples",
    },
  },
  bsf900: {
    url: 'https://willsonintl.com/archives/news/non-resident-importers-must-have-agreement-to-maintain-records-outside-canada-as-required-by-carm',
    title: {
      en: 'Willson (broker): BSF900 for non-resident importers',
      fr: 'Willson (courtier) : BSF900 pour les importateurs non résidents',
    },
  },
  rppPath: {
    url: 'https://www.carson.ca/?p=2895',
    title: {
      en: 'Carson (broker): posting RPP security',
      fr: 'Carson (courtier) : déposer la garantie pour la MAP',
    },
  },
  rppAmounts: {
    url: 'https://www.universallogistics.ca/route-newsletter-articles/carm-deadline-obtain-update-financial-security-may-20-april-2025',
    title: {
      en: 'Universal Logistics (broker): financial security',
      fr: 'Universal Logistics (courtier) : garantie financière',
    },
  },
  annualReview: {
    url: 'https://dilas.ca/annual-review-of-the-financial-security-requirement-by-cbsa',
    title: {
      en: 'Dilas (broker): annual security review',
      fr: 'Dilas (courtier) : révision annuelle de la garantie',
    },
  },
  carmVersion: {
    url: 'https://omnitrans.com/news/carm-release-2',
    title: {
      en: 'Omnitrans (broker): CARM transaction numbers',
      fr: 'Omnitrans (courtier) : numéros de transaction de la GCRA',
    },
  },
  dailyNotice: {
    url: `${cbsa}/prog/arl-glcc/dnsa-aqrc-eng.html`,
    title: {
      en: 'CBSA: Daily Notice and Statement of Account',
      fr: 'ASFC : avis quotidien et relevé de compte',
    },
  },
  luhn: {
    url: 'https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/ca/bn.py',
    title: { en: 'python-stdnum: Canadian BN check', fr: 'python-stdnum : validation du NE canadien' },
  },
} as const satisfies Record<string, SourceInput>;

/** The same source, marked as backing an uncertain fact (docs/facts.md says "uncertain"). */
export const uncertain = (source: SourceInput): SourceInput => ({ ...source, certainty: 'uncertain' });
