import type { StepId } from './ids';
import { type Step, stepSchema } from './schema';

/** The steps of the guide map, in the order they appear on the role paths. */
export const STEPS: readonly Step[] = stepSchema.array().parse([
  {
    id: 'prepare',
    title: {
      en: 'Before you start: gather what the portal will ask for',
      fr: 'Avant de commencer : rassemblez ce que le portail vous demandera',
    },
    short: { en: 'Gather your details', fr: 'Rassembler vos renseignements' },
    summary: {
      en: 'Collect your numbers, exact business details and verification answers before you sign in, so you can finish in one sitting.',
      fr: "Rassemblez vos numéros, les renseignements exacts sur votre entreprise et vos réponses de vérification avant d'ouvrir une session, pour tout faire en une seule fois.",
    },
    doneWhen: {
      en: 'You have ticked every item on this list.',
      fr: 'Vous avez coché chaque élément de cette liste.',
    },
    next: {
      en: 'Next, create your sign-in credentials and user account.',
      fr: "Ensuite, créez vos justificatifs d'identité et votre compte d'utilisateur.",
    },
  },
  {
    id: 'account',
    title: {
      en: 'Create sign-in credentials and a user account',
      fr: "Créer des justificatifs d'identité et un compte d'utilisateur",
    },
    short: { en: 'Create your account', fr: 'Créer votre compte' },
    summary: {
      en: 'Sign in with GCKey or a Sign-in Partner, set up multi-factor authentication, then fill in your user profile.',
      fr: "Ouvrez une session avec CléGC ou un partenaire de connexion, configurez l'authentification à facteurs multiples, puis remplissez votre profil d'utilisateur.",
    },
    doneWhen: {
      en: 'The portal shows its home page or the First time setup page.',
      fr: "Le portail affiche sa page d'accueil ou la page de première configuration.",
    },
    next: {
      en: 'Next, on the First time setup page, register your business or ask your employer for access.',
      fr: "Ensuite, à la page de première configuration, enregistrez votre entreprise ou demandez l'accès à votre employeur.",
    },
  },
  {
    id: 'link-business',
    title: {
      en: 'Link your user account to your business account',
      fr: "Associer votre compte d'utilisateur à votre compte d'entreprise",
    },
    short: { en: 'Link your business', fr: 'Associer votre entreprise' },
    summary: {
      en: 'Choose Register my business, enter your business numbers and details, answer the verification questions, then submit.',
      fr: 'Choisissez Enregistrer mon entreprise, entrez les numéros et les renseignements de votre entreprise, répondez aux questions de vérification, puis soumettez.',
    },
    doneWhen: {
      en: 'The portal confirms that your business is linked.',
      fr: 'Le portail confirme que votre entreprise est associée.',
    },
    next: {
      en: 'Next, set up delegation of authority: importers approve their broker, and brokers ask their clients.',
      fr: "Ensuite, établissez la délégation de pouvoirs : l'importateur approuve son courtier, et le courtier s'adresse à ses clients.",
    },
  },
  {
    id: 'delegate',
    title: {
      en: 'Delegate authority to your customs broker (third-party service provider)',
      fr: 'Déléguer des pouvoirs à votre courtier en douane (fournisseur de services tiers)',
    },
    short: { en: 'Approve your broker', fr: 'Approuver votre courtier' },
    summary: {
      en: "Approve your broker's request in the portal so they can send your Commercial Accounting Declarations (CADs).",
      fr: "Approuvez la demande de votre courtier dans le portail pour qu'il puisse transmettre vos déclarations en détail commerciales (DDC).",
    },
    doneWhen: {
      en: 'The portal confirms that you approved the request.',
      fr: 'Le portail confirme que vous avez approuvé la demande.',
    },
    next: {
      en: 'Next, post financial security to keep Release Prior to Payment (RPP).',
      fr: 'Ensuite, déposez une garantie financière pour conserver la mainlevée avant paiement (MAP).',
    },
  },
  {
    id: 'rpp',
    title: {
      en: 'Post financial security for Release Prior to Payment',
      fr: 'Déposer une garantie financière pour la mainlevée avant paiement',
    },
    short: { en: 'Post your security', fr: 'Déposer la garantie' },
    summary: {
      en: 'Enrol in Release Prior to Payment (RPP) and submit a surety bond or a cash deposit, so your goods can be released before you pay.',
      fr: "Inscrivez-vous à la mainlevée avant paiement (MAP) et soumettez un cautionnement ou un dépôt en espèces pour obtenir la mainlevée de vos marchandises avant d'avoir payé.",
    },
    doneWhen: {
      en: 'You have submitted your security in the portal.',
      fr: 'Vous avez soumis votre garantie dans le portail.',
    },
    next: {
      en: "You're set up. Sign in at least once every 180 days so your profile stays active.",
      fr: 'Votre inscription est terminée. Ouvrez une session au moins une fois tous les 180 jours pour garder votre profil actif.',
    },
  },
  {
    id: 'employee-access',
    title: {
      en: "Ask your employer's Business Account Manager (BAM) for access",
      fr: "Demander l'accès au gestionnaire de compte d'entreprise de votre employeur",
    },
    short: { en: 'Request employee access', fr: "Demander l'accès" },
    summary: {
      en: "Send an Employee Access Request with your employer's 9-digit Business Number (BN9). Their BAM approves it.",
      fr: "Envoyez une demande d'accès d'employé avec le numéro d'entreprise à 9 chiffres (NE9) de votre employeur. Son gestionnaire de compte d'entreprise l'approuve.",
    },
    doneWhen: { en: 'You have submitted the request.', fr: 'Vous avez soumis la demande.' },
    next: {
      en: "Watch your email: you'll get a message when the BAM responds.",
      fr: "Surveillez vos courriels : vous recevrez un message quand le gestionnaire de compte d'entreprise aura répondu.",
    },
  },
  {
    id: 'client-requests',
    title: {
      en: 'Request delegation from your importer clients',
      fr: 'Demander une délégation de pouvoirs à vos clients importateurs',
    },
    short: { en: 'Request client delegation', fr: 'Demander la délégation' },
    summary: {
      en: 'Send each importer client a delegation request, then follow up until they approve it.',
      fr: "Envoyez une demande de délégation à chaque client importateur, puis faites un suivi jusqu'à son approbation.",
    },
    doneWhen: {
      en: 'You have sent a request to each client.',
      fr: 'Vous avez envoyé une demande à chaque client.',
    },
    next: {
      en: "Keep following up: until a client approves, you can't send their accounting.",
      fr: "Continuez vos suivis : tant qu'un client n'a pas approuvé, vous ne pouvez pas transmettre ses déclarations.",
    },
  },
]);

/** Steps by id; every id of STEP_IDS has one (checked by the meta-tests). */
export const STEP_BY_ID = new Map<StepId, Step>(STEPS.map((step) => [step.id, step]));
