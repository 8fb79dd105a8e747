import type { Text } from '../i18n/text';
import type { ErrorId } from './ids';
import {
  type ErrorCodeHelp,
  type ErrorHelp,
  errorCodeHelpSchema,
  errorHelpSchema,
  KNOWN_ERROR_CODES,
} from './schema';
import { SRC } from './sources';

// CBSA's help tool (SRC.helpTool) has a topic for each message below; we quote the topic's name so the user can
// pick it, and say only what the message itself or a cited page says. Topic names are quoted in English: the
// French version of the tool was not seen, so their French names are not known.

/** The CARM helpdesk, from CBSA's "CARM client service and helpdesk" page (SRC.helpdesk). */
export const HELPDESK_CONTACT: Text = {
  en: '1-800-461-9999 (toll-free from Canada or the US) or, from elsewhere, 1-204-983-3500 or 1-506-636-5064. Choose your language, then press 2. Monday to Friday, 7 am to 7 pm Eastern time.',
  fr: "1-800-461-9999 (sans frais au Canada et aux États-Unis) ou, d'ailleurs, 1-204-983-3500 ou 1-506-636-5064. Choisissez votre langue, puis faites le 2. Du lundi au vendredi, de 7 h à 19 h, heure de l'Est.",
};
const HELPDESK: Text = {
  en: `If that does not solve it, call the CARM helpdesk: ${HELPDESK_CONTACT.en} For non-urgent requests, use CBSA's online client support contact form.`,
  fr: `Si le problème persiste, appelez le centre d'assistance de la GCRA : ${HELPDESK_CONTACT.fr} Pour une demande non urgente, utilisez le formulaire de contact en ligne de l'ASFC.`,
};

/** Joins an action with the helpdesk line, in both languages. */
const thenHelpdesk = (action: Text): Text => ({
  en: `${action.en} ${HELPDESK.en}`,
  fr: `${action.fr} ${HELPDESK.fr}`,
});

/** "In CBSA's help tool, choose …": the topic's English name, marked as such in French. */
const helpTopic = (topic: string): Text => ({
  en: `In CBSA's help tool, choose "${topic}".`,
  fr: `Dans l'outil d'aide de l'ASFC, choisissez « ${topic} » (nom anglais du sujet).`,
});

const join = (...parts: Text[]): Text => ({
  en: parts.map((p) => p.en).join(' '),
  fr: parts.map((p) => p.fr).join(' '),
});

