import type { Lang } from '../i18n/text';

// The journey's own words. The guide counts "parts", never "steps", so that it never reads like the portal's
// own wizard counter ("Step 1 of 4") on the same screen.
const J = {
  part: { en: 'Part {n} · {name}', fr: 'Partie {n} · {name}' },
  partsHeading: { en: 'Your registration, part by part', fr: 'Votre inscription, partie par partie' },
  youAreAt: { en: 'You are at', fr: 'Vous en êtes à' },
  hereLabel: { en: 'On this page:', fr: 'Sur cette page :' },
  nextLabel: { en: 'Next:', fr: 'Ensuite :' },
  onPage: { en: 'On {page}:', fr: 'À la page {page} :' },
  thisPagePart: { en: 'This page belongs to {part}.', fr: 'Cette page fait partie de la {part}.' },
  portalStepNote: {
    en: 'The portal numbers its own screens; this is {part} of your registration.',
    fr: 'Le portail numérote ses propres écrans; vous êtes à la {part} de votre inscription.',
  },
  state_done: { en: 'done', fr: 'terminée' },
  state_passed: { en: 'passed on the portal', fr: 'franchie dans le portail' },
  'state_in-progress': { en: 'in progress', fr: 'en cours' },
  'state_not-started': { en: 'not started', fr: 'pas commencée' },
  current: { en: 'you are here', fr: 'vous êtes ici' },
  complete: {
    en: 'Every part is done for this business.',
    fr: 'Toutes les parties sont terminées pour cette entreprise.',
  },
  openPortal: { en: 'Open the CARM Client Portal', fr: 'Ouvrir le portail client de la GCRA' },
  opensNewTab: { en: '(opens in a new tab)', fr: '(s’ouvre dans un nouvel onglet)' },
  source: { en: 'Source', fr: 'Source' },
  notConfirmed: { en: 'not confirmed by CBSA', fr: "non confirmé par l'ASFC" },
} as const;

export type JourneyKey = keyof typeof J;
export type JourneyStrings = Record<JourneyKey, string>;

export const journeyStrings = (lang: Lang): JourneyStrings =>
  Object.fromEntries(Object.entries(J).map(([k, v]) => [k, v[lang]])) as JourneyStrings;
