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
      en: ['one-time passcode', 'passcode', 'verification code'],
      fr: ['code de verification', 'code a usage unique'],
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
      id: 'mfa-setup-enter',
      kind: 'enter',
      text: {
        en: 'Set up multi-factor authentication (MFA): the portal requires it before you go on.',
        fr: "Configurez l'authentification à facteurs multiples : le portail l'exige avant de continuer.",
      },
      source: SRC.videoAccount,
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
  sources: [SRC.videoAccount, SRC.helpTool],
});
