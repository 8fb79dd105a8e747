import type { RoleId } from './ids';
import { type PageTip, pageTipSchema } from './schema';
import { SRC, uncertain } from './sources';

/** Roles that link a business of their own. */
const BUSINESS: RoleId[] = ['importer', 'nri', 'broker'];
/** Roles that approve a broker and post security. */
const IMPORTERS: RoleId[] = ['importer', 'nri'];

/** Tips per portal page, in display order: have ready, enter, pitfalls, what comes next. */
export const PAGE_TIPS: readonly PageTip[] = pageTipSchema.array().parse([
  // sign-in
  {
    id: 'sign-in-choose',
    page: 'sign-in',
    kind: 'enter',
    text: {
      en: 'Choose GCKey or a Sign-in Partner, such as your bank, to sign in.',
      fr: 'Choisissez CléGC ou un partenaire de connexion, comme votre banque, pour ouvrir une session.',
    },
    source: SRC.videoAccount,
  },
  {
    id: 'sign-in-own',
    page: 'sign-in',
    kind: 'pitfall',
    text: {
      en: "Use your own sign-in, not a colleague's: each person needs their own user account.",
      fr: "Utilisez vos propres justificatifs, pas ceux d'un collègue : chaque personne a besoin de son propre compte d'utilisateur.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'sign-in-180-days',
    page: 'sign-in',
    kind: 'pitfall',
    text: {
      en: 'Sign in at least once every 180 days. Inactive profiles are turned off, and only the helpdesk can turn them back on.',
      fr: "Ouvrez une session au moins une fois tous les 180 jours. Les profils inactifs sont désactivés, et seul le centre d'assistance peut les réactiver.",
    },
    source: SRC.deactivation,
  },

  // mfa-setup
  {
    id: 'mfa-setup-enter',
    page: 'mfa-setup',
    kind: 'enter',
    text: {
      en: 'Set up multi-factor authentication (MFA): the portal requires it before you go on.',
      fr: "Configurez l'authentification à facteurs multiples : le portail l'exige avant de continuer.",
    },
    source: SRC.videoAccount,
  },
  {
    id: 'mfa-setup-help',
    page: 'mfa-setup',
    kind: 'pitfall',
    text: {
      en: "No passcode, or locked out? CBSA's help tool covers these multi-factor authentication problems.",
      fr: "Aucun code reçu ou accès bloqué? L'outil d'aide de l'ASFC traite ces problèmes d'authentification à facteurs multiples.",
    },
    source: SRC.helpTool,
  },

  // user-profile
  {
    id: 'user-profile-enter',
    page: 'user-profile',
    kind: 'enter',
    text: {
      en: 'Enter your name, phone, email and preferred language.',
      fr: 'Entrez votre nom, votre téléphone, votre courriel et votre langue de préférence.',
    },
    source: SRC.farrow,
  },
  {
    id: 'user-profile-work',
    page: 'user-profile',
    kind: 'pitfall',
    text: {
      en: 'Use your work email and phone number, not personal ones.',
      fr: 'Utilisez votre courriel et votre numéro de téléphone au travail, pas vos coordonnées personnelles.',
    },
    source: SRC.farrow,
  },

  // first-time-setup
  {
    id: 'first-time-setup-register',
    page: 'first-time-setup',
    kind: 'enter',
    roles: BUSINESS,
    text: {
      en: 'Choose Register my business. You become the Business Account Manager (BAM) if you are the first to link it.',
      fr: "Choisissez Enregistrer mon entreprise. Si vous êtes la première personne à l'associer, vous en devenez le gestionnaire de compte d'entreprise.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'first-time-setup-employee',
    page: 'first-time-setup',
    kind: 'enter',
    roles: ['employee'],
    text: {
      en: 'Choose Employee Access Request to ask your employer for access.',
      fr: "Choisissez la demande d'accès d'employé pour demander l'accès à votre employeur.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'first-time-setup-not-employee',
    page: 'first-time-setup',
    kind: 'pitfall',
    roles: BUSINESS,
    text: {
      en: "Registering the business? Don't select the employee access request by mistake.",
      fr: "Vous enregistrez l'entreprise? Ne sélectionnez pas la demande d'accès d'employé par erreur.",
    },
    source: SRC.ccb,
  },
  {
    id: 'first-time-setup-nri-bn9',
    page: 'first-time-setup',
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
    page: 'first-time-setup',
    kind: 'pitfall',
    roles: BUSINESS,
    text: {
      en: 'Keep going once you start: the session may end after 20 minutes without typing (reported by brokers; not confirmed by CBSA).',
      fr: "Une fois l'inscription commencée, continuez sans pause : la session pourrait prendre fin après 20 minutes sans saisie (signalé par des courtiers; non confirmé par l'ASFC).",
    },
    source: uncertain(SRC.colePrepare),
  },

  // business-identifiers
  {
    id: 'business-identifiers-have-ready',
    page: 'business-identifiers',
    kind: 'have-ready',
    text: {
      en: 'Have your 9-digit Business Number (BN9) and one program reference number, such as RM0001.',
      fr: "Ayez sous la main votre numéro d'entreprise à 9 chiffres (NE9) et un numéro de référence du programme, comme RM0001.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'business-identifiers-one-rm',
    page: 'business-identifiers',
    kind: 'enter',
    text: {
      en: 'Enter just one program account: CBSA links the others on your BN9 for you.',
      fr: "Entrez un seul compte de programme : l'ASFC associe pour vous les autres comptes liés à votre NE9.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'business-identifiers-autofill',
    page: 'business-identifiers',
    kind: 'pitfall',
    text: {
      en: 'Check that autofill has not filled these fields: it is a common cause of rejected registrations.',
      fr: "Vérifiez que le remplissage automatique n'a pas rempli ces champs : c'est une cause fréquente d'inscriptions refusées.",
    },
    source: SRC.autofill,
  },

  // business-information
  {
    id: 'business-information-exact',
    page: 'business-information',
    kind: 'enter',
    text: {
      en: 'Enter your legal name and address exactly as on CBSA records, punctuation included.',
      fr: "Entrez votre nom légal et votre adresse exactement comme dans les dossiers de l'ASFC, ponctuation comprise.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'business-information-legal-name',
    page: 'business-information',
    kind: 'pitfall',
    text: {
      en: "Use the legal name, for example a numbered company's name, not your trade name.",
      fr: "Utilisez le nom légal, par exemple celui d'une société à numéro, et non votre nom commercial.",
    },
    source: SRC.ccb,
  },
  {
    id: 'business-information-lock-out',
    page: 'business-information',
    kind: 'pitfall',
    text: {
      en: 'After 7 failed tries, stop, close the page and sign in again: 10 errors may lock you out (reported by brokers; not confirmed by CBSA).',
      fr: "Après 7 essais ratés, arrêtez, fermez la page et ouvrez une nouvelle session : 10 erreurs pourraient bloquer votre accès (signalé par des courtiers; non confirmé par l'ASFC).",
    },
    source: uncertain(SRC.colePrepare),
  },

  // business-verification
  {
    id: 'business-verification-have-ready',
    page: 'business-verification',
    kind: 'have-ready',
    text: {
      en: 'Have your Daily Notice or Statement of Account (SOA) open, or the answers your broker gave you.',
      fr: 'Ayez votre avis quotidien ou votre relevé de compte sous les yeux, ou les réponses fournies par votre courtier.',
    },
    source: SRC.videoLink,
  },
  {
    id: 'business-verification-two-of-three',
    page: 'business-verification',
    kind: 'enter',
    text: {
      en: 'Answer 2 of the 3 questions, or 1 if you have only one kind of record.',
      fr: "Répondez à 2 des 3 questions, ou à 1 seule si vous n'avez qu'un type de document.",
    },
    source: SRC.affinity,
  },
  {
    id: 'business-verification-zero-balance',
    page: 'business-verification',
    kind: 'pitfall',
    text: {
      en: 'Pick a statement date with a balance: $0.00 is not accepted for that question.',
      fr: "Choisissez la date d'un relevé qui présente un solde : 0,00 $ n'est pas accepté pour cette question.",
    },
    source: SRC.affinity,
  },
  {
    id: 'business-verification-lock-out',
    page: 'business-verification',
    kind: 'pitfall',
    text: {
      en: 'Check each answer before you submit: 10 errors may lock you out (reported by brokers; not confirmed by CBSA).',
      fr: "Vérifiez chaque réponse avant de soumettre : 10 erreurs pourraient bloquer votre accès (signalé par des courtiers; non confirmé par l'ASFC).",
    },
    source: uncertain(SRC.colePrepare),
  },

  // nri-documents
  {
    id: 'nri-documents-upload',
    page: 'nri-documents',
    kind: 'enter',
    text: {
      en: 'Upload every required document now, including your approved BSF900 if you are a non-resident importer.',
      fr: 'Téléversez maintenant tous les documents exigés, y compris votre BSF900 approuvé si vous êtes un importateur non résident.',
    },
    source: SRC.coleUpdates,
  },
  {
    id: 'nri-documents-complete',
    page: 'nri-documents',
    kind: 'pitfall',
    text: {
      en: 'Send a complete file: CBSA officers start the review only when every document is in.',
      fr: "Envoyez un dossier complet : les agents de l'ASFC commencent l'examen seulement quand tous les documents sont reçus.",
    },
    source: SRC.coleUpdates,
  },
  {
    id: 'nri-documents-review-time',
    page: 'nri-documents',
    kind: 'next',
    text: {
      en: 'Expect a manual review: it took about 30 business days on average in January 2025.',
      fr: 'Prévoyez un examen manuel : en janvier 2025, il prenait en moyenne environ 30 jours ouvrables.',
    },
    source: SRC.coleUpdates,
  },

  // business-review
  {
    id: 'business-review-submit',
    page: 'business-review',
    kind: 'enter',
    text: {
      en: 'Check every detail, accept the terms and conditions, then submit.',
      fr: 'Vérifiez chaque renseignement, acceptez les conditions, puis soumettez.',
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'business-review-terms',
    page: 'business-review',
    kind: 'have-ready',
    text: {
      en: 'Read the terms before you accept: they cover delegation between importers and brokers.',
      fr: 'Lisez les conditions avant de les accepter : elles portent sur la délégation entre importateurs et courtiers.',
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'business-review-match',
    page: 'business-review',
    kind: 'pitfall',
    text: {
      en: 'Compare the name and address with your records once more: even punctuation must match.',
      fr: "Comparez encore une fois le nom et l'adresse avec vos dossiers : même la ponctuation doit correspondre.",
    },
    source: SRC.videoLink,
  },

  // business-linked
  {
    id: 'business-linked-bam',
    page: 'business-linked',
    kind: 'next',
    roles: BUSINESS,
    text: {
      en: "You're now the Business Account Manager (BAM): the first person to link a business becomes one.",
      fr: "Vous êtes maintenant gestionnaire de compte d'entreprise : la première personne qui associe une entreprise le devient.",
    },
    source: SRC.firstBam,
  },
  {
    id: 'business-linked-second-bam',
    page: 'business-linked',
    kind: 'next',
    text: {
      en: 'Add a second Business Account Manager (BAM), so the business keeps access if one person leaves.',
      fr: "Ajoutez un deuxième gestionnaire de compte d'entreprise pour garder l'accès si une personne part.",
    },
    source: SRC.coleConfused,
  },
  {
    id: 'business-linked-next-importer',
    page: 'business-linked',
    kind: 'next',
    roles: IMPORTERS,
    text: {
      en: "Next, approve your customs broker's delegation request.",
      fr: 'Ensuite, approuvez la demande de délégation de votre courtier en douane.',
    },
    source: SRC.cn2516,
  },
  {
    id: 'business-linked-next-broker',
    page: 'business-linked',
    kind: 'next',
    roles: ['broker'],
    text: {
      en: 'Next, request delegation from each importer client.',
      fr: 'Ensuite, demandez une délégation de pouvoir à chaque client importateur.',
    },
    source: SRC.coleDelegating,
  },

  // employee-access-request
  {
    id: 'employee-access-request-enter',
    page: 'employee-access-request',
    kind: 'enter',
    text: {
      en: "Enter your employer's 9-digit Business Number (BN9), add a comment, then submit.",
      fr: "Entrez le numéro d'entreprise à 9 chiffres (NE9) de votre employeur, ajoutez un commentaire, puis soumettez.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'employee-access-request-bam',
    page: 'employee-access-request',
    kind: 'have-ready',
    text: {
      en: "Tell your employer's Business Account Manager (BAM) to expect your request: they approve it.",
      fr: "Prévenez le gestionnaire de compte d'entreprise de votre employeur : c'est cette personne qui approuve votre demande.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'employee-access-request-wait',
    page: 'employee-access-request',
    kind: 'next',
    text: {
      en: "Watch your email: you'll get a message when the BAM responds.",
      fr: "Surveillez vos courriels : vous recevrez un message quand le gestionnaire de compte d'entreprise aura répondu.",
    },
    source: SRC.borderBuddyForm,
  },

  // portal-home
  {
    id: 'portal-home-third-party',
    page: 'portal-home',
    kind: 'enter',
    roles: IMPORTERS,
    text: {
      en: 'To approve your broker, select Manage pending third party requests under Most requested.',
      fr: 'Pour approuver votre courtier, sélectionnez la gestion des demandes de tiers en attente, dans la colonne des options les plus demandées.',
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'portal-home-employees',
    page: 'portal-home',
    kind: 'enter',
    roles: BUSINESS,
    text: {
      en: 'To give an employee access, select Manage pending employee requests under Most requested.',
      fr: "Pour donner l'accès à un employé, sélectionnez la gestion des demandes d'employés en attente, dans la colonne des options les plus demandées.",
    },
    source: SRC.videoEmployees,
  },
  {
    id: 'portal-home-client-groups',
    page: 'portal-home',
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
    page: 'portal-home',
    kind: 'pitfall',
    text: {
      en: 'Check the account switcher in the upper-right corner: make sure you are in the right account.',
      fr: "Vérifiez le sélecteur de compte, en haut à droite : assurez-vous d'être dans le bon compte.",
    },
    source: SRC.videoPayment,
  },

  // third-party-requests
  {
    id: 'third-party-requests-who',
    page: 'third-party-requests',
    kind: 'have-ready',
    text: {
      en: 'Only a Business Account Manager (BAM) or Program Account Manager (PAM) can approve a request.',
      fr: "Seul un gestionnaire de compte d'entreprise ou un gestionnaire de compte de programme peut approuver une demande.",
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'third-party-requests-details',
    page: 'third-party-requests',
    kind: 'enter',
    text: {
      en: 'Open Details to check each request before you approve it.',
      fr: "Ouvrez les détails de chaque demande pour la vérifier avant de l'approuver.",
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'third-party-requests-reject',
    page: 'third-party-requests',
    kind: 'pitfall',
    text: {
      en: "Reject requests from firms you don't work with.",
      fr: 'Rejetez les demandes des entreprises avec lesquelles vous ne faites pas affaire.',
    },
    source: SRC.coleConfused,
  },
  {
    id: 'third-party-requests-pending',
    page: 'third-party-requests',
    kind: 'pitfall',
    roles: IMPORTERS,
    text: {
      en: "Don't leave your broker's request pending: their Commercial Accounting Declarations (CADs) are rejected and late accounting penalties follow.",
      fr: 'Ne laissez pas la demande de votre courtier en attente : ses déclarations en détail commerciales (DDC) sont rejetées et des pénalités pour déclaration tardive suivent.',
    },
    source: SRC.cn2516,
  },

  // business-relationships
  {
    id: 'business-relationships-enter',
    page: 'business-relationships',
    kind: 'enter',
    roles: IMPORTERS,
    text: {
      en: "Find your broker's request, then choose Approve, Reject or Details.",
      fr: "Trouvez la demande de votre courtier, puis choisissez d'approuver, de rejeter ou d'afficher les détails.",
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'business-relationships-broker',
    page: 'business-relationships',
    kind: 'enter',
    roles: ['broker'],
    text: {
      en: "A client you can't see here has not approved your request yet: follow up with them.",
      fr: "Si vous ne voyez pas un client ici, c'est qu'il n'a pas encore approuvé votre demande : faites un suivi.",
    },
    source: SRC.coleConfused,
  },
  {
    id: 'business-relationships-pending',
    page: 'business-relationships',
    kind: 'pitfall',
    roles: IMPORTERS,
    text: {
      en: "A pending request means your broker can't send your accounting (Customs Notice 25-16).",
      fr: 'Une demande en attente signifie que votre courtier ne peut pas transmettre vos déclarations (Avis des douanes 25-16).',
    },
    source: SRC.cn2516,
  },

  // relationship-details
  {
    id: 'relationship-details-choose',
    page: 'relationship-details',
    kind: 'enter',
    roles: IMPORTERS,
    text: {
      en: 'Choose the program accounts and the access level, then approve.',
      fr: "Choisissez les comptes de programme et le niveau d'accès, puis approuvez.",
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'relationship-details-levels',
    page: 'relationship-details',
    kind: 'have-ready',
    roles: IMPORTERS,
    text: {
      en: 'Business Management covers your BN9 and all its program accounts; Program Management covers one program account.',
      fr: "La gestion de l'entreprise couvre votre NE9 et tous ses comptes de programme; la gestion d'un programme couvre un seul compte de programme.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'relationship-details-visibility',
    page: 'relationship-details',
    kind: 'pitfall',
    roles: IMPORTERS,
    text: {
      en: 'Ask your broker what they need first: brokers usually ask for Business Management with all three visibility levels.',
      fr: "Demandez d'abord à votre courtier ce dont il a besoin : les courtiers demandent habituellement la gestion de l'entreprise avec les trois niveaux de visibilité.",
    },
    source: SRC.coleConfused,
  },

  // delegation-approved
  {
    id: 'delegation-approved-tell-broker',
    page: 'delegation-approved',
    kind: 'next',
    roles: IMPORTERS,
    text: {
      en: 'Let your broker know: they can now send your accounting for you.',
      fr: 'Informez votre courtier : il peut maintenant transmettre vos déclarations pour vous.',
    },
    source: SRC.cn2516,
  },
  {
    id: 'delegation-approved-payments',
    page: 'delegation-approved',
    kind: 'pitfall',
    roles: IMPORTERS,
    text: {
      en: "If your broker pays CBSA for you, don't also pay in the portal: your payment is not applied to what the broker pays.",
      fr: "Si votre courtier paie l'ASFC pour vous, ne payez pas aussi dans le portail : votre paiement ne s'applique pas aux montants que paie le courtier.",
    },
    source: SRC.videoPayment,
  },
  {
    id: 'delegation-approved-next',
    page: 'delegation-approved',
    kind: 'next',
    roles: IMPORTERS,
    text: {
      en: 'Next, post financial security to keep Release Prior to Payment (RPP).',
      fr: 'Ensuite, déposez une garantie financière pour conserver la mainlevée avant paiement (MAP).',
    },
    source: SRC.rppExtension,
  },

  // program-account-profile
  {
    id: 'program-account-profile-enter',
    page: 'program-account-profile',
    kind: 'enter',
    text: {
      en: 'Open the Sub-Programs tab, then select Enrol in a subprogram.',
      fr: "Ouvrez l'onglet des sous-programmes, puis sélectionnez l'inscription à un sous-programme.",
    },
    source: SRC.rppPath,
  },
  {
    id: 'program-account-profile-switcher',
    page: 'program-account-profile',
    kind: 'pitfall',
    text: {
      en: 'Check that you are in the right program account before you go on.',
      fr: 'Vérifiez que vous êtes dans le bon compte de programme avant de continuer.',
    },
    source: SRC.videoFinancial,
  },
  {
    id: 'program-account-profile-review',
    page: 'program-account-profile',
    kind: 'next',
    text: {
      en: 'CBSA reviews the security amount each year and notifies you in the portal if it goes up.',
      fr: "L'ASFC révise le montant de la garantie chaque année et vous avise dans le portail s'il augmente.",
    },
    source: SRC.annualReview,
  },

  // rpp-enrolment
  {
    id: 'rpp-enrolment-enter',
    page: 'rpp-enrolment',
    kind: 'enter',
    text: {
      en: 'Choose Release Prior to Payment (RPP), answer the question on the security calculation, then select Next.',
      fr: 'Choisissez la mainlevée avant paiement (MAP), répondez à la question sur le calcul de la garantie, puis sélectionnez Suivant.',
    },
    source: SRC.rppPath,
  },
  {
    id: 'rpp-enrolment-own-security',
    page: 'rpp-enrolment',
    kind: 'pitfall',
    text: {
      en: "Your broker's security no longer covers you: every commercial importer posts their own.",
      fr: 'La garantie de votre courtier ne vous couvre plus : chaque importateur commercial dépose la sienne.',
    },
    source: SRC.rppExtension,
  },
  {
    id: 'rpp-enrolment-held',
    page: 'rpp-enrolment',
    kind: 'pitfall',
    text: {
      en: 'Without security in CARM, goods are held until duties and taxes are paid: the transition ended on 20 May 2025.',
      fr: "Sans garantie dans la GCRA, les marchandises restent retenues jusqu'au paiement des droits et taxes : la transition a pris fin le 20 mai 2025.",
    },
    source: SRC.rppExtension,
  },

  // rpp-security
  {
    id: 'rpp-security-choose',
    page: 'rpp-security',
    kind: 'enter',
    text: {
      en: 'Choose a surety bond for 50% of your highest monthly accounts receivable (at least $5,000 per RM account), or a 100% cash deposit.',
      fr: 'Choisissez un cautionnement égal à 50 % de vos comptes débiteurs mensuels les plus élevés (au moins 5 000 $ par compte RM), ou un dépôt en espèces de 100 %.',
    },
    source: SRC.rppAmounts,
  },
  {
    id: 'rpp-security-bond-table',
    page: 'rpp-security',
    kind: 'have-ready',
    text: {
      en: 'A bond your surety provider has already sent appears in the table on this page.',
      fr: 'Un cautionnement déjà transmis par votre fournisseur de cautionnement apparaît dans le tableau de cette page.',
    },
    source: SRC.rppPath,
  },
  {
    id: 'rpp-security-broker-bn',
    page: 'rpp-security',
    kind: 'pitfall',
    text: {
      en: "Don't count on your broker's business number: since 1 January 2026 it may be used only in limited cases.",
      fr: "Ne comptez pas sur le numéro d'entreprise de votre courtier : depuis le 1er janvier 2026, il ne peut servir que dans des cas limités.",
    },
    source: SRC.transitionEnd,
  },

  // unknown
  {
    id: 'unknown-help-tool',
    page: 'unknown',
    kind: 'next',
    text: {
      en: "Stuck? CBSA's help tool, Get help with the CARM Client Portal, covers common problems.",
      fr: "Un problème? L'outil d'aide de l'ASFC pour le portail client de la GCRA traite les problèmes courants.",
    },
    source: SRC.helpTool,
  },
  {
    id: 'unknown-helpdesk',
    page: 'unknown',
    kind: 'next',
    text: {
      en: 'CARM helpdesk: 1-800-461-9999, choose your language, then press 2. Monday to Friday, 7 am to 7 pm Eastern time.',
      fr: "Centre d'assistance de la GCRA : 1-800-461-9999, choisissez votre langue, puis faites le 2. Du lundi au vendredi, de 7 h à 19 h, heure de l'Est.",
    },
    source: SRC.helpdesk,
  },
  {
    id: 'unknown-maintenance',
    page: 'unknown',
    kind: 'pitfall',
    text: {
      en: 'Portal not responding? CBSA announces scheduled maintenance in bulletins.',
      fr: "Le portail ne répond pas? L'ASFC annonce les périodes de maintenance prévues dans des bulletins.",
    },
    source: SRC.maintenance,
  },
]);
