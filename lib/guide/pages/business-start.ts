import { SRC } from '../sources';
import { BUSINESS_ROLES, type PageBasics, type PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-start',
  step: 'link-business',
  rule: {
    // CBSA's video 2 shows this screen (read the required details, then "Next") but quotes none of its words, so
    // the phrases are likely wordings; the wizard's own title ("Register my business") is on every step.
    headings: {
      en: [
        'before you begin',
        'before you start',
        'what you need',
        'required details',
        'required information',
      ],
      fr: [
        'avant de commencer',
        'ce dont vous avez besoin',
        "ce qu'il vous faut",
        'renseignements requis',
        'details requis',
      ],
    },
    labels: {
      en: ['i have read', 'i understand'],
      fr: ["j'ai lu", 'je comprends'],
    },
    actions: { en: ['next'], fr: ['suivant'] },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Register my business: what you need',
    fr: "Enregistrer mon entreprise : ce qu'il vous faut",
  },
  tips: [
    {
      id: 'business-start-have-ready',
      kind: 'have-ready',
      roles: BUSINESS_ROLES,
      text: {
        en: 'Have ready your Business Number (BN9) and one import-export program account, for example RM0001. Also have the legal name and address exactly as CBSA has them, and the verification answers from your Daily Notice or Statement of Account.',
        fr: "Ayez sous la main votre numéro d'entreprise (NE9) et un compte de programme d'importation-exportation, par exemple RM0001. Ayez aussi le nom légal et l'adresse exactement comme l'ASFC les a, et les réponses tirées de votre avis quotidien ou relevé de compte.",
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-start-next',
      kind: 'enter',
      text: {
        en: 'Read the list of required details, then choose Next.',
        fr: 'Lisez la liste des renseignements requis, puis choisissez Suivant.',
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-start-nri',
      kind: 'pitfall',
      roles: ['nri'],
      text: {
        en: 'Non-resident importer? You need your Business Number from the Canada Revenue Agency (CRA) before you start, and your BSF900 agreement and supporting documents to upload.',
        fr: "Importateur non résident? Il vous faut, avant de commencer, votre numéro d'entreprise de l'Agence du revenu du Canada (ARC), votre entente BSF900 et les pièces justificatives à téléverser.",
      },
      source: SRC.startPage,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.videoLink, SRC.startPage],
});
