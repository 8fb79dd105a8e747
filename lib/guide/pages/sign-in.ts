import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'sign-in',
  step: 'account',
  rule: {
    // Facts §2.1: /en/auth/login and /fr/auth/login are the only sign-in paths seen.
    paths: [/^\/auth\/login\/?$/],
    headings: { en: ['sign in', 'sign-in'], fr: ['ouvrir une session', 'connexion'] },
    actions: {
      en: ['continue to gckey', 'continue to sign-in partner', 'sign-in partner'],
      fr: ['clegc', 'poursuivre vers un partenaire de connexion', 'partenaire de connexion'],
    },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Sign in',
    fr: 'Ouverture de session',
  },
  tips: [
    {
      id: 'sign-in-choose',
      kind: 'enter',
      text: {
        en: 'Choose GCKey or a Sign-in Partner, such as your bank, to sign in.',
        fr: 'Choisissez CléGC ou un partenaire de connexion, comme votre banque, pour ouvrir une session.',
      },
      source: SRC.videoAccount,
    },
    {
      id: 'sign-in-own',
      kind: 'pitfall',
      text: {
        en: "Use your own sign-in, not a colleague's: each person needs their own user account.",
        fr: "Utilisez vos propres justificatifs, pas ceux d'un collègue : chaque personne a besoin de son propre compte d'utilisateur.",
      },
      source: SRC.coleDelegating,
    },
    {
      id: 'sign-in-180-days',
      kind: 'pitfall',
      text: {
        en: 'Sign in at least once every 180 days. Inactive profiles are turned off, and only the helpdesk can turn them back on.',
        fr: "Ouvrez une session au moins une fois tous les 180 jours. Les profils inactifs sont désactivés, et seul le centre d'assistance peut les réactiver.",
      },
      source: SRC.deactivation,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.videoAccount, SRC.coleDelegating, SRC.deactivation],
});
