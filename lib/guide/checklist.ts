import type { RoleId } from './ids';
import { type ChecklistItem, checklistItemSchema } from './schema';
import { SRC, uncertain } from './sources';

// Order is display order: within a step, each role's last item is the one marked `final`.
/** Roles that link a business of their own. */
const BUSINESS: RoleId[] = ['importer', 'nri', 'broker'];

/** What to do or have for each step, per role. */
export const CHECKLIST: readonly ChecklistItem[] = checklistItemSchema.array().parse([
  // prepare
  {
    id: 'prepare-bn9',
    step: 'prepare',
    roles: ['importer', 'broker'],
    text: {
      en: 'Find your 9-digit Business Number (BN9).',
      fr: "Trouvez votre numéro d'entreprise à 9 chiffres (NE9).",
    },
    detail: {
      en: 'Most new businesses in Canada can get one while registering in the portal. Trusts and some other entities must first register with the Canada Revenue Agency (CRA).',
      fr: "La plupart des nouvelles entreprises au Canada peuvent l'obtenir pendant l'inscription au portail. Les fiducies et certaines autres entités doivent d'abord s'inscrire auprès de l'Agence du revenu du Canada (ARC).",
    },
    source: SRC.startPage,
  },
  {
    id: 'prepare-nri-bn9',
    step: 'prepare',
    roles: ['nri'],
    text: {
      en: 'Get your 9-digit Business Number (BN9) from the Canada Revenue Agency (CRA) before you register.',
      fr: "Obtenez votre numéro d'entreprise à 9 chiffres (NE9) auprès de l'Agence du revenu du Canada (ARC) avant de vous inscrire.",
    },
    detail: {
      en: 'Non-resident businesses cannot get one in the portal. Without it, registration fails and only the helpdesk can sort it out.',
      fr: "Les entreprises non résidentes ne peuvent pas l'obtenir dans le portail. Sans ce numéro, l'inscription échoue et seul le centre d'assistance peut régler le problème.",
    },
    source: SRC.startPage,
  },
  {
    id: 'prepare-employer-bn9',
    step: 'prepare',
    roles: ['employee'],
    text: {
      en: 'Ask your employer for its 9-digit Business Number (BN9).',
      fr: "Demandez à votre employeur son numéro d'entreprise à 9 chiffres (NE9).",
    },
    detail: {
      en: 'You enter it in your access request so the portal can find the business.',
      fr: "Vous l'entrerez dans votre demande d'accès pour que le portail trouve l'entreprise.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'prepare-employer-registered',
    step: 'prepare',
    roles: ['employee'],
    text: {
      en: 'Check that your employer is already registered in the portal.',
      fr: 'Vérifiez que votre employeur est déjà enregistré dans le portail.',
    },
    detail: {
      en: "Your request goes to the employer's Business Account Manager (BAM), who must approve it.",
      fr: "Votre demande est envoyée au gestionnaire de compte d'entreprise de votre employeur, qui doit l'approuver.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'prepare-rm',
    step: 'prepare',
    group: { id: 'prepare-rm-account', need: 1 },
    roles: BUSINESS,
    text: {
      en: 'Note one import-export program account (RM), for example RM0001.',
      fr: "Notez un compte de programme d'importation-exportation (RM), par exemple RM0001.",
    },
    detail: {
      en: 'One is enough: CBSA links your other program accounts on the same BN9 for you.',
      fr: "Un seul suffit : l'ASFC associe pour vous vos autres comptes de programme liés au même NE9.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'prepare-no-rm',
    step: 'prepare',
    group: { id: 'prepare-rm-account', need: 1 },
    roles: BUSINESS,
    text: {
      en: "No RM account yet? You'll get one through the portal.",
      fr: "Pas encore de compte RM? Vous l'obtiendrez dans le portail.",
    },
    detail: {
      en: 'RM accounts are now issued only in the portal. CBSA\'s guide "First-Time Set-Up – Register My Business Scenarios" covers this case.',
      fr: "Les comptes RM sont maintenant délivrés seulement dans le portail. Le guide de l'ASFC sur les scénarios d'enregistrement d'une entreprise (première configuration) couvre ce cas.",
    },
    source: SRC.borderBuddyCarm,
  },
  {
    id: 'prepare-importer-rm',
    step: 'prepare',
    roles: ['importer', 'nri'],
    text: {
      en: 'Check that your RM account is an importer or importer/exporter account: an exporter-only account is refused.',
      fr: "Vérifiez que votre compte RM est un compte d'importateur ou d'importateur-exportateur : un compte d'exportateur seulement est refusé.",
    },
    detail: {
      en: 'If you have no importer account, you get one by enrolling in the importer program in the portal (Customs Notice 24-37).',
      fr: "Si vous n'avez pas de compte d'importateur, vous l'obtenez en vous inscrivant au programme des importateurs dans le portail (Avis des douanes 24-37).",
    },
    source: SRC.cn2437,
  },
  {
    id: 'prepare-broker-own-numbers',
    step: 'prepare',
    roles: ['broker'],
    text: {
      en: "Use your own firm's BN9 and RM account, not a client's.",
      fr: "Utilisez le NE9 et le compte RM de votre propre entreprise, pas ceux d'un client.",
    },
    detail: {
      en: 'You register your firm first; clients then give you access through delegation.',
      fr: "Vous enregistrez d'abord votre entreprise; vos clients vous donnent ensuite accès par délégation.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'prepare-legal-name',
    step: 'prepare',
    roles: BUSINESS,
    text: {
      en: 'Copy your legal business name exactly as on your CRA and CBSA records, punctuation included.',
      fr: "Copiez le nom légal de votre entreprise exactement comme dans les dossiers de l'ARC et de l'ASFC, ponctuation comprise.",
    },
    detail: {
      en: "Use the legal name (for example a numbered company's name), not a trade name.",
      fr: "Utilisez le nom légal (par exemple celui d'une société à numéro), et non un nom commercial.",
    },
    source: SRC.ccb,
  },
  {
    id: 'prepare-address',
    step: 'prepare',
    roles: BUSINESS,
    text: {
      en: 'Copy your business address exactly as on your CRA and CBSA records.',
      fr: "Copiez l'adresse de votre entreprise exactement comme dans les dossiers de l'ARC et de l'ASFC.",
    },
    detail: {
      en: 'The portal compares it character by character, even the punctuation.',
      fr: 'Le portail la compare caractère par caractère, même la ponctuation.',
    },
    source: SRC.videoLink,
  },
  {
    id: 'prepare-records-current',
    step: 'prepare',
    roles: BUSINESS,
    text: {
      en: 'If your business name or address has changed, have CBSA update its records before you register.',
      fr: "Si le nom ou l'adresse de votre entreprise a changé, faites mettre à jour les dossiers de l'ASFC avant de vous inscrire.",
    },
    detail: {
      en: 'CBSA handles changes to RM accounts, such as a new address; the Canada Revenue Agency (CRA) still issues the Business Number.',
      fr: "L'ASFC traite les changements aux comptes RM, comme une nouvelle adresse; l'Agence du revenu du Canada (ARC) délivre toujours le numéro d'entreprise.",
    },
    source: SRC.cn2418,
  },
  {
    id: 'prepare-verification',
    step: 'prepare',
    kind: 'optional',
    roles: BUSINESS,
    text: {
      en: 'Get answers to 2 of the 3 verification questions.',
      fr: 'Préparez les réponses à 2 des 3 questions de vérification.',
    },
    detail: {
      en: 'The questions are about a transaction, a payment and a statement of account. If you have only one kind of record, one answer is enough.',
      fr: "Les questions portent sur une transaction, un paiement et un relevé de compte. Si vous n'avez qu'un seul type de document, une réponse suffit.",
    },
    source: SRC.affinity,
  },
  {
    id: 'prepare-new-business',
    step: 'prepare',
    roles: ['importer', 'nri'],
    text: {
      en: 'No transaction, payment or statement yet? The portal asks only the questions your account has data for.',
      fr: 'Pas encore de transaction, de paiement ni de relevé? Le portail ne pose que les questions pour lesquelles votre compte a des données.',
    },
    source: SRC.affinity,
  },
  {
    id: 'prepare-transaction',
    step: 'prepare',
    group: { id: 'prepare-verification-answers', need: 2 },
    roles: BUSINESS,
    text: {
      en: 'Option 1: a transaction number and its total duties and taxes ($0.00 is accepted).',
      fr: 'Choix 1 : un numéro de transaction et le total des droits et taxes de cette transaction (0,00 $ est accepté).',
    },
    detail: {
      en: 'You choose which transaction to use.',
      fr: 'Vous choisissez la transaction.',
    },
    source: SRC.affinity,
  },
  {
    id: 'prepare-payment',
    step: 'prepare',
    group: { id: 'prepare-verification-answers', need: 2 },
    roles: BUSINESS,
    text: {
      en: 'Option 2: the date of a payment to CBSA and the amount paid that day.',
      fr: "Choix 2 : la date d'un paiement à l'ASFC et le montant payé ce jour-là.",
    },
    source: SRC.affinity,
  },
  {
    id: 'prepare-soa',
    step: 'prepare',
    group: { id: 'prepare-verification-answers', need: 2 },
    roles: BUSINESS,
    text: {
      en: 'Option 3: a Statement of Account (SOA) date and the balance on that date.',
      fr: "Choix 3 : la date d'un relevé de compte et le solde à cette date.",
    },
    detail: {
      en: 'A $0.00 balance is not accepted: pick a statement with a balance.',
      fr: "Un solde de 0,00 $ n'est pas accepté : choisissez un relevé qui présente un solde.",
    },
    source: SRC.affinity,
  },
  {
    id: 'prepare-answer-sources',
    step: 'prepare',
    kind: 'optional',
    roles: BUSINESS,
    text: {
      en: 'Find the answers on your Daily Notice or Statement of Account, or ask your customs broker.',
      fr: 'Trouvez les réponses dans votre avis quotidien ou votre relevé de compte, ou demandez-les à votre courtier en douane.',
    },
    detail: {
      en: 'Daily Notices come by electronic data interchange (EDI) only, so your broker may be the one who has them.',
      fr: "Les avis quotidiens sont transmis uniquement par échange de données informatisé (EDI); c'est donc peut-être votre courtier qui les a.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'prepare-quiet-month',
    step: 'prepare',
    kind: 'optional',
    roles: BUSINESS,
    text: {
      en: 'Pick a quiet month with 1 or 2 entries, so the amounts are easy to match.',
      fr: 'Choisissez un mois tranquille, avec 1 ou 2 déclarations, pour que les montants soient faciles à retrouver.',
    },
    source: SRC.acaf,
  },
  {
    id: 'prepare-nri-bsf900',
    step: 'prepare',
    roles: ['nri'],
    text: {
      en: 'Fill in the BSF900, the agreement to keep your records outside Canada: you submit it through the portal.',
      fr: "Remplissez le BSF900, l'entente de conservation des documents hors du Canada : vous le soumettez dans le portail.",
    },
    detail: {
      en: 'Its full name is "Agreement to Maintain Records Elsewhere than the Place of Business in Canada". Records may be kept in Canada, the US or Mexico.',
      fr: "Son nom complet : « Entente de conservation des documents ailleurs qu'au lieu d'affaires au Canada ». Les documents peuvent être conservés au Canada, aux États-Unis ou au Mexique.",
    },
    source: SRC.bsf900Cbsa,
  },
  {
    id: 'prepare-nri-documents',
    step: 'prepare',
    roles: ['nri'],
    text: {
      en: 'Scan every document you will upload, including the BSF900.',
      fr: 'Numérisez tous les documents que vous téléverserez, y compris le BSF900.',
    },
    detail: {
      en: 'CBSA starts its review only when the file is complete. Reviews took about 30 business days on average in January 2025.',
      fr: "L'ASFC commence son examen seulement quand le dossier est complet. En janvier 2025, l'examen prenait en moyenne environ 30 jours ouvrables.",
    },
    source: SRC.coleUpdates,
  },
  {
    id: 'prepare-nri-helpdesk',
    step: 'prepare',
    roles: ['nri'],
    text: {
      en: 'Note the helpdesk numbers for calls from outside Canada and the US: 1-204-983-3500 or 1-506-636-5064.',
      fr: "Notez les numéros du centre d'assistance pour les appels de l'extérieur du Canada et des États-Unis : 1-204-983-3500 ou 1-506-636-5064.",
    },
    detail: {
      en: 'Or use the online client support contact form: a reply comes within 2 business days, up to 15 for complex financial requests. Closed weekends and statutory holidays.',
      fr: "Ou utilisez le formulaire de contact en ligne : la réponse arrive dans les 2 jours ouvrables, jusqu'à 15 pour les demandes financières complexes. Fermé les fins de semaine et les jours fériés.",
    },
    source: SRC.helpdesk,
  },
  {
    id: 'prepare-nri-own-account',
    step: 'prepare',
    roles: ['nri'],
    text: {
      en: "Since January 1, 2026, register your own business: a broker's Business Number may be used only in limited cases.",
      fr: "Depuis le 1er janvier 2026, enregistrez votre propre entreprise : le numéro d'entreprise d'un courtier ne peut servir que dans des cas limités.",
    },
    detail: {
      en: 'Customs Notice 25-32 ended the CARM transition measures; the importer of record is now liable for duties and taxes.',
      fr: "L'Avis des douanes 25-32 a mis fin aux mesures de transition de la GCRA; l'importateur officiel est maintenant responsable des droits et taxes.",
    },
    source: SRC.transitionEnd,
  },
  {
    id: 'prepare-sign-in',
    step: 'prepare',
    text: {
      en: "Choose how you'll sign in: GCKey, or a Sign-in Partner such as your bank.",
      fr: 'Choisissez comment vous ouvrirez une session : CléGC, ou un partenaire de connexion comme votre banque.',
    },
    source: SRC.videoAccount,
  },
  {
    id: 'prepare-own-sign-in',
    step: 'prepare',
    text: {
      en: 'Use your own sign-in, not a shared one.',
      fr: "Utilisez vos propres justificatifs, pas ceux d'une autre personne.",
    },
    detail: {
      en: 'Each person creates their own user account, then gets access to the business.',
      fr: "Chaque personne crée son propre compte d'utilisateur, puis obtient l'accès à l'entreprise.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'prepare-one-sitting',
    step: 'prepare',
    kind: 'optional',
    roles: BUSINESS,
    text: {
      en: 'Plan to register in one sitting, with your answers at hand.',
      fr: 'Prévoyez de vous inscrire en une seule séance, avec vos réponses sous la main.',
    },
    detail: {
      en: 'The session may end after 20 minutes without typing (reported by brokers; not confirmed by CBSA).',
      fr: "La session pourrait prendre fin après 20 minutes sans saisie (signalé par des courtiers; non confirmé par l'ASFC).",
    },
    source: uncertain(SRC.colePrepare),
  },
  {
    id: 'prepare-autofill',
    step: 'prepare',
    final: true,
    text: {
      en: "Turn off your browser's autofill before you start.",
      fr: 'Désactivez le remplissage automatique de votre navigateur avant de commencer.',
    },
    detail: {
      en: 'Autofill puts data in the wrong fields, and the portal then rejects them.',
      fr: 'Le remplissage automatique place des données dans les mauvais champs, et le portail les refuse.',
    },
    source: SRC.autofill,
  },

  // account
  {
    id: 'account-credentials',
    step: 'account',
    text: {
      en: 'Create your credentials: select Continue to GCKey or Continue to Sign-in Partner.',
      fr: 'Créez vos justificatifs : sélectionnez CléGC ou Poursuivre vers un partenaire de connexion.',
    },
    source: SRC.videoAccount,
  },
  {
    id: 'account-mfa',
    step: 'account',
    text: {
      en: 'Set up multi-factor authentication (MFA) when the portal asks.',
      fr: "Configurez l'authentification à facteurs multiples quand le portail vous le demande.",
    },
    detail: {
      en: 'The portal sends you a one-time passcode to enter.',
      fr: 'Le portail vous envoie un code à usage unique à entrer.',
    },
    source: SRC.videoAccount,
  },
  {
    id: 'account-profile',
    step: 'account',
    final: true,
    text: {
      en: 'Complete your user profile: name, phone, email and preferred language.',
      fr: "Remplissez votre profil d'utilisateur : nom, téléphone, courriel et langue de préférence.",
    },
    detail: {
      en: 'Use your work email and phone number.',
      fr: 'Utilisez votre adresse courriel et votre numéro de téléphone au travail.',
    },
    source: SRC.farrow,
  },

  // link-business
  {
    id: 'link-business-register',
    step: 'link-business',
    text: {
      en: 'On the First time setup page, choose Register my business.',
      fr: 'À la page de première configuration, choisissez Enregistrer mon entreprise.',
    },
    source: SRC.videoLink,
  },
  {
    id: 'link-business-not-employee',
    step: 'link-business',
    kind: 'optional',
    text: {
      en: "Don't select Employee Access Request by mistake: it is for people joining a business that is already registered.",
      fr: "Ne sélectionnez pas la demande d'accès d'employé par erreur : elle sert aux personnes qui se joignent à une entreprise déjà enregistrée.",
    },
    source: SRC.ccb,
  },
  {
    id: 'link-business-identifiers',
    step: 'link-business',
    text: {
      en: 'Enter your BN9 and one program reference number, such as RM0001, then select Next.',
      fr: 'Entrez votre NE9 et un numéro de référence du programme, comme RM0001, puis sélectionnez Suivant.',
    },
    source: SRC.videoLink,
  },
  {
    id: 'link-business-details',
    step: 'link-business',
    text: {
      en: 'Enter your legal name and address exactly as on CBSA records, punctuation included.',
      fr: "Entrez votre nom légal et votre adresse exactement comme dans les dossiers de l'ASFC, ponctuation comprise.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'link-business-verify',
    step: 'link-business',
    text: {
      en: 'Answer 2 of the 3 verification questions.',
      fr: 'Répondez à 2 des 3 questions de vérification.',
    },
    detail: {
      en: 'A transaction and its duties and taxes, a payment date and amount, or a statement date and balance.',
      fr: "Une transaction et ses droits et taxes, la date et le montant d'un paiement, ou la date et le solde d'un relevé.",
    },
    source: SRC.affinity,
  },
  {
    id: 'link-business-nri-documents',
    step: 'link-business',
    roles: ['nri'],
    text: {
      en: 'Upload your BSF900 and its supporting documents, such as a corporate registry extract and a current proof of good standing.',
      fr: 'Téléversez votre BSF900 et ses pièces justificatives, comme un extrait du registre des entreprises et une preuve de statut valide récente.',
    },
    detail: {
      en: 'An incomplete agreement is refused and sent back. The portal notifies you of your case status.',
      fr: "Une entente incomplète est refusée et renvoyée. Le portail vous avise de l'état de votre dossier.",
    },
    source: SRC.bsf900Cbsa,
  },
  {
    id: 'link-business-terms',
    step: 'link-business',
    text: {
      en: 'Review your details, accept the terms and conditions, then submit.',
      fr: 'Vérifiez vos renseignements, acceptez les conditions, puis soumettez.',
    },
    detail: {
      en: 'The terms cover delegation between importers and brokers.',
      fr: 'Les conditions portent sur la délégation entre importateurs et courtiers.',
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'link-business-confirmed',
    step: 'link-business',
    final: true,
    doneOnPage: 'business-linked',
    text: {
      en: 'Get the confirmation that your business is linked.',
      fr: 'Obtenez la confirmation que votre entreprise est associée.',
    },
    detail: {
      en: 'The first person to link a business becomes its Business Account Manager (BAM).',
      fr: "La première personne qui associe une entreprise en devient le gestionnaire de compte d'entreprise.",
    },
    source: SRC.firstBam,
  },

  // delegate
  {
    id: 'delegate-ask-broker',
    step: 'delegate',
    text: {
      en: 'Ask your customs broker to send you a delegation request.',
      fr: 'Demandez à votre courtier en douane de vous envoyer une demande de délégation.',
    },
    detail: {
      en: 'The broker starts the request; you approve it.',
      fr: "Le courtier lance la demande; vous l'approuvez.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'delegate-find-request',
    step: 'delegate',
    text: {
      en: 'On the home page, under Most requested, open Manage pending third party requests.',
      fr: "À la page d'accueil, dans la colonne des options les plus demandées, ouvrez la gestion des demandes de tiers en attente.",
    },
    detail: {
      en: 'Another way: Setup my portal, then Manage business relationships.',
      fr: "Autre chemin : la configuration de votre portail, puis la gestion des relations d'affaires.",
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'delegate-check-details',
    step: 'delegate',
    text: {
      en: 'Open Details and check the program accounts, the access level and the visibility.',
      fr: "Ouvrez les détails et vérifiez les comptes de programme, le niveau d'accès et la visibilité.",
    },
    detail: {
      en: 'Business Management covers your BN9 and all its program accounts. Program Management covers one program account.',
      fr: "La gestion de l'entreprise couvre votre NE9 et tous ses comptes de programme. La gestion d'un programme couvre un seul compte de programme.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'delegate-access-level',
    step: 'delegate',
    text: {
      en: 'Confirm with your broker the access level and visibility they need.',
      fr: "Confirmez avec votre courtier le niveau d'accès et la visibilité dont il a besoin.",
    },
    detail: {
      en: 'Brokers usually ask for Business Management with all three visibility levels.',
      fr: "Les courtiers demandent habituellement la gestion de l'entreprise avec les trois niveaux de visibilité.",
    },
    source: SRC.coleConfused,
  },
  {
    id: 'delegate-reject-unknown',
    step: 'delegate',
    kind: 'optional',
    text: {
      en: "Reject requests from firms you don't work with.",
      fr: 'Rejetez les demandes des entreprises avec lesquelles vous ne faites pas affaire.',
    },
    source: SRC.coleConfused,
  },
  {
    id: 'delegate-approve',
    step: 'delegate',
    final: true,
    doneOnPage: 'delegation-approved',
    text: {
      en: "Approve your broker's request.",
      fr: 'Approuvez la demande de votre courtier.',
    },
    detail: {
      en: "Without delegation, your broker's Commercial Accounting Declarations (CADs) are rejected and late accounting penalties follow (Customs Notice 25-16).",
      fr: 'Sans délégation, les déclarations en détail commerciales (DDC) de votre courtier sont rejetées. Des pénalités pour déclaration en détail tardive suivent (Avis des douanes 25-16).',
    },
    source: SRC.cn2516,
  },

  // rpp
  {
    id: 'rpp-why',
    step: 'rpp',
    kind: 'optional',
    text: {
      en: 'Post your own financial security to use Release Prior to Payment (RPP).',
      fr: 'Déposez votre propre garantie financière pour profiter de la mainlevée avant paiement (MAP).',
    },
    detail: {
      en: 'The transition period ended on 20 May 2025. Without security in CARM, your goods are held until duties and taxes are paid.',
      fr: "La période de transition a pris fin le 20 mai 2025. Sans garantie dans la GCRA, vos marchandises restent retenues jusqu'au paiement des droits et taxes.",
    },
    source: SRC.rppExtension,
  },
  {
    id: 'rpp-bond',
    step: 'rpp',
    group: { id: 'rpp-security-kind', need: 1 },
    text: {
      en: 'Option 1: a surety bond for 50% of your highest month owed to CBSA in the last 12 months, at least $5,000 per RM account.',
      fr: 'Choix 1 : un cautionnement de 50 % de votre mois le plus élevé des 12 derniers mois, au moins 5 000 $ par compte RM.',
    },
    detail: {
      en: 'The highest month counts duties and taxes, GST included. The portal calculates the amount.',
      fr: 'Le mois le plus élevé compte les droits et taxes, TPS comprise. Le portail calcule le montant.',
    },
    source: SRC.rppAmounts,
  },
  {
    id: 'rpp-cash',
    step: 'rpp',
    group: { id: 'rpp-security-kind', need: 1 },
    text: {
      en: 'Option 2: a cash deposit for 100% of your highest month, which is twice the bond amount.',
      fr: 'Choix 2 : un dépôt en espèces égal à 100 % de votre mois le plus élevé, soit le double du cautionnement.',
    },
    detail: {
      en: 'Example: if your highest month was $20,000, the bond is $10,000 and the cash deposit $20,000.',
      fr: 'Exemple : si votre mois le plus élevé était de 20 000 $, le cautionnement est de 10 000 $ et le dépôt en espèces, de 20 000 $.',
    },
    source: SRC.rppAmounts,
  },
  {
    id: 'rpp-bond-sent',
    step: 'rpp',
    kind: 'optional',
    text: {
      en: 'If you chose a bond, get it from a financial security provider and ask them to send it to CBSA first.',
      fr: "Si vous avez choisi un cautionnement, obtenez-le d'un fournisseur de garantie financière et demandez-lui de le transmettre d'abord à l'ASFC.",
    },
    detail: {
      en: 'You cannot get a security agreement in the portal. One security can be allocated to several RM accounts of the same program.',
      fr: "Vous ne pouvez pas obtenir d'entente de garantie dans le portail. Une même garantie peut être répartie entre plusieurs comptes RM du même programme.",
    },
    source: SRC.helpToolSecurity,
  },
  {
    id: 'rpp-open-profile',
    step: 'rpp',
    text: {
      en: 'Go to Accounts and profiles, then Program account profile, then the Sub-Programs tab.',
      fr: "Allez aux comptes et profils, puis au profil du compte de programme, puis à l'onglet des sous-programmes.",
    },
    source: SRC.rppPath,
  },
  {
    id: 'rpp-enrol',
    step: 'rpp',
    text: {
      en: 'Select Enrol in a subprogram, then Release Prior to Payment.',
      fr: "Sélectionnez l'inscription à un sous-programme, puis la mainlevée avant paiement.",
    },
    detail: {
      en: 'The form asks whether you want a change to the security calculation. A broker walkthrough suggests answering No.',
      fr: 'Le formulaire demande si vous voulez modifier le calcul de la garantie. Un guide de courtier suggère de répondre Non.',
    },
    source: SRC.rppPath,
  },
  {
    id: 'rpp-before-first-shipment',
    step: 'rpp',
    text: {
      en: 'New importer? Have your security accepted before your first shipment, or pay duties and taxes when the goods are released.',
      fr: 'Nouvel importateur? Faites accepter votre garantie avant votre premier envoi, ou payez les droits et taxes à la mainlevée des marchandises.',
    },
    detail: {
      en: 'Importers outside the Release Prior to Payment (RPP) program pay at release.',
      fr: 'Les importateurs qui ne participent pas au programme de mainlevée avant paiement (MAP) paient à la mainlevée.',
    },
    source: SRC.payments,
  },
  {
    id: 'rpp-yearly-review',
    step: 'rpp',
    text: {
      en: 'Expect a yearly recalculation: CBSA reviews the requirement each October 20 and notifies you in the portal if it goes up.',
      fr: "Attendez-vous à un nouveau calcul chaque année : l'ASFC révise l'exigence chaque 20 octobre et vous avise dans le portail si elle augmente.",
    },
    detail: {
      en: 'After the 2025 review, importers had until January 15, 2026 to post the higher amount and keep RPP.',
      fr: "Après la révision de 2025, les importateurs avaient jusqu'au 15 janvier 2026 pour déposer le montant plus élevé et garder la MAP.",
    },
    source: SRC.securityReview,
  },
  {
    id: 'rpp-submit',
    step: 'rpp',
    final: true,
    text: {
      en: 'Select Submit security and wait for the confirmation page.',
      fr: 'Soumettez la garantie et attendez la page de confirmation.',
    },
    source: SRC.rppPath,
  },

  // employee-access
  {
    id: 'employee-access-choose',
    step: 'employee-access',
    text: {
      en: 'On the First time setup page, choose Employee Access Request.',
      fr: "À la page de première configuration, choisissez la demande d'accès d'employé.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'employee-access-bn9',
    step: 'employee-access',
    text: {
      en: "Enter your employer's 9-digit Business Number (BN9).",
      fr: "Entrez le numéro d'entreprise à 9 chiffres (NE9) de votre employeur.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'employee-access-comment',
    step: 'employee-access',
    text: {
      en: 'Add a comment saying who you are and what you need to do in the portal.',
      fr: 'Ajoutez un commentaire qui indique qui vous êtes et ce que vous devez faire dans le portail.',
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'employee-access-submit',
    step: 'employee-access',
    final: true,
    text: {
      en: 'Submit the request.',
      fr: 'Soumettez la demande.',
    },
    detail: {
      en: "You'll get an email when the Business Account Manager (BAM) responds.",
      fr: "Vous recevrez un courriel quand le gestionnaire de compte d'entreprise aura répondu.",
    },
    source: SRC.borderBuddyForm,
  },

  // client-requests
  {
    id: 'client-requests-send',
    step: 'client-requests',
    text: {
      en: 'Send a delegation request to each importer client.',
      fr: 'Envoyez une demande de délégation à chaque client importateur.',
    },
    detail: {
      en: 'You start the request; the importer approves it. The client must have registered its business in the portal first.',
      fr: "Vous lancez la demande; l'importateur l'approuve. Le client doit d'abord avoir enregistré son entreprise dans le portail.",
    },
    source: SRC.coleDelegating,
  },
  {
    id: 'client-requests-access-level',
    step: 'client-requests',
    text: {
      en: 'Ask for Business Management with the visibility your service needs.',
      fr: "Demandez la gestion de l'entreprise avec la visibilité dont votre service a besoin.",
    },
    detail: {
      en: 'Brokers usually ask for all three visibility levels.',
      fr: 'Les courtiers demandent habituellement les trois niveaux de visibilité.',
    },
    source: SRC.ccb,
  },
  {
    id: 'client-requests-tell-client',
    step: 'client-requests',
    text: {
      en: 'Tell each client where to approve it: Manage pending third party requests, on their home page.',
      fr: "Indiquez à chaque client où l'approuver : la gestion des demandes de tiers en attente, à sa page d'accueil.",
    },
    source: SRC.videoThirdParty,
  },
  {
    id: 'client-requests-groups',
    step: 'client-requests',
    kind: 'optional',
    text: {
      en: 'Group your clients with Manage my client groups, under Setup my portal.',
      fr: 'Regroupez vos clients avec la gestion des groupes de clients, dans la configuration de votre portail.',
    },
    detail: {
      en: 'Client groups are only for service providers such as brokers.',
      fr: 'Les groupes de clients sont réservés aux fournisseurs de services comme les courtiers.',
    },
    source: SRC.videoClientGroups,
  },
  {
    id: 'client-requests-follow-up',
    step: 'client-requests',
    final: true,
    text: {
      en: 'Follow up until each client approves.',
      fr: "Faites un suivi jusqu'à ce que chaque client approuve.",
    },
    detail: {
      en: 'You know a client approved when it appears in your portal. Until then, its Commercial Accounting Declarations (CADs) are rejected.',
      fr: 'Vous savez qu’un client a approuvé quand il apparaît dans votre portail. Jusque-là, ses déclarations en détail commerciales (DDC) sont rejetées.',
    },
    source: SRC.coleConfused,
  },
]);
