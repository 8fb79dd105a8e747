import { SRC } from '../sources';
import { IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'third-party-requests',
  step: 'delegate',
  rule: {
    headings: {
      en: ['pending third party requests', 'manage pending third party requests', 'received requests'],
      fr: ['demandes de tiers en attente', 'gerer les demandes de tiers en attente', 'demandes recues'],
    },
    actions: { en: ['approve', 'reject', 'details'], fr: ['approuver', 'rejeter', 'details'] },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Pending third-party requests',
    fr: 'Demandes de tiers en attente',
  },
  tips: [
    {
      id: 'third-party-requests-who',
      kind: 'have-ready',
      text: {
        en: 'Only a Business Account Manager (BAM) or Program Account Manager (PAM) can approve a request.',
        fr: "Seul un gestionnaire de compte d'entreprise ou un gestionnaire de compte de programme peut approuver une demande.",
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'third-party-requests-details',
      kind: 'enter',
      text: {
        en: 'Open Details to check each request before you approve it.',
        fr: "Ouvrez les détails de chaque demande pour la vérifier avant de l'approuver.",
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'third-party-requests-inbox',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: "Requests arrive under Received requests, like an email inbox. The green check mark approves; open Details first to read the third party's comments.",
        fr: "Les demandes arrivent sous Demandes reçues, comme dans une boîte de réception. Le crochet vert approuve; ouvrez d'abord les détails pour lire les commentaires du tiers.",
      },
      source: SRC.ccb,
    },
    {
      id: 'third-party-requests-reject',
      kind: 'pitfall',
      text: {
        en: "Reject requests from firms you don't work with.",
        fr: 'Rejetez les demandes des entreprises avec lesquelles vous ne faites pas affaire.',
      },
      source: SRC.coleConfused,
    },
    {
      id: 'third-party-requests-pending',
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: "Don't leave your broker's request pending: their Commercial Accounting Declarations (CADs) are rejected and late accounting penalties follow.",
        fr: 'Ne laissez pas la demande de votre courtier en attente. Sinon, ses déclarations en détail commerciales (DDC) sont rejetées et des pénalités pour déclaration en détail tardive suivent.',
      },
      source: SRC.cn2516,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.ccb, SRC.videoThirdParty, SRC.coleConfused, SRC.cn2516],
});
