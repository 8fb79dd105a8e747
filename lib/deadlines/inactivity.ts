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

/** True from the deadline day on: 180 days without a sign-in have passed, so the profile may already be deactivated. */
export function inactivityLapsed(lastVisit: Date, now: Date): boolean {
  return now.getTime() >= inactivityDeadline(lastVisit).getTime();
}

/** What to tell the user once inactivityLapsed(): not a countdown, a possible state and what to do about it. */
export const INACTIVITY_LAPSED: { title: Text; body: Text } = {
  title: {
    en: 'Your portal profile may already be deactivated',
    fr: 'Votre profil du portail est peut-être déjà désactivé',
  },
  body: {
    en: 'It has been 180 days or more since your last visit with the guide. Try to sign in; if you cannot, the CARM helpdesk can reactivate your profile.',
    fr: 'Au moins 180 jours se sont écoulés depuis votre dernière visite avec le Guide GCRA. Essayez de vous connecter; si vous n’y arrivez pas, le centre d’assistance de la GCRA peut réactiver votre profil.',
  },
};
