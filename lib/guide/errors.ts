import type { Text } from '../i18n/text';
import type { ErrorId } from './ids';
import {
  type ErrorCodeHelp,
  type ErrorHelp,
  errorCodeHelpSchema,
  errorHelpSchema,
  type KNOWN_ERROR_CODES,
} from './schema';
import { SRC } from './sources';

// docs/facts.md §5: the help tool lists these categories; the portal's causes are published only where cited.
const HELPDESK_CONTACT: Text = {
  en: '1-800-461-9999, choose your language, then press 2 (Monday to Friday, 7 am to 7 pm Eastern time).',
  fr: "1-800-461-9999, choisissez votre langue, puis faites le 2 (du lundi au vendredi, de 7 h à 19 h, heure de l'Est).",
};
const HELPDESK: Text = {
  en: `If that does not solve it, call the CARM helpdesk at ${HELPDESK_CONTACT.en}`,
  fr: `Si le problème persiste, appelez le centre d'assistance de la GCRA au ${HELPDESK_CONTACT.fr}`,
};

/** Joins an action with the helpdesk line, in both languages. */
const thenHelpdesk = (action: Text): Text => ({
  en: `${action.en} ${HELPDESK.en}`,
  fr: `${action.fr} ${HELPDESK.fr}`,
});

/** What each known portal error means and what to do. */
export const ERROR_HELP: readonly ErrorHelp[] = errorHelpSchema.array().parse([
  {
    id: 'name-address-mismatch',
    title: { en: 'Legal name or address does not match', fr: "Le nom légal ou l'adresse ne correspond pas" },
    meaning: {
      en: 'What you typed is not exactly what CBSA has on record. Even a comma or an abbreviation counts.',
      fr: "Ce que vous avez tapé n'est pas exactement ce que l'ASFC a dans ses dossiers. Même une virgule ou une abréviation compte.",
    },
    action: thenHelpdesk({
      en: 'Copy the legal name, not a trade name, and the address exactly as on your CRA and CBSA records. Then try again.',
      fr: "Copiez le nom légal, et non le nom commercial, ainsi que l'adresse exactement comme dans vos dossiers de l'ARC et de l'ASFC. Puis réessayez.",
    }),
    source: SRC.videoLink,
  },
  {
    id: 'bn-not-accepted',
    title: { en: 'Business number not accepted', fr: "Numéro d'entreprise non accepté" },
    meaning: {
      en: 'The portal did not accept the Business Number (BN9) you entered. CBSA does not publish every cause.',
      fr: "Le portail n'a pas accepté le numéro d'entreprise (NE9) que vous avez entré. L'ASFC ne publie pas toutes les causes.",
    },
    action: thenHelpdesk({
      en: "Check the 9 digits. Non-resident importers need a BN9 from the Canada Revenue Agency (CRA) before registering. CBSA's help tool has a topic for this message.",
      fr: "Vérifiez les 9 chiffres. Les importateurs non résidents doivent obtenir un NE9 de l'Agence du revenu du Canada (ARC) avant de s'inscrire. L'outil d'aide de l'ASFC traite ce message.",
    }),
    source: SRC.helpTool,
  },
  {
    id: 'registration-failed',
    title: { en: 'Registration failed', fr: "Échec de l'inscription" },
    meaning: {
      en: 'The portal could not finish linking your business. A known cause: a non-resident business registering without a BN9 from the CRA.',
      fr: "Le portail n'a pas pu terminer l'association de votre entreprise. Une cause connue : une entreprise non résidente qui s'inscrit sans NE9 de l'ARC.",
    },
    action: {
      en: `Open CBSA's help tool and choose Registration failed. Non-resident importers, and anyone the tool does not help, should call the CARM helpdesk at ${HELPDESK_CONTACT.en}`,
      fr: `Ouvrez l'outil d'aide de l'ASFC et choisissez le sujet sur l'échec de l'inscription. Les importateurs non résidents, et toute personne que l'outil n'aide pas, doivent appeler le centre d'assistance de la GCRA au ${HELPDESK_CONTACT.fr}`,
    },
    source: SRC.startPage,
  },
  {
    id: 'manual-registration',
    title: {
      en: 'Your business account must be registered manually',
      fr: "Votre compte d'entreprise doit être enregistré manuellement",
    },
    meaning: {
      en: 'The portal cannot link your business on its own, so CBSA has to do it.',
      fr: "Le portail ne peut pas associer votre entreprise lui-même; l'ASFC doit donc le faire.",
    },
    action: thenHelpdesk({
      en: "Follow the steps in CBSA's help tool for this message.",
      fr: "Suivez les étapes de l'outil d'aide de l'ASFC pour ce message.",
    }),
    source: SRC.helpTool,
  },
  {
    id: 'register-unavailable',
    title: {
      en: 'Register my business is unavailable',
      fr: "L'option Enregistrer mon entreprise n'est pas offerte",
    },
    meaning: {
      en: 'The portal does not offer the Register my business option. CBSA does not publish why.',
      fr: "Le portail n'offre pas l'option Enregistrer mon entreprise. L'ASFC n'en publie pas la raison.",
    },
    action: thenHelpdesk({
      en: "Open CBSA's help tool and choose the topic for this message.",
      fr: "Ouvrez l'outil d'aide de l'ASFC et choisissez le sujet qui traite de ce message.",
    }),
    source: SRC.helpTool,
  },
  {
    id: 'program-account-problem',
    title: {
      en: 'Problem adding CRA program accounts',
      fr: "Problème d'ajout des comptes de programme de l'ARC",
    },
    meaning: {
      en: 'The portal could not add program accounts to your Business Number. CBSA does not publish why.',
      fr: "Le portail n'a pas pu ajouter de comptes de programme à votre numéro d'entreprise. L'ASFC n'en publie pas la raison.",
    },
    action: thenHelpdesk({
      en: "Enter only one import-export account, such as RM0001: CBSA links the others. CBSA's help tool also has a topic for this message.",
      fr: "Entrez un seul compte d'importation-exportation, comme RM0001 : l'ASFC associe les autres. L'outil d'aide de l'ASFC traite aussi ce message.",
    }),
    source: SRC.helpTool,
  },
  {
    id: 'error-code',
    title: { en: 'Error code (EC-…)', fr: "Code d'erreur (EC-…)" },
    meaning: {
      en: 'CBSA does not publish what these codes mean. Its help tool lists EC-1012, EC-1023 and EC-1029.',
      fr: "L'ASFC ne publie pas la signification de ces codes. Son outil d'aide énumère EC-1012, EC-1023 et EC-1029.",
    },
    action: thenHelpdesk({
      en: "Note the code and the time. Then open CBSA's help tool and choose that code.",
      fr: "Notez le code et l'heure. Ouvrez ensuite l'outil d'aide de l'ASFC et choisissez ce code.",
    }),
    source: SRC.helpTool,
  },
]);

