import type { Text } from '../i18n/text';
import { frenchTypography } from '../i18n/typography';
import type { FieldFormat } from './schema';

/** A hint about what the user is typing; computed on the spot from the value and never stored or logged. */
export interface FormatHint {
  level: 'ok' | 'info' | 'warn';
  message: Text;
}

const hint = (level: FormatHint['level'], en: string, fr: string): FormatHint => ({
  level,
  message: { en, fr: frenchTypography(fr) },
});

/** Luhn (mod 10) over all digits: python-stdnum's stdnum/ca/bn.py rule; no official CRA statement of it was found (docs/facts.md §4). */
export const passesLuhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

const checkBn9 = (raw: string, examples: readonly string[]): FormatHint => {
  const s = raw.replace(/\s+/g, '');
  if (/^\d{9}RM\d{4}$/i.test(s)) {
    return hint(
      'warn',
      'This looks like a full program account. Enter only the first 9 digits: your Business Number (BN9).',
      "Ceci ressemble à un compte de programme complet. Entrez seulement les 9 premiers chiffres : votre numéro d'entreprise (NE9).",
    );
  }
  if (!/^\d{9}$/.test(s)) {
    return hint(
      'warn',
      'A Business Number (BN9) has exactly 9 digits.',
      "Un numéro d'entreprise (NE9) compte exactement 9 chiffres.",
    );
  }
  // The portal's own example (e.g. "123456789") must never be called wrong by us: say what it is instead.
  if (examples.some((e) => e.replace(/\D/g, '') === s)) {
    return hint(
      'info',
      'This is the example the portal shows. Enter your own 9-digit Business Number.',
      "C'est l'exemple affiché par le portail. Entrez votre propre numéro d'entreprise de 9 chiffres.",
    );
  }
  if (!passesLuhn(s)) {
    // A neutral note only (a soft check): the check-digit rule is widely used, but we found no official statement of it.
    return hint(
      'info',
      '9 digits. Its last digit does not follow the usual check-digit pattern. We found no official source for that pattern, so the number may well be right: compare it with your CRA documents.',
      "9 chiffres. Son dernier chiffre ne suit pas le modèle habituel du chiffre de contrôle. Nous n'avons trouvé aucune source officielle pour ce modèle; le numéro peut donc être bon : comparez-le à vos documents de l'ARC.",
    );
  }
  return hint('ok', '9 digits: the format looks right.', '9 chiffres : le format semble correct.');
};

const checkProgramAccount = (raw: string): FormatHint => {
  const s = raw.toUpperCase().replace(/[\s-]+/g, '');
  if (/^RM\d{4}$/.test(s)) {
    return hint(
      'ok',
      'RM and 4 digits: the format looks right.',
      'RM et 4 chiffres : le format semble correct.',
    );
  }
  if (/^\d{9}RM\d{4}$/.test(s)) {
    return hint(
      'ok',
      'Full program account (BN9, RM, 4 digits): the format looks right. If the field wants only the reference number, enter RM and the 4 digits.',
      'Compte de programme complet (NE9, RM, 4 chiffres) : le format semble correct. Si le champ ne demande que le numéro de référence, entrez RM et les 4 chiffres.',
    );
  }
  if (/^(\d{9})?[A-Z]{2}\d{4}$/.test(s)) {
    return hint(
      'warn',
      'This is another kind of program account. Import-export accounts start with RM, for example RM0001.',
      "Il s'agit d'un autre type de compte de programme. Les comptes d'importation-exportation commencent par RM, par exemple RM0001.",
    );
  }
  return hint(
    'warn',
    'Expected RM and 4 digits, for example RM0001.',
    'Format attendu : RM et 4 chiffres, par exemple RM0001.',
  );
};

const checkTransactionNumber = (raw: string): FormatHint => {
  const s = raw.replace(/[\s-]+/g, '');
  if (/^\d{14}$/.test(s)) {
    return hint('ok', '14 digits: the format looks right.', '14 chiffres : le format semble correct.');
  }
  if (/^\d{19}$/.test(s)) {
    // docs/facts.md §4: CARM adds a 5-digit version; which form the question accepts is uncertain.
    return hint(
      'info',
      '19 digits: a CARM number with a 5-digit version at the end. The question likely wants the first 14 digits (not confirmed by CBSA).',
      "19 chiffres : un numéro de la GCRA qui se termine par une version de 5 chiffres. La question demande sans doute les 14 premiers chiffres (non confirmé par l'ASFC).",
    );
  }
  return hint(
    'warn',
    'Transaction numbers have 14 digits, numbers only.',
    'Les numéros de transaction comptent 14 chiffres, sans autre caractère.',
  );
};

