/** Lower-case, strip accents, unify apostrophes and collapse white space, so "Numéro d’entreprise" matches "numero d'entreprise". */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .toLowerCase();
