import type { Lang } from '../i18n/text';

/** The portal's language: the first path segment, then `<html lang>`; never the browser's (guide map contract). */
export const portalLang = (url: URL, doc: Document): Lang => {
  const segment = /^\/(en|fr)(?:\/|$)/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (segment === 'en' || segment === 'fr') return segment;
  return doc.documentElement.lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
};
