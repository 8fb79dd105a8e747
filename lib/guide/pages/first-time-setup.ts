import { SRC, uncertain } from '../sources';
import { BUSINESS_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'first-time-setup',
  step: 'link-business',
  confirms: 'account',
  rule: {
    headings: {
      en: ['first time setup', 'first-time setup', 'first time set-up'],
      fr: ['premiere configuration'],
    },
    actions: {
      en: ['register my business', 'employee access request', 'request access to my employer'],
      fr: ['enregistrer mon entreprise', "demande d'acces employe", "demande d'acces d'employe"],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'First time setup',
    fr: 'Première configuration',
  },
  tips: [
    {
      id: 'first-time-setup-register',
      kind: 'enter',
      roles: BUSINESS_ROLES,
      text: {
        en: 'Choose Register my business. You become the Business Account Manager (BAM) if you are the first to link it.',
        fr: "Choisissez Enregistrer mon entreprise. Si vous êtes la première personne à l'associer, vous en devenez le gestionnaire de compte d'entreprise.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'first-time-setup-employee',
      kind: 'enter',
      roles: ['employee'],
      text: {
        en: 'Choose Employee Access Request to ask your employer for access.',
        fr: "Choisissez la demande d'accès d'employé pour demander l'accès à votre employeur.",
      },
      source: SRC.borderBuddyForm,
    },
    {
      id: 'first-time-setup-employer-search',
      kind: 'enter',
      roles: ['employee'],
      text: {
        en: "Look for your employer's business in the box on the left; Register my business, on the right, is for the business's own registration.",
        fr: "Cherchez l'entreprise de votre employeur dans l'encadré de gauche; Enregistrer mon entreprise, à droite, sert à l'enregistrement de l'entreprise elle-même.",
      },
      source: SRC.acaf,
    },
    {
      id: 'first-time-setup-not-employee',
      kind: 'pitfall',
      roles: BUSINESS_ROLES,
      text: {
        en: "Registering the business? Don't select the employee access request by mistake.",
        fr: "Vous enregistrez l'entreprise? Ne sélectionnez pas la demande d'accès d'employé par erreur.",
      },
      source: SRC.ccb,
    },
    {
      id: 'first-time-setup-already-registered',
      kind: 'pitfall',
      roles: BUSINESS_ROLES,
      text: {
        en: 'Someone already registered your business? The first person to link it is its Business Account Manager (BAM): ask them for access instead.',
        fr: "Quelqu'un a déjà enregistré votre entreprise? La première personne qui l'a associée en est le gestionnaire de compte d'entreprise : demandez-lui plutôt l'accès.",
      },
      source: SRC.firstBam,
    },
    {
      id: 'first-time-setup-several-businesses',
      kind: 'have-ready',
      roles: ['importer', 'broker'],
      text: {
        en: 'Registering several businesses? One broker says each sign-in can register only one Business Number (BN9); not confirmed by CBSA.',
        fr: "Vous enregistrez plusieurs entreprises? Un courtier indique que chaque justificatif ne peut enregistrer qu'un seul numéro d'entreprise (NE9); non confirmé par l'ASFC.",
      },
      source: uncertain(SRC.nriOneBn),
    },
    {
      id: 'first-time-setup-nri-bn9',
      kind: 'pitfall',
      roles: ['nri'],
      text: {
        en: 'Have your Business Number from the Canada Revenue Agency (CRA) before you go on: without it, a non-resident registration fails.',
        fr: "Ayez votre numéro d'entreprise de l'Agence du revenu du Canada (ARC) avant de continuer : sans lui, l'inscription d'un non-résident échoue.",
      },
      source: SRC.startPage,
    },
    {
      id: 'first-time-setup-time-out',
      kind: 'have-ready',
      roles: BUSINESS_ROLES,
      text: {
        en: 'Have everything at hand before you start: brokers report that the session ends after 20 minutes without typing (not confirmed by CBSA).',
        fr: "Ayez tout sous la main avant de commencer : des courtiers signalent que la session prend fin après 20 minutes sans saisie (non confirmé par l'ASFC).",
      },
      source: uncertain(SRC.colePrepare),
    },
  ],
  fieldTips: [],
  errors: ['register-unavailable'],
  sources: [
    SRC.acaf,
    SRC.videoLink,
    SRC.borderBuddyForm,
    SRC.ccb,
    SRC.startPage,
    SRC.colePrepare,
    SRC.firstBam,
    SRC.nriOneBn,
  ],
});
