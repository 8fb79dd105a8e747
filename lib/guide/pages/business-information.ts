import { SRC, uncertain } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-information',
  step: 'link-business',
  rule: {
    headings: {
      en: ['business information', 'legal name and address', 'business details'],
      fr: ["renseignements sur l'entreprise", 'nom legal et adresse', 'denomination sociale et adresse'],
    },
    labels: {
      en: [
        'legal name',
        'legal entity name',
        'street address',
        'address line',
        'city',
        'postal code',
        'province',
      ],
      fr: ['nom legal', 'denomination sociale', 'adresse', 'ville', 'code postal', 'province'],
    },
    absentHeadings: { en: ['review', 'user profile'], fr: ['examen', 'revision', 'profil'] },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Legal name and address',
    fr: 'Nom légal et adresse',
  },
  tips: [
    {
      id: 'business-information-exact',
      kind: 'enter',
      text: {
        en: 'Enter your legal name and address exactly as on CBSA records, punctuation included.',
        fr: "Entrez votre nom légal et votre adresse exactement comme dans les dossiers de l'ASFC, ponctuation comprise.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-information-legal-name',
      kind: 'pitfall',
      text: {
        en: "Use the legal name, for example a numbered company's name, not your trade name.",
        fr: "Utilisez le nom légal, par exemple celui d'une société à numéro, et non votre nom commercial.",
      },
      source: SRC.ccb,
    },
    {
      id: 'business-information-out-of-date',
      kind: 'pitfall',
      text: {
        en: "CBSA's records out of date? Have them updated first: CBSA handles changes to RM accounts, such as a new address (Customs Notice 24-18).",
        fr: "Les dossiers de l'ASFC ne sont plus à jour? Faites-les d'abord corriger : l'ASFC traite les changements aux comptes RM, comme une nouvelle adresse (Avis des douanes 24-18).",
      },
      source: SRC.cn2418,
    },
    {
      id: 'business-information-lock-out',
      kind: 'enter',
      text: {
        en: 'After 7 failed tries, close the page and sign in again. Brokers report a lock-out after 10 errors (not confirmed by CBSA).',
        fr: "Après 7 essais ratés, fermez la page et ouvrez une nouvelle session. Des courtiers signalent un blocage après 10 erreurs (non confirmé par l'ASFC).",
      },
      source: uncertain(SRC.colePrepare),
    },
  ],
  fieldTips: [
    {
      id: 'field-legal-name',
      field: {
        en: ['legal name', 'legal entity name', 'business name'],
        fr: ['nom légal', 'dénomination sociale', "nom de l'entreprise"],
      },
      format: 'legal-name',
      text: {
        en: 'Type the legal name exactly as on CBSA records, punctuation included.',
        fr: "Tapez le nom légal exactement comme dans les dossiers de l'ASFC, ponctuation comprise.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'field-address',
      field: {
        en: ['address', 'street', 'city', 'postal code', 'zip code'],
        fr: ['adresse', 'rue', 'ville', 'code postal'],
      },
      format: 'address',
      text: {
        en: 'Type the address exactly as on your CRA and CBSA records.',
        fr: "Tapez l'adresse exactement comme dans vos dossiers de l'ARC et de l'ASFC.",
      },
      source: SRC.farrow,
    },
  ],
  errors: ['name-address-mismatch', 'error-code'],
  sources: [SRC.videoLink, SRC.ccb, SRC.colePrepare, SRC.farrow, SRC.cn2418],
});