/** What each known portal error means and what to do. */
export const ERROR_HELP: readonly ErrorHelp[] = errorHelpSchema.array().parse([
  {
    id: 'name-address-mismatch',
    title: { en: 'Legal name or address does not match', fr: "Le nom légal ou l'adresse ne correspond pas" },
    meaning: {
      en: 'What you entered is not exactly what CBSA has on file. Even the punctuation must match.',
      fr: "Ce que vous avez entré n'est pas exactement ce que l'ASFC a dans ses dossiers. Même la ponctuation doit correspondre.",
    },
    action: thenHelpdesk(
      join(
        {
          en: 'Enter the legal name, not a trade name, and the address exactly as CBSA has them. Then try again.',
          fr: "Entrez le nom légal, et non le nom commercial, et l'adresse exactement comme l'ASFC les a. Puis réessayez.",
        },
        helpTopic('Message - Error on legal name or address'),
      ),
    ),
    source: SRC.videoLink,
  },
  {
    id: 'bn-not-accepted',
    title: { en: 'Business number not accepted', fr: "Numéro d'entreprise non accepté" },
    meaning: {
      en: 'The portal did not accept the Business Number (BN9) you entered.',
      fr: "Le portail n'a pas accepté le numéro d'entreprise (NE9) que vous avez entré.",
    },
    action: thenHelpdesk(
      join(
        {
          en: 'Check the 9 digits. A non-resident business needs a BN9 from the Canada Revenue Agency (CRA) first.',
          fr: "Vérifiez les 9 chiffres. Une entreprise non résidente doit d'abord obtenir un NE9 de l'Agence du revenu du Canada (ARC).",
        },
        helpTopic('Business number not accepted'),
      ),
    ),
    source: SRC.helpTool,
  },
  {
    id: 'registration-failed',
    title: { en: 'Registration failed', fr: "Échec de l'inscription" },
    meaning: {
      en: 'The portal could not finish registering your business. One cause CBSA names: a non-resident business registering without a BN9 from the CRA.',
      fr: "Le portail n'a pas pu terminer l'enregistrement de votre entreprise. Une cause que nomme l'ASFC : une entreprise non résidente qui s'inscrit sans NE9 de l'ARC.",
    },
    action: thenHelpdesk(helpTopic('Registration failed')),
    source: SRC.startPage,
  },
  {
    id: 'manual-registration',
    title: {
      en: 'Your business account must be registered manually',
      fr: "Votre compte d'entreprise doit être enregistré manuellement",
    },
    meaning: {
      en: 'The portal says your business account must be registered manually, so you cannot finish online.',
      fr: "Le portail indique que votre compte d'entreprise doit être enregistré manuellement; vous ne pouvez donc pas terminer en ligne.",
    },
    action: thenHelpdesk(helpTopic('Message - your business account must be manually registered')),
    source: SRC.helpTool,
  },
  {
    id: 'register-unavailable',
    title: {
      en: 'Register my business is unavailable',
      fr: "L'option Enregistrer mon entreprise n'est pas offerte",
    },
    meaning: {
      en: 'The First time setup page does not offer the Register my business option.',
      fr: "La page de première configuration n'offre pas l'option Enregistrer mon entreprise.",
    },
    action: thenHelpdesk(helpTopic('"Register my business option" is unavailable')),
    source: SRC.helpTool,
  },
  {
    id: 'program-account-problem',
    title: {
      en: 'Problem adding CRA program accounts',
      fr: "Problème d'ajout des comptes de programme de l'ARC",
    },
    meaning: {
      en: 'The portal could not add program accounts to your Business Number.',
      fr: "Le portail n'a pas pu ajouter de comptes de programme à votre numéro d'entreprise.",
    },
    action: thenHelpdesk(helpTopic('Problem adding CRA program accounts to your business number')),
    source: SRC.helpTool,
  },
  {
    id: 'error-code',
    title: { en: 'Error code (EC-…)', fr: "Code d'erreur (EC-…)" },
    meaning: {
      en: `CBSA's help tool has a topic for ${KNOWN_ERROR_CODES.join(', ')}, and one for other codes.`,
      fr: `L'outil d'aide de l'ASFC a un sujet pour ${KNOWN_ERROR_CODES.join(', ')}, et un autre pour les autres codes.`,
    },
    action: thenHelpdesk({
      en: "Note the code and the time. In CBSA's help tool, choose Error code, then your code or Other.",
      fr: "Notez le code et l'heure. Dans l'outil d'aide de l'ASFC, choisissez le sujet des codes d'erreur, puis votre code ou « Other » (nom anglais de l'option).",
    }),
    source: SRC.helpTool,
  },
]);

/** Help for one EC code; codes CBSA's help tool lists get their own topic, others its "Other" topic. */
export const codeHelp = (code: string, listed: boolean): ErrorCodeHelp =>
  errorCodeHelpSchema.parse({
    code,
    meaning: listed
      ? {
          en: `CBSA's help tool has a topic for ${code}.`,
          fr: `L'outil d'aide de l'ASFC a un sujet pour le code ${code}.`,
        }
      : {
          en: `${code} is not one of the codes CBSA's help tool lists (${KNOWN_ERROR_CODES.join(', ')}).`,
          fr: `Le code ${code} ne fait pas partie des codes que l'outil d'aide de l'ASFC énumère (${KNOWN_ERROR_CODES.join(', ')}).`,
        },
    action: thenHelpdesk(
      listed
        ? {
            en: `Note the time. In CBSA's help tool, choose Error code, then ${code}.`,
            fr: `Notez l'heure. Dans l'outil d'aide de l'ASFC, choisissez le sujet des codes d'erreur, puis ${code}.`,
          }
        : {
            en: "Note the code and the time. In CBSA's help tool, choose Error code, then Other.",
            fr: "Notez le code et l'heure. Dans l'outil d'aide de l'ASFC, choisissez le sujet des codes d'erreur, puis « Other » (nom anglais de l'option).",
          },
    ),
    source: listed ? SRC.helpTool : SRC.helpdesk,
  });

/** The codes CBSA's help tool lists; each points to its topic there and to the helpdesk. */
export const ERROR_CODE_HELP: Readonly<Record<(typeof KNOWN_ERROR_CODES)[number], ErrorCodeHelp>> = {
  'EC-1012': codeHelp('EC-1012', true),
  'EC-1023': codeHelp('EC-1023', true),
  'EC-1029': codeHelp('EC-1029', true),
};

export const ERROR_HELP_BY_ID = new Map<ErrorId, ErrorHelp>(ERROR_HELP.map((help) => [help.id, help]));