/** Reads "1,234.56", "1 234,56 $" or "$1234.56" as a number string with a point; undefined if it is not an amount. */
const normaliseAmount = (raw: string): string | undefined => {
  let s = raw.replace(/[\s\u00a0\u202f$]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? s : undefined;
};

const checkAmount = (raw: string): FormatHint => {
  const s = normaliseAmount(raw);
  if (s === undefined || /\.\d$|\.\d{3,}$/.test(s)) {
    return hint(
      'warn',
      'Enter an amount in dollars and cents, for example 125.00.',
      'Entrez un montant en dollars et en cents, par exemple 125,00.',
    );
  }
  if (Number(s) === 0) {
    return hint(
      'info',
      '$0.00 is accepted for the duties and taxes on a transaction, but not for a statement balance.',
      "0,00 $ est accepté pour les droits et taxes d'une transaction, mais pas pour le solde d'un relevé.",
    );
  }
  if (!s.includes('.')) {
    return hint('info', 'Add the cents, for example 125.00.', 'Ajoutez les cents, par exemple 125,00.');
  }
  return hint(
    'ok',
    'Dollars and cents: the format looks right.',
    'Dollars et cents : le format semble correct.',
  );
};

const checkDate = (raw: string, today: Date): FormatHint => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(y, m - 1, d);
    if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) {
      return hint('warn', 'This is not a real date.', "Cette date n'existe pas.");
    }
    const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    if (date > startOfToday) {
      return hint('warn', 'This date is in the future.', 'Cette date est dans le futur.');
    }
    return hint('ok', 'The date format looks right.', 'Le format de la date semble correct.');
  }
  return hint(
    'info',
    'Enter the date exactly as on your record, in the format the portal shows.',
    'Entrez la date exactement comme dans votre document, dans le format indiqué par le portail.',
  );
};

/**
 * A hint for what the user typed in a field of the given format, or null for empty input.
 * Pure: the value is neither kept nor logged.
 */
export const checkFormat = (
  format: FieldFormat,
  raw: string,
  today: Date = new Date(),
  /** Example values the portal itself shows beside the field (its hint or placeholder). */
  examples: readonly string[] = [],
): FormatHint | null => {
  if (raw.trim() === '') return null;
  switch (format) {
    case 'bn9':
      return checkBn9(raw, examples);
    case 'program-account':
      return checkProgramAccount(raw);
    case 'transaction-number':
      return checkTransactionNumber(raw);
    case 'legal-name':
      return hint(
        'info',
        'Check that it matches CBSA records exactly, punctuation included.',
        "Vérifiez qu'il correspond exactement aux dossiers de l'ASFC, ponctuation comprise.",
      );
    case 'address':
      return hint(
        'info',
        'Check that it matches your CRA and CBSA records exactly, punctuation included.',
        "Vérifiez qu'elle correspond exactement à vos dossiers de l'ARC et de l'ASFC, ponctuation comprise.",
      );
    case 'amount':
      return checkAmount(raw);
    case 'date':
      return checkDate(raw, today);
  }
};

/**
 * Whether the value is complete enough to check while the user is still in the field. Until then the check waits
 * for the field to be left: "exactly 9 digits" at the 8th digit would only interrupt.
 */
export const isComplete = (format: FieldFormat, raw: string): boolean => {
  const s = raw.replace(/[\s-]+/g, '');
  switch (format) {
    case 'bn9':
      return /^\d{9}$/.test(s) || /^\d{9}RM\d{4}$/i.test(s) || s.length > 15;
    case 'program-account':
      return /^(\d{9})?[A-Z]{2}\d{4}$/i.test(s) || s.length > 15;
    case 'transaction-number':
      return /^\d{14}$/.test(s) || /^\d{19}$/.test(s) || s.length > 19;
    default:
      // Names, addresses, amounts and dates have no length that says "done": checked when the field is left.
      return false;
  }
};

/** Example numbers in the portal's own text beside a field ("9 digits, for example 123456789"). */
export const examplesIn = (text: string): string[] => text.match(/\b\d[\d ]{6,}\d\b|\bRM\d{4}\b/gi) ?? [];
