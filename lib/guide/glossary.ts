import type { Lang, Text } from '../i18n/text';

/** An acronym the guide uses, how each language writes it, and what it stands for (Canada.ca: define on first use). */
export interface GlossaryTerm {
  id: string;
  /** How the acronym is written in each language; an empty list: that language spells it out instead. */
  term: { en: readonly string[]; fr: readonly string[] };
  meaning: Text;
}

// Expansions follow CBSA's own English and French wording (carm-facts.md §1–§2.6; CBSA's CARM glossary pages).
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'bam',
    term: { en: ['BAM'], fr: ['GCE'] },
    meaning: { en: 'Business Account Manager', fr: "gestionnaire du compte d'entreprise" },
  },
  {
    id: 'bn9',
    term: { en: ['BN9'], fr: ['NE9'] },
    meaning: { en: 'your 9-digit Business Number', fr: "votre numéro d'entreprise de 9 chiffres" },
  },
  {
    id: 'rm',
    term: { en: ['RM'], fr: ['RM'] },
    meaning: {
      en: 'the letters of an import-export program account, as in RM0001',
      fr: "les lettres d'un compte de programme d'importation-exportation, comme RM0001",
    },
  },
  {
    id: 'rpp',
    term: { en: ['RPP'], fr: ['MAP'] },
    meaning: { en: 'Release Prior to Payment', fr: 'mainlevée avant paiement' },
  },
  {
    id: 'soa',
    term: { en: ['SOA', 'SoA'], fr: [] },
    meaning: { en: 'Statement of Account', fr: 'relevé de compte' },
  },
  {
    id: 'nri',
    term: { en: ['NRI'], fr: ['INR'] },
    meaning: { en: 'non-resident importer', fr: 'importateur non résident' },
  },
  {
    id: 'bsf900',
    term: { en: ['BSF900'], fr: ['BSF900'] },
    meaning: {
      en: 'the CBSA form to keep your records outside Canada',
      fr: "le formulaire de l'ASFC pour garder vos documents hors du Canada",
    },
  },
  {
    id: 'cscb',
    term: { en: ['CSCB'], fr: ['SCCD'] },
    meaning: {
      en: 'Canadian Society of Customs Brokers',
      fr: 'Société canadienne des courtiers en douane',
    },
  },
  {
    id: 'carm',
    term: { en: ['CARM'], fr: ['GCRA'] },
    meaning: {
      en: 'CBSA Assessment and Revenue Management',
      fr: "Gestion des cotisations et des recettes de l'ASFC",
    },
  },
  {
    id: 'cbsa',
    term: { en: ['CBSA'], fr: ['ASFC'] },
    meaning: { en: 'Canada Border Services Agency', fr: 'Agence des services frontaliers du Canada' },
  },
  {
    id: 'cra',
    term: { en: ['CRA'], fr: ['ARC'] },
    meaning: { en: 'Canada Revenue Agency', fr: 'Agence du revenu du Canada' },
  },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a function that explains each acronym the first time it meets it, in the order it is called (the
 * reading order of one view): "RPP" becomes "RPP (Release Prior to Payment)". A text that already explains it,
 * "Business Number (BN9)" or "BN9 (…)", counts as its first appearance and is left as it is.
 */
export const acronymExplainer = (lang: Lang, skip: readonly string[] = []) => {
  const seen = new Set<string>(skip);
  const terms = GLOSSARY.flatMap((g) => g.term[lang].map((t) => ({ id: g.id, t, meaning: g.meaning[lang] })));
  const patterns = terms.map((x) => ({ ...x, re: new RegExp(`(?<![\\w-])${escapeRe(x.t)}(?![\\w-])`) }));
  return (text: string): string => {
    // Matches are found in the original text only, so an inserted meaning ("… de l'ASFC …") is not explained again.
    const inserts: { end: number; meaning: string }[] = [];
    for (const p of patterns) {
      if (seen.has(p.id)) continue;
      const m = p.re.exec(text);
      if (!m) continue;
      seen.add(p.id);
      const end = m.index + p.t.length;
      const explained = text[m.index - 1] === '(' || text.startsWith(' (', end);
      if (!explained) inserts.push({ end, meaning: p.meaning });
    }
    let out = text;
    for (const i of inserts.sort((a, b) => b.end - a.end)) {
      out = `${out.slice(0, i.end)} (${i.meaning})${out.slice(i.end)}`;
    }
    return out;
  };
};
