import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'employee-access-request',
  step: 'employee-access',
  rule: {
    headings: {
      en: ['employee access request', 'request access to my employer'],
      fr: ["demande d'acces employe", "demande d'acces d'employe", "demander l'acces a mon employeur"],
    },
    labels: { en: ['business number', 'comment'], fr: ["numero d'entreprise", 'commentaire'] },
    actions: { en: ['submit', 'search'], fr: ['soumettre', 'rechercher'] },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Employee access request',
    fr: "Demande d'accès d'employé",
  },
  tips: [
    {
      id: 'employee-access-request-enter',
      kind: 'enter',
      text: {
        en: "Enter your employer's 9-digit Business Number (BN9), add a comment, then submit.",
        fr: "Entrez le numéro d'entreprise à 9 chiffres (NE9) de votre employeur, ajoutez un commentaire, puis soumettez.",
      },
      source: SRC.borderBuddyForm,
    },
    {
      id: 'employee-access-request-bam',
      kind: 'have-ready',
      text: {
        en: "Tell your employer's Business Account Manager (BAM) to expect your request: they approve it.",
        fr: "Prévenez le gestionnaire de compte d'entreprise de votre employeur : c'est cette personne qui approuve votre demande.",
      },
      source: SRC.borderBuddyForm,
    },
    {
      id: 'employee-access-request-wait',
      kind: 'next',
      text: {
        en: "Watch your email: you'll get a message when the BAM responds.",
        fr: "Surveillez vos courriels : vous recevrez un message quand le gestionnaire de compte d'entreprise aura répondu.",
      },
      source: SRC.borderBuddyForm,
    },
  ],
  fieldTips: [
    {
      id: 'field-employer-bn9',
      field: { en: ['business number', 'bn9'], fr: ["numéro d'entreprise", 'ne9'] },
      format: 'bn9',
      text: {
        en: "Enter your employer's 9-digit Business Number (BN9).",
        fr: "Entrez le numéro d'entreprise à 9 chiffres (NE9) de votre employeur.",
      },
      source: SRC.borderBuddyForm,
    },
  ],
  errors: [],
  sources: [SRC.borderBuddyForm],
});
