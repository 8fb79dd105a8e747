import { SRC } from '../sources';
import type { PageBasics, PageModule } from './page-module';

/** What the first-paint content script needs, exported apart from the tips so it can be bundled alone (rules.ts). */
export const basics = {
  id: 'user-profile',
  step: 'account',
  rule: {
    headings: {
      en: ['user profile', 'personal profile', 'your profile', 'user information'],
      fr: [
        "profil de l'utilisateur",
        'profil personnel',
        'votre profil',
        "profil d'utilisateur",
        "renseignements sur l'utilisateur",
      ],
    },
    labels: {
      en: [
        'first name',
        'last name',
        'preferred language',
        'phone number',
        'telephone number',
        'email',
        'e-mail',
      ],
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
        en: 'Under User Information, enter your name, telephone number and e-mail address. Under Settings and preferences, choose email notifications and your preferred language.',
        fr: "Sous Renseignements sur l'utilisateur, entrez votre nom, votre numéro de téléphone et votre adresse courriel. Sous Paramètres et préférences, choisissez les avis par courriel et votre langue de préférence.",
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
