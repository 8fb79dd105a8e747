import type { KnownPageId } from '../guide/ids';

/** Phrases in both languages; matched after normalisation, as substrings of a heading, label or action. */
export interface Phrases {
  en: readonly string[];
  fr: readonly string[];
}

/**
 * One rule per portal page, as data. Labels come from CBSA's videos and guides (../shared/domain/carm-facts.md §2);
 * the portal's markup is unknown, so no rule uses ids or class names.
 */
export interface PageRule {
  page: KnownPageId;
  /** Paths without the language segment, where the real path is known. */
  paths?: readonly RegExp[];
  /** A heading saying this: the strongest text signal. */
  headings?: Phrases;
  /** Field labels this page asks for. */
  labels?: Phrases;
  /** Buttons, links or tabs this page offers. */
  actions?: Phrases;
  /** Phrases that must not be in any heading: they mean another page that shares this one's labels. */
  absentHeadings?: Phrases;
}

export const WEIGHTS = {
  path: 0.5,
  heading: 0.6,
  label: 0.2,
  action: 0.2,
  maxLabels: 0.6,
  maxActions: 0.4,
} as const;
/** Below this score the page is `unknown`. */
export const THRESHOLD = 0.6;

export const PAGE_RULES: readonly PageRule[] = [
  {
    page: 'sign-in',
    // Facts §2.1: /en/auth/login and /fr/auth/login are the only sign-in paths seen.
    paths: [/^\/auth\/login\/?$/],
    headings: { en: ['sign in', 'sign-in'], fr: ['ouvrir une session', 'connexion'] },
    actions: {
      en: ['continue to gckey', 'continue to sign-in partner', 'sign-in partner'],
      fr: ['clegc', 'poursuivre vers un partenaire de connexion', 'partenaire de connexion'],
    },
  },
  {
    page: 'mfa-setup',
    headings: {
      en: ['multi-factor authentication', 'multifactor authentication'],
      fr: ['authentification a facteurs multiples', 'authentification multifacteur'],
    },
    labels: {
      en: ['one-time passcode', 'passcode', 'verification code'],
      fr: ['code de verification', 'code a usage unique'],
    },
  },
  {
    page: 'user-profile',
    headings: {
      en: ['user profile', 'personal profile', 'your profile'],
      fr: ["profil de l'utilisateur", 'profil personnel', 'votre profil', "profil d'utilisateur"],
    },
    labels: {
      en: ['first name', 'last name', 'preferred language', 'phone number', 'email'],
      fr: ['prenom', 'nom de famille', 'langue de preference', 'numero de telephone', 'courriel'],
    },
    absentHeadings: { en: ['business'], fr: ['entreprise'] },
  },
  {
    page: 'first-time-setup',
    headings: {
      en: ['first time setup', 'first-time setup', 'first time set-up'],
      fr: ['premiere configuration'],
    },
    actions: {
      en: ['register my business', 'employee access request', 'request access to my employer'],
      fr: ['enregistrer mon entreprise', "demande d'acces employe", "demande d'acces d'employe"],
    },
  },
  {
    page: 'business-identifiers',
    headings: {
      en: ['business identifiers', 'business number and program account', 'identify your business'],
      fr: [
        "identificateurs de l'entreprise",
        "identifiants de l'entreprise",
        "numero d'entreprise et compte de programme",
      ],
    },
    labels: {
      en: ['business number', 'program reference number', 'program account'],
      fr: ["numero d'entreprise", 'numero de reference du programme', 'compte de programme'],
    },
    absentHeadings: {
      en: ['employee access', 'review'],
      fr: ['acces employe', "acces d'employe", 'examen', 'revision'],
    },
  },
  {
    page: 'business-information',
    headings: {
      en: ['business information', 'legal name and address', 'business details'],
      fr: ["renseignements sur l'entreprise", 'nom legal et adresse', 'denomination sociale et adresse'],
    },
    labels: {
      en: ['legal name', 'street address', 'address line', 'city', 'postal code', 'province'],
      fr: ['nom legal', 'denomination sociale', 'adresse', 'ville', 'code postal', 'province'],
    },
    absentHeadings: { en: ['review', 'user profile'], fr: ['examen', 'revision', 'profil'] },
  },
  {
    page: 'business-verification',
    headings: {
      en: [
        'verify your business',
        'business verification',
        'verification questions',
        'validate transaction information',
      ],
      fr: [
        'verifier votre entreprise',
        "verification de l'entreprise",
        'questions de verification',
        'valider les renseignements',
      ],
    },
    labels: {
      en: [
        'transaction number',
        'duties and taxes',
        'payment date',
        'payment amount',
        'statement of account',
        'statement balance',
      ],
      fr: [
        'numero de transaction',
        'droits et taxes',
        'date du paiement',
        'montant du paiement',
        'releve de compte',
        'solde du releve',
      ],
    },
  },
  {
    page: 'nri-documents',
    headings: {
      en: ['supporting documents', 'upload documents', 'non-resident importer documents'],
      fr: [
        "documents a l'appui",
        'televerser des documents',
        // CBSA's own French for "upload" is « télécharger » (video r1-6 title, carm-facts.md §6.1).
        'telecharger des documents',
        'documents justificatifs',
        'importateur non resident',
      ],
    },
    labels: { en: ['bsf900', 'upload', 'attach'], fr: ['bsf900', 'televerser', 'joindre'] },
  },
  {
    page: 'business-review',
    headings: {
      en: ['review and submit', 'review your information', 'terms and conditions'],
      fr: ['examiner et soumettre', 'verifier vos renseignements', 'modalites', 'conditions generales'],
    },
    labels: {
      en: ['i agree', 'i accept', 'terms and conditions'],
      fr: ["j'accepte", "je suis d'accord", 'modalites'],
    },
    actions: { en: ['submit'], fr: ['soumettre'] },
  },
  {
    page: 'business-linked',
    headings: {
      en: [
        'your business is registered',
        'business account registered',
        'registration complete',
        'business has been linked',
        'successfully registered',
        'linked to your business',
      ],
      fr: [
        'votre entreprise est enregistree',
        "compte d'entreprise enregistre",
        'inscription terminee',
        'enregistrement termine',
        'entreprise a ete liee',
        'enregistree avec succes',
        'associe a votre entreprise',
      ],
    },
  },
  {
    page: 'employee-access-request',
    headings: {
      en: ['employee access request', 'request access to my employer'],
      fr: ["demande d'acces employe", "demande d'acces d'employe", "demander l'acces a mon employeur"],
    },
    labels: { en: ['business number', 'comment'], fr: ["numero d'entreprise", 'commentaire'] },
    actions: { en: ['submit', 'search'], fr: ['soumettre', 'rechercher'] },
  },
  {
    page: 'portal-home',
    // Facts §2.1: /en/homepage seen in code repositories (uncertain), so text signals carry most weight.
    paths: [/^\/homepage\/?$/],
    headings: {
      en: ['most requested', 'setup my portal', 'set up my portal'],
      fr: ['les plus demandes', 'les plus demandees', 'configurer mon portail'],
    },
    actions: {
      en: [
        'manage pending third party requests',
        'manage business relationships',
        'manage pending employee requests',
      ],
      fr: [
        'gerer les demandes de tiers en attente',
        "gerer les relations d'affaires",
        "gerer les demandes d'employes en attente",
      ],
    },
  },
  {
    page: 'third-party-requests',
    headings: {
      en: ['pending third party requests', 'manage pending third party requests'],
      fr: ['demandes de tiers en attente', 'gerer les demandes de tiers en attente'],
    },
    actions: { en: ['approve', 'reject', 'details'], fr: ['approuver', 'rejeter', 'details'] },
  },
  {
    page: 'business-relationships',
    headings: {
      en: ['manage business relationships', 'business relationships'],
      fr: ["gerer les relations d'affaires", "relations d'affaires"],
    },
    absentHeadings: {
      en: ['relationship details', 'request details'],
      fr: ['details de la relation', 'details de la demande'],
    },
  },
  {
    page: 'relationship-details',
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
  {
    page: 'delegation-approved',
    headings: {
      en: ['request approved', 'delegation approved', 'relationship approved', 'has been approved'],
      fr: ['demande approuvee', 'delegation approuvee', 'relation approuvee', 'a ete approuvee'],
    },
  },
  {
    page: 'program-account-profile',
    headings: { en: ['program account profile'], fr: ['profil du compte de programme'] },
    actions: { en: ['sub-programs', 'subprograms'], fr: ['sous-programmes'] },
    absentHeadings: {
      en: ['enrol in a subprogram', 'submit security'],
      fr: ["s'inscrire a un sous-programme", 'adherer a un sous-programme', 'soumettre une garantie'],
    },
  },
  {
    page: 'rpp-enrolment',
    headings: {
      en: ['enrol in a subprogram', 'enrol in a sub-program'],
      fr: ["s'inscrire a un sous-programme", 'adherer a un sous-programme'],
    },
    labels: { en: ['release prior to payment'], fr: ['mainlevee avant paiement'] },
  },
  {
    page: 'rpp-security',
    headings: {
      en: ['submit security', 'financial security', 'security submitted'],
      fr: ['soumettre une garantie', 'garantie financiere', 'garantie soumise'],
    },
    labels: {
      en: ['surety bond', 'cash deposit', 'bond'],
      fr: ['cautionnement', 'depot en especes', 'garantie'],
    },
  },
];
