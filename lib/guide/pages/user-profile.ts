import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'user-profile',
  step: 'account',
  rule: {
    headings: {
      en: ['user profile', 'personal profile', 'your profile'],
      fr: ["profil de l'utilisateur", 'profil personnel', 'votre profil', "profil d'utilisateur"],
    },
    labels: {
      en: ['first name', 'last name', 'preferred language', 'phone number', 'email'],
      fr: ['prenom', 'nom de famille', 'langue de preference', 'numero de telephone', 'courriel'],
    },
    absentHeadings: { en: ['business'], fr: ['entreprise'] },
  },
} as const satisfies PageBasics;

/** Everything the guide says on this page; a function, so a bundle that needs only `basics` leaves it out. */
export const page = (): PageModule => ({
  ...basics,
  name: {
    en: 'Your user profile',
    fr: "Votre profil d'utilisateur",
  },
  tips: [
    {
      id: 'user-profile-enter',
      kind: 'enter',
      text: {
        en: 'Enter your name, phone, email and preferred language.',
        fr: 'Entrez votre nom, votre téléphone, votre courriel et votre langue de préférence.',
      },
      source: SRC.farrow,
    },
    {
      id: 'user-profile-work',
      kind: 'pitfall',
      text: {
        en: 'Use your work email and phone number, not personal ones.',
        fr: 'Utilisez votre courriel et votre numéro de téléphone au travail, pas vos coordonnées personnelles.',
      },
      source: SRC.farrow,
    },
  ],
  fieldTips: [],
  errors: [],
  sources: [SRC.farrow],
});
