import { SRC } from '../sources';
import { IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-identifiers',
  step: 'link-business',
  rule: {
    headings: {
      en: ['business identifiers', 'business number and program account', 'identify your business'],
      fr: [
        "identificateurs de l'entreprise",
        "identifiants de l'entreprise",
        "numero d'entreprise et compte de programme",
      ],
    },
    labels: {
      en: ['business number', 'program reference number', 'program account', 'confirm authentication'],
      fr: [
        "numero d'entreprise",
        'numero de reference du programme',
        'compte de programme',
        "confirmez l'authentification",
      ],
    },
    absentHeadings: {
      en: ['employee access', 'review'],
      fr: ['acces employe', "acces d'employe", 'examen', 'revision'],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Business Number and program account',
    fr: "Numéro d'entreprise et compte de programme",
  },
  tips: [
    {
      id: 'business-identifiers-have-ready',
      kind: 'have-ready',
      text: {
        en: 'Have your 9-digit Business Number (BN9) and one program reference number, such as RM0001.',
        fr: "Ayez sous la main votre numéro d'entreprise à 9 chiffres (NE9) et un numéro de référence du programme, comme RM0001.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-identifiers-one-rm',
      kind: 'enter',
      text: {
        en: 'Enter just one program account: CBSA links the others on your BN9 for you.',
        fr: "Entrez un seul compte de programme : l'ASFC associe pour vous les autres comptes liés à votre NE9.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-identifiers-confirm',
      kind: 'enter',
      text: {
        en: 'Tick the box to confirm the authentication, then select Next.',
        fr: "Cochez la case Confirmez l'authentification, puis sélectionnez Suivant.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-identifiers-importer-rm',
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: 'Use an importer or importer/exporter RM account: an exporter-only account is not accepted (Customs Notice 24-37).',
        fr: "Utilisez un compte RM d'importateur ou d'importateur-exportateur : un compte d'exportateur seulement n'est pas accepté (Avis des douanes 24-37).",
      },
      source: SRC.cn2437,
    },
    {
      id: 'business-identifiers-autofill',
      kind: 'pitfall',
      text: {
        en: 'Check that autofill has not filled these fields: it is a common cause of rejected registrations.',
        fr: "Vérifiez que le remplissage automatique n'a pas rempli ces champs : c'est une cause fréquente d'inscriptions refusées.",
      },
      source: SRC.autofill,
    },
  ],
  fieldTips: [
    {
      id: 'field-bn9',
      field: { en: ['business number', 'bn9'], fr: ["numéro d'entreprise", 'ne9'] },
      format: 'bn9',
      text: {
        en: 'Enter the 9 digits of your Business Number (BN9), without the RM part.',
        fr: "Entrez les 9 chiffres de votre numéro d'entreprise (NE9), sans la partie RM.",
      },
      source: SRC.startPage,
    },
    {
      id: 'field-program-account',
      field: {
        en: ['program reference number', 'program account', 'reference number'],
        fr: ['numéro de référence du programme', 'compte de programme', 'numéro de référence'],
      },
      format: 'program-account',
      text: {
        en: 'Enter RM and 4 digits, for example RM0001: that is your import-export program account.',
        fr: "Entrez RM suivi de 4 chiffres, par exemple RM0001 : c'est votre compte de programme d'importation-exportation.",
      },
      source: SRC.startPage,
    },
  ],
  errors: ['bn-not-accepted', 'program-account-problem', 'error-code'],
  sources: [SRC.videoLink, SRC.autofill, SRC.startPage, SRC.cn2437],
});
