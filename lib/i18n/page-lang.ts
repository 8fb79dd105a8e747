import type { Snapshot } from '../progress/schema';
import type { Lang } from './text';

/**
 * The language of the popup and options page: forced in the settings, else the portal's as last seen on the active
 * profile, else the browser's (the portal's language is unknown until a first visit).
 */
export const pageLang = (snapshot: Snapshot | null, browserLang: string): Lang => {
  const forced = snapshot?.settings.language;
  if (forced === 'en' || forced === 'fr') return forced;
  const active = snapshot?.progress.profiles.find((p) => p.id === snapshot.progress.activeProfileId);
  if (active?.lastVisit) return active.lastVisit.lang;
  return browserLang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};
