import { SRC, uncertain } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'business-verification',
  step: 'link-business',
  rule: {
    headings: {
      en: [
        'verify your business',
        'business verification',
        'verification questions',
        'validate transaction information',
        'validate your transaction information',
      ],
      fr: [
        'verifier votre entreprise',
        "verification de l'entreprise",
        'questions de verification',
        'valider les renseignements',
        'validez les renseignements',
      ],
    },
    labels: {
      en: [
        'transaction number',
        'duties and taxes',
        'payment date',
        'payment amount',
        'statement of account',
        'statement balance',
      ],
      fr: [
        'numero de transaction',
        'droits et taxes',
        'date du paiement',
        'montant du paiement',
        'releve de compte',
        'solde du releve',
      ],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Verification questions',
    fr: 'Questions de vérification',
  },
  tips: [
    {
      id: 'business-verification-have-ready',
      kind: 'have-ready',
      text: {
        en: 'Have your Daily Notice or Statement of Account (SOA) open, or the answers your broker gave you.',
        fr: 'Ayez votre avis quotidien ou votre relevé de compte sous les yeux, ou les réponses fournies par votre courtier.',
      },
      source: SRC.videoLink,
    },
    {
      id: 'business-verification-two-of-three',
      kind: 'enter',
      text: {
        en: 'Answer 2 of the 3 questions, or 1 if you have only one kind of record.',
        fr: "Répondez à 2 des 3 questions, ou à 1 seule si vous n'avez qu'un type de document.",
      },
      source: SRC.affinity,
    },
    {
      id: 'business-verification-no-data',
      kind: 'enter',
      text: {
        en: 'No transaction, payment or statement yet? The portal asks only the questions your account has data for.',
        fr: 'Pas encore de transaction, de paiement ni de relevé? Le portail ne pose que les questions pour lesquelles votre compte a des données.',
      },
      source: SRC.affinity,
    },
    {
      id: 'business-verification-zero-balance',
      kind: 'pitfall',
      text: {
        en: 'Pick a statement date with a balance: $0.00 is not accepted for that question.',
        fr: "Choisissez la date d'un relevé qui présente un solde : 0,00 $ n'est pas accepté pour cette question.",
      },
      source: SRC.affinity,
    },
    {
      id: 'business-verification-lock-out',
      kind: 'enter',
      text: {
        en: 'Check each answer before you submit. Brokers report a lock-out after 10 errors (not confirmed by CBSA).',
        fr: "Vérifiez chaque réponse avant de soumettre. Des courtiers signalent un blocage après 10 erreurs (non confirmé par l'ASFC).",
      },
      source: uncertain(SRC.colePrepare),
    },
  ],
  fieldTips: [
    {
      id: 'field-transaction-number',
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
      field: { en: ['transaction number'], fr: ['numéro de transaction'] },
      text: {
        en: 'A 19-digit CARM number ends with a 5-digit version. The question likely wants the first 14 digits (reported by brokers; not confirmed by CBSA).',
        fr: "Un numéro de la GCRA de 19 chiffres se termine par une version de 5 chiffres. La question demande sans doute les 14 premiers chiffres (signalé par des courtiers; non confirmé par l'ASFC).",
      },
      source: uncertain(SRC.carmVersion),
    },
    {
      id: 'field-duties-taxes',
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
      field: { en: ['balance', 'statement balance'], fr: ['solde'] },
      format: 'amount',
      text: {
        en: 'Enter the statement balance on that date, in dollars and cents. $0.00 is not accepted.',
        fr: "Entrez le solde du relevé à cette date, en dollars et en cents. 0,00 $ n'est pas accepté.",
      },
      source: SRC.affinity,
    },
  ],
  errors: ['error-code'],
  sources: [SRC.videoLink, SRC.affinity, SRC.colePrepare, SRC.ediInfo, SRC.carmVersion],
});
