import { normalise } from './normalise';
import type { PageSignals } from './page-signals';
import type { Recognition } from './recognise-page';
import { PAGE_RULES } from './rules';

/**
 * The "Report this page" outline protects people (issue 15, finding 4). A text is kept only once nothing personal can
 * be left in it:
 * - Unicode is normalised first (NFKC: full-width "１２３" and "＠" become "123" and "@"), and every decimal digit of
 *   any script (Arabic-Indic "٠١٢", Devanagari…) counts as a digit;
 * - Business Numbers, program accounts (123456789RM0001 in any spacing), phone, SIN-shaped and all other numbers
 *   become "#"; a text with a postal code (or any part of one) is dropped, as an address line;
 * - a text with an e-mail address (also "name [at] example [dot] com") is dropped;
 * - a person's name is dropped with its text: greetings, "Signed in as", account words, or words the guide does not
 *   know standing together ("Jane Doe" on an account-switcher button);
 * - long texts (a sentence about the user) are dropped.
 * What is dropped is counted, so a maintainer still sees that something was there.
 */

/** Every decimal digit, of any script, as "0" (only whether it is a digit matters: digits never reach the outline). */
const digitsToAscii = (text: string) => text.replace(/\p{Nd}/gu, '0');

/** NFKC, any decimal digit as ASCII, then the matcher's normalisation (lower case, no accents, one space). */
export const prepare = (text: string): string => normalise(digitsToAscii(text.normalize('NFKC')));

const MAX_LENGTH = 80;

const EMAIL = [
  /@/,
  // "name [at] example [dot] com", "name (at) example . com", "nom arobase exemple point ca"
  /[\w.+-]\s*[[({<]\s*(at|arobase|a)\s*[\])}>]\s*[\w-]/,
  /[\w.+-]\s+(at|arobase)\s+[\w-]+\s*(\.|[[({<]?\s*(dot|point)\s*[\])}>]?)\s*[a-z]{2,}/,
];

/** Greetings, sign-in and account words, EN and FR (normalised: no accents, lower case). */
const PERSON_CONTEXT =
  /\b(welcome|hello|hi|hey|good (morning|afternoon|evening|day)|bienvenue|bonjour|bonsoir|salut|bon (matin|apres-midi)|signed in|logged in|sign(ed)? in as|log(ged)? in as|connecte(e)?( en tant que)?|ouvert(e)? en tant que|session de|user|utilisateur|utilisatrice|account|compte|profile|profil|switch|changer|my name|mon nom|dear|cher|chere)\b/;

// A Business Number with its program account, in any spacing: 123456789RM0001, 123 456 789 RM 0001, 123456789-RM-0001.
const PROGRAM_ACCOUNT = /\b\d(?:[\s.-]?\d){8}[\s.-]*[a-z]{2}[\s.-]*\d(?:[\s.-]?\d){3}\b/g;
// A postal code, or either half of one: "k1a 0b1", "k1a0b1", "k1a", "0b1".
const POSTAL = /\b[a-z]\d[a-z][\s-]?\d[a-z]\d\b|\b[a-z]\d[a-z]\b|\b\d[a-z]\d\b/;
// Any run of digits with the separators numbers are written with (spaces, dots, dashes, parentheses, a leading +):
// BN9 in any spacing, phone numbers, SIN-shaped numbers, amounts, dates.
const NUMBER = /\+?(?:\(\d+\)\s?)?\d(?:[\d\s.,/-]*\d)?/g;

/** Words the guide knows: its recognition rules, in both languages, plus common words of the portal's interface. */
const ruleWords = (): Set<string> => {
  const words = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const w of v.split(/[^a-z]+/)) words.add(w);
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(PAGE_RULES);
  return words;
};

const COMMON = `a an the and or of to in on at for from with by as is are be your you my our this that it not no yes
all any new next back previous continue cancel save submit close open edit delete remove add view show hide search
sign out log login auth homepage mfa setup time in up home menu help contact language english francais skip main content go start finish done review
confirm accept decline agree terms conditions privacy notice step steps page details information info enter select
choose optional required field fields error errors warning success message messages date time number name type
address addresses city province territory postal code country phone email e-mail mail legal operating business
businesses account accounts program programs reference number numbers access request requests manage management
user users role roles employee employees broker brokers importer importers non-resident resident delegate delegation
delegations authority third party parties relationship relationships security financial release prior payment
payments statement statements bond bonds enrol enrolment document documents upload download file files identifier
identifiers identification verification verify question questions answer answers transaction transactions duties
taxes amount balance link linked unlink portal client carm cbsa canada canadian government gc gckey sign-in partner
partners profile create update register registration registered approved pending status summary list table results
more less first last other yes oui non le la les un une des de du d l et ou a au aux en dans pour par sur avec
sans votre vos mon ma mes notre nos ce cette ces est sont etre suivant precedent retour continuer annuler enregistrer
soumettre fermer ouvrir modifier supprimer ajouter afficher masquer rechercher quitter connexion deconnexion accueil
aide langue passer au contenu principal commencer terminer examiner confirmer accepter refuser conditions
confidentialite avis etape etapes details renseignements entrer selectionner choisir facultatif obligatoire champ
champs erreur erreurs avertissement message messages heure nom numero adresse ville province territoire code postal
pays telephone courriel entreprise entreprises compte comptes programme programmes reference demande demandes gerer
gestion role employe employes courtier courtiers importateur importateurs non-resident delegue delegation pouvoir
tiers relation relations securite financiere mainlevee avant paiement paiements releve releves caution cautions
inscription inscrire documents televerser telecharger fichier identificateur identificateurs identifiants
verification verifier question reponse reponses transactions droits taxes montant solde lier lie dissocier portail
gcra asfc gouvernement clegc partenaire profil creer mettre jour enregistre approuve attente etat sommaire liste
tableau resultats plus moins premier dernier autre`;

