import { SRC } from '../sources';
import { IMPORTER_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-relationships',
  step: 'delegate',
  rule: {
    headings: {
      en: ['manage business relationships', 'business relationships'],
      fr: ["gerer les relations d'affaires", "relations d'affaires"],
    },
    absentHeadings: {
      en: ['relationship details', 'request details'],
      fr: ['details de la relation', 'details de la demande'],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Business relationships',
    fr: "Relations d'affaires",
  },
  tips: [
    {
      id: 'business-relationships-enter',
      kind: 'enter',
      roles: IMPORTER_ROLES,
      text: {
        en: "Find your broker's request, then choose Approve, Reject or Details.",
        fr: "Trouvez la demande de votre courtier, puis choisissez d'approuver, de rejeter ou d'afficher les détails.",
      },
      source: SRC.videoThirdParty,
    },
    {
      id: 'business-relationships-broker',
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
      kind: 'pitfall',
      roles: IMPORTER_ROLES,
      text: {
        en: "A pending request means your broker can't send your accounting (Customs Notice 25-16).",
        fr: 'Une demande en attente signifie que votre courtier ne peut pas transmettre vos déclarations (Avis des douanes 25-16).',
      },
      source: SRC.cn2516,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.videoThirdParty, SRC.coleConfused, SRC.cn2516],
});
