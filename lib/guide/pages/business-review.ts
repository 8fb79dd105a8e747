import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-review',
  step: 'link-business',
  rule: {
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
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Review and submit',
    fr: 'Vérifier et soumettre',
  },
  tips: [
    {
      id: 'business-review-submit',
      kind: 'enter',
      text: {
        en: 'Check every detail, accept the terms and conditions, then submit.',
        fr: 'Vérifiez chaque renseignement, acceptez les conditions, puis soumettez.',
      },
      source: SRC.borderBuddyForm,
    },
    {
      id: 'business-review-terms',
      kind: 'have-ready',
      text: {
        en: 'Read the terms before you accept: they cover delegation between importers and brokers.',
        fr: 'Lisez les conditions avant de les accepter : elles portent sur la délégation entre importateurs et courtiers.',
      },
      source: SRC.borderBuddyForm,
    },
    {
      id: 'business-review-match',
      kind: 'pitfall',
      text: {
        en: 'Compare the name and address with your records once more: even punctuation must match.',
        fr: "Comparez encore une fois le nom et l'adresse avec vos dossiers : même la ponctuation doit correspondre.",
      },
      source: SRC.videoLink,
    },
  ],
  fieldTips: [],
  errors: ['registration-failed', 'manual-registration', 'error-code'],
  sources: [SRC.borderBuddyForm, SRC.videoLink],
});
