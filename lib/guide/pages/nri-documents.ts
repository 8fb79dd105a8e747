import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'nri-documents',
  step: 'link-business',
  rule: {
    headings: {
      en: ['supporting documents', 'upload documents', 'non-resident importer documents'],
      fr: [
        "documents a l'appui",
        'televerser des documents',
        // CBSA's own French for "upload" is « télécharger » (video r1-6 title, docs/facts.md §6).
        'telecharger des documents',
        'documents justificatifs',
        'importateur non resident',
      ],
    },
    labels: { en: ['bsf900', 'upload', 'attach'], fr: ['bsf900', 'televerser', 'joindre'] },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Documents for non-resident importers',
    fr: 'Documents des importateurs non résidents',
  },
  tips: [
    {
      id: 'nri-documents-upload',
      kind: 'enter',
      text: {
        en: 'Upload the BSF900 and its supporting documents, such as a corporate registry extract and a current proof of good standing.',
        fr: 'Téléversez le BSF900 et ses pièces justificatives, comme un extrait du registre des entreprises et une preuve de statut valide récente.',
      },
      source: SRC.bsf900Cbsa,
    },
    {
      id: 'nri-documents-complete',
      kind: 'pitfall',
      text: {
        en: 'Send a complete file: CBSA officers start the review only when every document is in.',
        fr: "Envoyez un dossier complet : les agents de l'ASFC commencent l'examen seulement quand tous les documents sont reçus.",
      },
      source: SRC.coleUpdates,
    },
    {
      id: 'nri-documents-review-time',
      kind: 'next',
      text: {
        en: 'Expect a manual review: it took about 30 business days on average in January 2025.',
        fr: 'Prévoyez un examen manuel : en janvier 2025, il prenait en moyenne environ 30 jours ouvrables.',
      },
      source: SRC.coleUpdates,
    },
  ],
  fieldTips: [],
  errors: ['registration-failed'],
  sources: [SRC.coleUpdates, SRC.bsf900Cbsa],
});
