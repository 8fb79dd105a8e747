import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'mfa-setup',
  step: 'account',
  rule: {
    headings: {
      en: ['multi-factor authentication', 'multifactor authentication'],
      fr: ['authentification a facteurs multiples', 'authentification multifacteur'],
    },
    labels: {
      en: ['one-time passcode', 'passcode', 'verification code', 'confirm email address'],
      fr: ['code de verification', 'code a usage unique', "code d'acces", "confirmer l'adresse courriel"],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Multi-factor authentication',
    fr: 'Authentification à facteurs multiples',
  },
  tips: [
    {
      id: 'mfa-setup-email',
      kind: 'enter',
      text: {
        en: 'Type your email address twice, accept the privacy and consent statement, then select Continue.',
        fr: "Tapez votre adresse courriel deux fois, acceptez l'avis de confidentialité et de consentement, puis sélectionnez Continuer.",
      },
      source: SRC.mfaHelp,
    },
    {
      id: 'mfa-setup-passcode',
      kind: 'enter',
      text: {
        en: 'Next, enter the passcode sent to that address and select Submit. An expired passcode is refused: ask for a new one.',
        fr: 'Entrez ensuite le code envoyé à cette adresse et sélectionnez Soumettre. Un code expiré est refusé : demandez-en un nouveau.',
      },
      source: SRC.mfaHelp,
    },
    {
      id: 'mfa-setup-help',
      kind: 'pitfall',
      text: {
        en: "No passcode, or locked out? CBSA's help tool covers these multi-factor authentication problems.",
        fr: "Aucun code reçu ou accès bloqué? L'outil d'aide de l'ASFC traite ces problèmes d'authentification à facteurs multiples.",
      },
      source: SRC.helpTool,
    },
  ],
  fieldTips: [
    {
      id: 'field-mfa-email-confirm',
      field: { en: ['confirm email', 'confirm e-mail'], fr: ["confirmer l'adresse courriel", 'confirmez'] },
      text: {
        en: 'Type the same email address again: both must match.',
        fr: 'Tapez de nouveau la même adresse courriel : les deux doivent être identiques.',
      },
      source: SRC.mfaHelp,
    },
    {
      id: 'field-mfa-passcode',
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
  ],
  errors: [],
  sources: [SRC.mfaHelp, SRC.videoAccount, SRC.helpTool],
});
