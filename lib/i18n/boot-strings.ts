import type { Text } from './text';

/** The few strings the overlay needs before its view arrives from the background (kept small: first paint). */
export const BOOT = {
  productName: { en: 'CARM Guide', fr: 'Guide GCRA' },
  unofficial: { en: 'Unofficial', fr: 'Non officiel' },
  collapse: { en: 'Hide the guide', fr: 'Masquer le Guide GCRA' },
  expand: { en: 'Show the guide', fr: 'Afficher le Guide GCRA' },
  panelLabel: { en: 'CARM Guide, unofficial help', fr: 'Guide GCRA, aide non officielle' },
  loading: { en: 'Loading the guide…', fr: 'Chargement du Guide GCRA…' },
  noConnection: {
    en: 'The guide could not load its tips. Reload the page to try again.',
    fr: 'Le Guide GCRA n’a pas pu charger ses conseils. Rechargez la page pour réessayer.',
  },
  openGuide: { en: 'Open the guide', fr: 'Ouvrir le Guide GCRA' },
  barLabel: { en: 'CARM Guide bar, unofficial help', fr: 'Barre du Guide GCRA, aide non officielle' },
  barHide: { en: 'Hide', fr: 'Masquer' },
  barHideLong: { en: 'Hide the guide bar', fr: 'Masquer la barre du Guide GCRA' },
  barShowLong: { en: 'Show the guide bar', fr: 'Afficher la barre du Guide GCRA' },
} as const satisfies Record<string, Text>;

export type BootKey = keyof typeof BOOT;

/** Fills `{name}` placeholders. */
export const fill = (text: string, vars?: Record<string, string | number>): string =>
  vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
