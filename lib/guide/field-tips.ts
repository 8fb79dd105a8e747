import { type FieldTip, fieldTipSchema } from './schema';
import { SRC, uncertain } from './sources';

// Label fragments follow the wording of CBSA's videos where known (carm-facts.md §6.4); the rest are likely labels.
/** Tips attached to form fields, found by their label; `format` picks an on-the-spot hint from formats.ts. */
export const FIELD_TIPS: readonly FieldTip[] = fieldTipSchema.array().parse([
  {
    id: 'field-bn9',
    page: 'business-identifiers',
    field: { en: ['business number', 'bn9'], fr: ["numéro d'entreprise", 'ne9'] },
    format: 'bn9',
    text: {
      en: 'Enter the 9 digits of your Business Number (BN9), without the RM part.',
      fr: "Entrez les 9 chiffres de votre numéro d'entreprise (NE9), sans la partie RM.",
    },
    source: SRC.startPage,
  },
  {
    id: 'field-program-account',
    page: 'business-identifiers',
    field: {
      en: ['program reference number', 'program account', 'reference number'],
      fr: ['numéro de référence du programme', 'compte de programme', 'numéro de référence'],
    },
    format: 'program-account',
    text: {
      en: 'Enter RM and 4 digits, for example RM0001: that is your import-export program account.',
      fr: "Entrez RM suivi de 4 chiffres, par exemple RM0001 : c'est votre compte de programme d'importation-exportation.",
    },
    source: SRC.startPage,
  },
  {
    id: 'field-legal-name',
    page: 'business-information',
    field: {
      en: ['legal name', 'business name'],
      fr: ['nom légal', 'dénomination sociale', "nom de l'entreprise"],
    },
    format: 'legal-name',
    text: {
      en: 'Type the legal name exactly as on CBSA records, punctuation included.',
      fr: "Tapez le nom légal exactement comme dans les dossiers de l'ASFC, ponctuation comprise.",
    },
    source: SRC.videoLink,
  },
  {
    id: 'field-address',
    page: 'business-information',
    field: {
      en: ['address', 'street', 'city', 'postal code', 'zip code'],
      fr: ['adresse', 'rue', 'ville', 'code postal'],
    },
    format: 'address',
    text: {
      en: 'Type the address exactly as on your CRA and CBSA records.',
      fr: "Tapez l'adresse exactement comme dans vos dossiers de l'ARC et de l'ASFC.",
    },
    source: SRC.farrow,
  },
  {
    id: 'field-transaction-number',
    page: 'business-verification',
    field: { en: ['transaction number'], fr: ['numéro de transaction'] },
    format: 'transaction-number',
    text: {
      en: 'Enter a 14-digit transaction number, digits only.',
      fr: 'Entrez un numéro de transaction de 14 chiffres, sans autre caractère.',
    },
    source: SRC.ediInfo,
  },
  {
    id: 'field-transaction-number-carm',
    page: 'business-verification',
    field: { en: ['transaction number'], fr: ['numéro de transaction'] },
    text: {
      en: 'A 19-digit CARM number ends with a 5-digit version. The question likely wants the first 14 digits (reported by brokers; not confirmed by CBSA).',
      fr: "Un numéro de la GCRA de 19 chiffres se termine par une version de 5 chiffres. La question demande sans doute les 14 premiers chiffres (signalé par des courtiers; non confirmé par l'ASFC).",
    },
    source: uncertain(SRC.carmVersion),
  },
  {
    id: 'field-duties-taxes',
    page: 'business-verification',
    field: { en: ['duties and taxes', 'total duties'], fr: ['droits et taxes'] },
    format: 'amount',
    text: {
      en: 'Enter the total duties and taxes on that transaction, in dollars and cents. $0.00 is accepted.',
      fr: 'Entrez le total des droits et taxes de cette transaction, en dollars et en cents. 0,00 $ est accepté.',
    },
    source: SRC.affinity,
  },
  {
    id: 'field-payment-date',
    page: 'business-verification',
    field: { en: ['payment date', 'date of payment'], fr: ['date du paiement', 'date de paiement'] },
    format: 'date',
    text: {
      en: 'Enter the date of a payment you made to CBSA.',
      fr: "Entrez la date d'un paiement que vous avez fait à l'ASFC.",
    },
    source: SRC.affinity,
  },
  {
    id: 'field-payment-amount',
    page: 'business-verification',
    field: { en: ['payment amount', 'amount paid'], fr: ['montant du paiement', 'montant payé'] },
    format: 'amount',
    text: {
      en: 'Enter the amount paid on that date, in dollars and cents.',
      fr: 'Entrez le montant payé à cette date, en dollars et en cents.',
    },
    source: SRC.affinity,
  },
  {
    id: 'field-soa-date',
    page: 'business-verification',
    field: { en: ['statement date', 'statement of account date'], fr: ['date du relevé'] },
    format: 'date',
    text: {
      en: 'Enter the date of a Statement of Account (SOA).',
      fr: "Entrez la date d'un relevé de compte.",
    },
    source: SRC.affinity,
  },
  {
    id: 'field-soa-balance',
    page: 'business-verification',
    field: { en: ['balance', 'statement balance'], fr: ['solde'] },
    format: 'amount',
    text: {
      en: 'Enter the statement balance on that date, in dollars and cents. $0.00 is not accepted.',
      fr: "Entrez le solde du relevé à cette date, en dollars et en cents. 0,00 $ n'est pas accepté.",
    },
    source: SRC.affinity,
  },
  {
    id: 'field-employer-bn9',
    page: 'employee-access-request',
    field: { en: ['business number', 'bn9'], fr: ["numéro d'entreprise", 'ne9'] },
    format: 'bn9',
    text: {
      en: "Enter your employer's 9-digit Business Number (BN9).",
      fr: "Entrez le numéro d'entreprise à 9 chiffres (NE9) de votre employeur.",
    },
    source: SRC.borderBuddyForm,
  },
  {
    id: 'field-mfa-passcode',
    page: 'mfa-setup',
    field: {
      en: ['passcode', 'one-time', 'verification code'],
      fr: ['code à usage unique', 'code de vérification', 'code'],
    },
    text: {
      en: 'Enter the one-time passcode the portal just sent you.',
      fr: 'Entrez le code à usage unique que le portail vient de vous envoyer.',
    },
    source: SRC.videoAccount,
  },
]);
