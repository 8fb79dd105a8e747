import { addDays, differenceInCalendarDays, startOfDay } from 'date-fns';
import type { Source, Text } from '../i18n/text';
import { inEastern } from './eastern-time';

/** Portal profiles are deactivated after 180 consecutive days without a sign-in (docs/facts.md §2.2). */
export const INACTIVITY_DAYS = 180;

export const INACTIVITY_SOURCE: Source = {
  url: 'https://cscb.ca/fr/article/carm-client-portal-de-activation-inactive-user-profiles',
  title: {
    en: 'CARM Client Portal: deactivation of inactive user profiles (CSCB)',
    fr: 'Portail client de la GCRA : désactivation des profils d’utilisateur inactifs (SCCD)',
  },
  certainty: 'confirmed',
};

export const INACTIVITY_TITLE: Text = {
  en: 'Sign in to the CARM Client Portal to keep your profile active',
  fr: 'Connectez-vous au portail client de la GCRA pour garder votre profil actif',
};

/**
 * 00:00 Eastern on the 180th calendar day after the Eastern day of the last sign-in.
 * Why this and not "same wall-clock time 180 days later": the rule counts whole days and CBSA does not say
 * at what time of day profiles are deactivated, so we warn for the earliest moment the 180th day can begin.
 * Days are Eastern days because the portal is run from Ottawa. https://cscb.ca/fr/article/carm-client-portal-de-activation-inactive-user-profiles
 */
export function inactivityDeadline(lastVisit: Date): Date {
  const deadline = addDays(startOfDay(lastVisit, { in: inEastern }), INACTIVITY_DAYS, { in: inEastern });
  return new Date(deadline.getTime());
}

/**
 * Eastern calendar days left before the deadline day: 180 on the day of the sign-in, 1 on the last safe day,
 * 0 from the deadline day on (never negative).
 */
export function daysLeft(lastVisit: Date, now: Date): number {
  const left = differenceInCalendarDays(inactivityDeadline(lastVisit), now, { in: inEastern });
  return Math.max(0, left);
}
