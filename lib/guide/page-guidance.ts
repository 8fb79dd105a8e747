import type { KnownPageId, RoleId } from './ids';
import { type PageGuidanceData, pageGuidanceSchema } from './schema';
import { SRC, uncertain } from './sources';

/** The roles that delegate to a broker and post their own security. */
const IMPORTERS: RoleId[] = ['importer', 'nri'];

// TODO [2026-12-05]: move each entry into its page module (lib/guide/pages/<id>.ts) once the registry lands.
/**
 * For each portal page: what the user does there ("what to do here", per role where it differs) and the page that
 * normally follows. The journey's next action reads these; texts lead with the action, in the portal's words.
 */
export const PAGE_GUIDANCE: Readonly<Record<KnownPageId, PageGuidanceData>> = Object.fromEntries(
  Object.entries({
    'sign-in': {
      doHere: [
        {
          text: {
            en: 'Select Continue to GCKey or Continue to Sign-in Partner, then sign in or create your credentials.',
            fr: 'Sélectionnez CléGC ou Poursuivre vers un partenaire de connexion, puis ouvrez une session ou créez vos justificatifs.',
          },
          source: SRC.videoAccount,
        },
      ],
      next: [{ page: 'mfa-setup' }],
    },
    'mfa-setup': {
      doHere: [
        {
          text: {
            en: 'Enter and confirm your email address, accept the privacy statement, then enter the passcode you receive and select Submit.',
            fr: "Entrez et confirmez votre adresse courriel, acceptez l'avis de confidentialité, puis entrez le code reçu et sélectionnez Soumettre.",
          },
          source: SRC.videoAccount,
        },
      ],
      next: [{ page: 'user-profile' }],
    },
    'user-profile': {
      doHere: [
        {
          text: {
            en: 'Fill in your name, telephone number, email address and preferred language, then save your profile.',
            fr: 'Remplissez vos nom, numéro de téléphone, adresse courriel et langue préférée, puis enregistrez votre profil.',
          },
          source: uncertain(SRC.farrow),
        },
      ],
      next: [{ page: 'first-time-setup' }],
    },
    'first-time-setup': {
      doHere: [
        {
          roles: ['employee'],
          text: {
            en: "Select Employee Access Request and search for your employer's Business Number (BN9).",
            fr: "Sélectionnez la demande d'accès d'employé et cherchez le numéro d'entreprise (NE9) de votre employeur.",
          },
          source: SRC.borderBuddyForm,
        },
        {
          text: {
            en: 'Select Register my business.',
            fr: 'Sélectionnez Enregistrer mon entreprise.',
          },
          source: SRC.videoLink,
        },
      ],
      next: [{ roles: ['employee'], page: 'employee-access-request' }, { page: 'business-identifiers' }],
    },
    'business-identifiers': {
      doHere: [
        {
          text: {
            en: 'Enter your BN9 and one RM program account, confirm the authentication, then select Next.',
            fr: "Entrez votre NE9 et un compte de programme RM, confirmez l'authentification, puis sélectionnez Suivant.",
          },
          source: SRC.videoLink,
        },
      ],
      next: [{ page: 'business-information' }],
    },
    'business-information': {
      doHere: [
        {
          text: {
            en: "Enter your legal name and address exactly as in CBSA's records, punctuation included, then select Next.",
            fr: "Entrez votre nom légal et votre adresse exactement comme dans les dossiers de l'ASFC, ponctuation comprise, puis sélectionnez Suivant.",
          },
          source: SRC.videoLink,
        },
      ],
      next: [{ page: 'business-verification' }],
    },
    'business-verification': {
      doHere: [
        {
          text: {
            en: 'Answer 2 of the 3 questions (1 if you have only one kind of record), then select Next.',
            fr: "Répondez à 2 des 3 questions (à 1 seule si vous n'avez qu'un type de document), puis sélectionnez Suivant.",
          },
          source: SRC.affinity,
        },
      ],
      next: [{ roles: ['nri'], page: 'nri-documents' }, { page: 'business-review' }],
    },
    'nri-documents': {
      doHere: [
        {
          text: {
            en: 'Upload your approved BSF900 and your supporting documents, then select Next.',
            fr: 'Téléversez votre BSF900 approuvé et vos documents justificatifs, puis sélectionnez Suivant.',
          },
          source: uncertain(SRC.bsf900),
        },
      ],
      next: [{ page: 'business-review' }],
    },
    'business-review': {
      doHere: [
        {
          text: {
            en: 'Check your business details, read and accept the terms and conditions, then submit.',
            fr: 'Vérifiez les renseignements sur votre entreprise, lisez et acceptez les conditions, puis soumettez.',
          },
          source: SRC.farrow,
        },
      ],
      next: [{ page: 'business-linked' }],
    },
    'business-linked': {
      doHere: [
        {
          text: {
            en: "Your business is linked and you are its Business Account Manager (BAM). Go to the portal's home page.",
            fr: "Votre entreprise est associée et vous en êtes le gestionnaire de compte d'entreprise. Allez à la page d'accueil du portail.",
          },
          source: SRC.firstBam,
        },
      ],
      next: [{ page: 'portal-home' }],
    },
    'employee-access-request': {
      doHere: [
        {
          text: {
            en: "Enter your employer's 9-digit Business Number (BN9), add a comment for their BAM, then submit.",
            fr: "Entrez le numéro d'entreprise à 9 chiffres (NE9) de votre employeur, ajoutez un commentaire pour son gestionnaire de compte, puis soumettez.",
          },
          source: SRC.borderBuddyForm,
        },
      ],
      next: [],
    },
    'portal-home': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Under Most requested, select Manage pending third party requests to find your broker’s request.',
            fr: 'Sous Les plus demandés, sélectionnez la gestion des demandes de tiers en attente pour trouver la demande de votre courtier.',
          },
          source: SRC.videoThirdParty,
        },
      ],
      next: [{ roles: IMPORTERS, page: 'third-party-requests' }],
    },
    'third-party-requests': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: "Find your broker's request and select Details to check it before you approve.",
            fr: 'Trouvez la demande de votre courtier et sélectionnez Détails pour la vérifier avant de l’approuver.',
          },
          source: SRC.videoThirdParty,
        },
      ],
      next: [{ page: 'relationship-details' }],
    },
    'business-relationships': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Check who has access to your business; pending requests are under Manage pending third party requests.',
            fr: 'Vérifiez qui a accès à votre entreprise; les demandes en attente se trouvent dans la gestion des demandes de tiers en attente.',
          },
          source: SRC.videoThirdParty,
        },
      ],
      next: [{ page: 'third-party-requests' }],
    },
    'relationship-details': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Check the program accounts, the access level and the visibility rules, then select Approve.',
            fr: "Vérifiez les comptes de programme, le niveau d'accès et les règles de visibilité, puis sélectionnez Approuver.",
          },
          source: SRC.videoThirdParty,
        },
      ],
      next: [{ page: 'delegation-approved' }],
    },
    'delegation-approved': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Your broker now has access. Next, open your program account profile to post your security.',
            fr: 'Votre courtier a maintenant accès. Ensuite, ouvrez le profil de votre compte de programme pour déposer votre garantie.',
          },
          source: SRC.rppPath,
        },
      ],
      next: [{ page: 'program-account-profile' }],
    },
    'program-account-profile': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Open the Sub-Programs tab, then select Enrol in a subprogram.',
            fr: "Ouvrez l'onglet des sous-programmes, puis sélectionnez l'inscription à un sous-programme.",
          },
          source: SRC.rppPath,
        },
      ],
      next: [{ page: 'rpp-enrolment' }],
    },
    'rpp-enrolment': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Choose Release Prior to Payment (RPP), answer the question on the security calculation (most answer No), then select Next.',
            fr: 'Choisissez la mainlevée avant paiement (MAP), répondez à la question sur le calcul de la garantie (la plupart répondent Non), puis sélectionnez Suivant.',
          },
          source: SRC.rppPath,
        },
      ],
      next: [{ page: 'rpp-security' }],
    },
    'rpp-security': {
      doHere: [
        {
          roles: IMPORTERS,
          text: {
            en: 'Choose a surety bond or a cash deposit, then select Submit security and wait for the confirmation.',
            fr: 'Choisissez un cautionnement ou un dépôt en espèces, puis soumettez la garantie et attendez la confirmation.',
          },
          source: SRC.rppPath,
        },
      ],
      next: [],
    },
  }).map(([id, entry]) => [id, pageGuidanceSchema.parse(entry)]),
) as Record<KnownPageId, PageGuidanceData>;