/** Help for one EC code; only codes CBSA's help tool lists get pointed to the tool. */
export const codeHelp = (code: string, listed: boolean): ErrorCodeHelp =>
  errorCodeHelpSchema.parse({
    code,
    meaning: {
      en: `CBSA does not publish what ${code} means.`,
      fr: `L'ASFC ne publie pas la signification du code ${code}.`,
    },
    action: listed
      ? thenHelpdesk({
          en: `Open CBSA's help tool and choose ${code}.`,
          fr: `Ouvrez l'outil d'aide de l'ASFC et choisissez ${code}.`,
        })
      : {
          en: `Note the code and the time, then call the CARM helpdesk: ${HELPDESK_CONTACT.en}`,
          fr: `Notez le code et l'heure, puis appelez le centre d'assistance de la GCRA : ${HELPDESK_CONTACT.fr}`,
        },
    source: listed ? SRC.helpTool : SRC.helpdesk,
  });

/** The codes CBSA's help tool lists; their meanings are not published, so each points to the help tool and helpdesk. */
export const ERROR_CODE_HELP: Readonly<Record<(typeof KNOWN_ERROR_CODES)[number], ErrorCodeHelp>> = {
  'EC-1012': codeHelp('EC-1012', true),
  'EC-1023': codeHelp('EC-1023', true),
  'EC-1029': codeHelp('EC-1029', true),
};

export const ERROR_HELP_BY_ID = new Map<ErrorId, ErrorHelp>(ERROR_HELP.map((help) => [help.id, help]));