let known: Set<string> | undefined;
const knownWords = () => {
  if (!known) {
    known = ruleWords();
    for (const w of COMMON.split(/\s+/)) known.add(w);
  }
  return known;
};

/**
 * A person's name may be in `text`: two unknown words side by side ("jane doe"), only unknown words ("marie"), or an
 * unknown word next to a greeting, sign-in or account word ("bonsoir marie", "compte : tremblay").
 */
const mayNameSomeone = (text: string): boolean => {
  const words = text.split(/[^a-z'-]+/).filter((w) => w.length > 1 && /[a-z]/.test(w));
  if (words.length === 0) return false;
  const isKnown = (w: string) =>
    knownWords().has(w) || w.split(/['-]/).every((part) => part.length <= 1 || knownWords().has(part));
  let run = 0;
  let unknown = 0;
  for (const w of words) {
    if (isKnown(w)) {
      run = 0;
      continue;
    }
    unknown++;
    if (++run >= 2) return true;
  }
  if (unknown === words.length) return true;
  return unknown > 0 && PERSON_CONTEXT.test(text);
};

/** The text as the outline may carry it, or null when it may not carry it at all. */
export const redact = (raw: string): string | null => {
  const text = prepare(raw);
  if (text === '') return null;
  if (text.length > MAX_LENGTH) return null;
  if (EMAIL.some((re) => re.test(text))) return null;
  const masked = text.replace(PROGRAM_ACCOUNT, '#');
  // A postal code (or part of one) is an address line: the street, city or name beside it go with it.
  if (masked.search(POSTAL) !== -1) return null;
  const kept = masked.replace(NUMBER, '#').replace(/\$\s?#/g, '$#');
  return mayNameSomeone(kept) ? null : kept;
};

/** The URL path, segment by segment (decoded first: "jane%40example.com"); a segment that may not be kept is "[…]". */
export const redactPath = (lang: string, path: string): string => {
  const segments = path.split('/').map((segment) => {
    if (segment === '') return '';
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Not valid percent-encoding: judged as it is.
    }
    // Words in paths are joined by dashes and underscores ("mfa-registration", "jane_doe").
    const kept = decoded.length > 40 ? null : redact(decoded.replace(/[-_+]/g, ' '));
    return kept === null ? '[…]' : kept.replace(/\s+/g, '-');
  });
  return `/${lang}${segments.join('/')}`;
};

const list = (texts: readonly string[]) => {
  const redacted = texts.map(redact);
  const kept = [...new Set(redacted.filter((x): x is string => !!x))];
  const hidden = redacted.filter((x) => x === null).length;
  const lines = kept.map((x) => `  - ${x}`);
  if (hidden > 0) lines.push(`  (${hidden} not shown: long, or may be personal)`);
  return lines.length > 0 ? lines.join('\n') : '  (none)';
};

export interface OutlineMeta {
  lang: string;
  version: string;
  /** Where to send outlines, set at build time (CARM_GUIDE_REPORT_TO); the line is left out when empty. */
  reportTo?: string;
}

/**
 * The outline a user can send when the portal changes: what the page says and what the guide made of it.
 * Built from PageSignals, which never holds a field's value.
 */
export const pageOutline = (s: PageSignals, r: Recognition, meta: OutlineMeta): string =>
  [
    'CARM Guide page outline (no field values, names, numbers or addresses)',
    ...(meta.reportTo ? [`send to: ${meta.reportTo}`] : []),
    `extension: ${meta.version}`,
    `path: ${redactPath(meta.lang, s.path)}`,
    `recognised: ${r.page} (confidence ${r.confidence.toFixed(2)})`,
    `why: ${r.reasons.length > 0 ? r.reasons.join('; ') : 'no rule reached the threshold'}`,
    `errors: ${r.errors.map((e) => e.code ?? e.id).join(', ') || 'none'}`,
    'headings:',
    list(s.headings),
    'labels:',
    list(s.labels),
    'buttons and links:',
    list(s.actions),
    'alerts:',
    list(s.alerts),
  ].join('\n');
