import { SRC } from '../sources';
import { BUSINESS_ROLES, IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-linked',
  step: 'link-business',
  confirms: 'link-business',
  rule: {
    headings: {
      en: [
        'your business is registered',
        'business account registered',
        'business registration complete',
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
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Business linked',
    fr: 'Entreprise liée',
  },
  tips: [
    {
      id: 'business-linked-bam',
      kind: 'next',
      roles: BUSINESS_ROLES,
      text: {
        en: "You're now the Business Account Manager (BAM): the first person to link a business becomes one.",
        fr: "Vous êtes maintenant gestionnaire de compte d'entreprise : la première personne qui associe une entreprise le devient.",
      },
      source: SRC.firstBam,
    },
    {
      id: 'business-linked-second-bam',
      kind: 'next',
      text: {
        en: 'Add a second Business Account Manager (BAM), so the business keeps access if one person leaves.',
        fr: "Ajoutez un deuxième gestionnaire de compte d'entreprise pour garder l'accès si une personne part.",
      },
      source: SRC.coleConfused,
    },
    {
      id: 'business-linked-approve-employees',
      kind: 'next',
      roles: BUSINESS_ROLES,
      text: {
        en: 'Approve employees under Manage pending employee requests: open Details to read their comment, then choose what they can access.',
        fr: "Approuvez les employés dans la gestion des demandes d'employés en attente : ouvrez les détails pour lire leur commentaire, puis choisissez leurs accès.",
      },
      source: SRC.videoEmployees,
    },
    {
      id: 'business-linked-roles',
      kind: 'next',
      roles: BUSINESS_ROLES,
      text: {
        en: 'Give each person the role they need: BAM, Program Account Manager (PAM), Editor or Reader.',
        fr: "Donnez à chaque personne le rôle dont elle a besoin : gestionnaire de compte d'entreprise, gestionnaire de compte de programme, rédacteur ou lecteur.",
      },
      source: SRC.coleDelegating,
    },
    {
      id: 'business-linked-leavers',
      kind: 'next',
      roles: BUSINESS_ROLES,
      text: {
        en: 'When someone leaves, remove their access under Setup my portal, then Manage my employees.',
        fr: "Quand une personne quitte l'entreprise, retirez son accès dans la configuration de votre portail, puis la gestion de vos employés.",
      },
      source: SRC.videoEmployees,
    },
    {
      id: 'business-linked-no-bam',
      kind: 'next',
      roles: BUSINESS_ROLES,
      text: {
        en: 'If your only BAM has left, contact the CARM helpdesk: it handles locked accounts and changes to business accounts.',
        fr: "Votre seul gestionnaire de compte d'entreprise est parti? Communiquez avec le centre d'assistance de la GCRA : il traite les comptes bloqués et les changements aux comptes d'entreprise.",
      },
      source: SRC.helpdesk,
    },
    {
      id: 'business-linked-next-importer',
      kind: 'next',
      roles: IMPORTER_ROLES,
      text: {
        en: "Next, approve your customs broker's delegation request.",
        fr: 'Ensuite, approuvez la demande de délégation de votre courtier en douane.',
      },
      source: SRC.cn2516,
    },
    {
      id: 'business-linked-next-broker',
      kind: 'next',
      roles: ['broker'],
      text: {
        en: 'Next, request delegation from each importer client.',
        fr: 'Ensuite, demandez une délégation de pouvoirs à chaque client importateur.',
      },
      source: SRC.coleDelegating,
    },
  ],
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
  fieldTips: [],
  errors: [],
  sources: [SRC.firstBam, SRC.coleConfused, SRC.cn2516, SRC.coleDelegating, SRC.videoEmployees, SRC.helpdesk],
});
