/** Lower-case, strip accents, unify apostrophes and collapse white space, so "Numéro d’entreprise" matches "numero d'entreprise". */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // Quotation marks around quoted labels ("Register my business", « Enregistrer mon entreprise ») carry no meaning.
    .replace(/["\u201c\u201d\u00ab\u00bb]/g, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .toLowerCase();
