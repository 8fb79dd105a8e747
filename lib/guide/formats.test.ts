import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFormat, examplesIn, isComplete, passesLuhn } from './formats';
import { FIELD_FORMATS } from './schema';

const level = (...args: Parameters<typeof checkFormat>) => checkFormat(...args)?.level;

describe('checkFormat', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns null for empty or blank input, whatever the format', () => {
    for (const format of FIELD_FORMATS) {
      expect(checkFormat(format, '')).toBeNull();
      expect(checkFormat(format, '   ')).toBeNull();
    }
  });

  describe('BN9', () => {
    it('accepts 9 digits that pass the Luhn check, spaces ignored', () => {
      expect(level('bn9', '123026635')).toBe('ok');
      expect(level('bn9', '123 026 635')).toBe('ok');
    });

    it('gives a neutral note, not a warning, when the check digit does not pass (no official source for the rule)', () => {
      const hint = checkFormat('bn9', '123456783');
      expect(hint?.level).toBe('info');
      expect(hint?.message.en).toMatch(/no official source/);
      expect(hint?.message.en).not.toMatch(/wrong|error|invalid/i);
      expect(hint?.message.fr).toMatch(/aucune source officielle/);
    });

    it("never contradicts the portal's own example number", () => {
      const examples = examplesIn('9 digits, for example 123456789');
      expect(examples).toEqual(['123456789']);
      expect(passesLuhn('123456789')).toBe(false);
      const hint = checkFormat('bn9', '123456789', new Date(), examples);
      expect(hint?.level).toBe('info');
      expect(hint?.message.en).toMatch(/example the portal shows/);
      expect(hint?.message.en).not.toMatch(/check digit|check-digit/);
    });

    it('waits for a complete number before checking while typing', () => {
      expect(isComplete('bn9', '12345678')).toBe(false);
      expect(isComplete('bn9', '123456789')).toBe(true);
      expect(isComplete('program-account', 'RM000')).toBe(false);
      expect(isComplete('program-account', 'RM0001')).toBe(true);
      expect(isComplete('transaction-number', '1234567890123')).toBe(false);
      expect(isComplete('transaction-number', '12345678901234')).toBe(true);
      expect(isComplete('amount', '125.00')).toBe(false);
    });

    it('warns when it is not 9 digits', () => {
      expect(level('bn9', '12345678')).toBe('warn');
      expect(level('bn9', '1234567890')).toBe('warn');
      expect(level('bn9', '12345678A')).toBe('warn');
    });

    it('warns that a full program account is more than the BN9', () => {
      expect(checkFormat('bn9', '123456789RM0001')?.message.en).toMatch(/first 9 digits/);
    });

    it('implements the Luhn rule of python-stdnum', () => {
      expect(passesLuhn('123026635')).toBe(true);
      expect(passesLuhn('123456783')).toBe(false);
      expect(passesLuhn('79927398713')).toBe(true);
    });
  });

  describe('program account', () => {
    it.each(['RM0001', 'rm 0001', 'Rm0002', '123456789RM0001', '123456789 RM 0001', '123456789 rm 0001'])(
      'accepts %s',
      (raw) => expect(level('program-account', raw)).toBe('ok'),
    );

    it('warns that other program identifiers are not import-export', () => {
      for (const raw of ['RT0001', '123456789RT0001', 'RP 0001']) {
        const hint = checkFormat('program-account', raw);
        expect(hint?.level, raw).toBe('warn');
        expect(hint?.message.en, raw).toMatch(/start with RM/);
      }
    });

    it('warns on anything else', () => {
      for (const raw of ['0001', 'RM001', 'RM00001', '123456789'])
        expect(level('program-account', raw), raw).toBe('warn');
    });
  });

  describe('transaction number', () => {
    it('accepts 14 digits', () => {
      expect(level('transaction-number', '14969123456789')).toBe('ok');
      expect(level('transaction-number', '14969 123456789')).toBe('ok');
    });

    it('flags 19 digits as a CARM version, uncertain', () => {
      const hint = checkFormat('transaction-number', '1496912345678900001');
      expect(hint?.level).toBe('info');
      expect(hint?.message.en).toMatch(/first 14 digits/);
      expect(hint?.message.en).toMatch(/not confirmed by CBSA/);
    });

    it('warns on other lengths or letters', () => {
      for (const raw of ['1496912345678', '149691234567890', '14969A23456789']) {
        expect(level('transaction-number', raw), raw).toBe('warn');
      }
    });
  });

  describe('amount', () => {
    it.each(['125.00', '$1,234.56', '1 234,56 $', '1234,56', '-12.50'])(
      'accepts %s as dollars and cents',
      (raw) => expect(level('amount', raw)).toBe('ok'),
    );

    it('reminds that $0.00 fits the duties question but not the statement balance', () => {
      const hint = checkFormat('amount', '0.00');
      expect(hint?.level).toBe('info');
      expect(hint?.message.en).toMatch(/not for a statement balance/);
      expect(checkFormat('amount', '0,00 $')?.level).toBe('info');
    });

    it('asks for the cents when only dollars are given', () => {
      expect(level('amount', '125')).toBe('info');
      expect(level('amount', '1,234')).toBe('info');
    });

    it('warns on anything that is not an amount', () => {
      for (const raw of ['12.5', '12.345', 'abc', '1.2.3']) expect(level('amount', raw), raw).toBe('warn');
    });
  });

  describe('date', () => {
    const today = new Date(2026, 10, 26);
    it('accepts a past ISO date and warns on a future or impossible one', () => {
      expect(level('date', '2025-03-31', today)).toBe('ok');
      expect(level('date', '2027-01-04', today)).toBe('warn');
      expect(level('date', '2025-02-30', today)).toBe('warn');
    });

    it('only reminds to copy other date forms exactly', () => {
      expect(level('date', '31/03/2025', today)).toBe('info');
    });
  });

  it('only reminds to match records for names and addresses, without judging the value', () => {
    expect(checkFormat('legal-name', '1234567 Canada Inc.')?.level).toBe('info');
    expect(checkFormat('legal-name', 'x')?.message).toEqual(checkFormat('legal-name', 'Acme Ltd.')?.message);
    expect(checkFormat('address', '1 Main St.')?.level).toBe('info');
  });

  it('neither logs nor echoes the value', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    const samples: [(typeof FIELD_FORMATS)[number], string][] = [
      ['bn9', '987654321'],
      ['program-account', '987654321RT4321'],
      ['transaction-number', '98765432109876'],
      ['legal-name', 'Zyxw Trading Ltd.'],
      ['address', '77 Qwerty Road'],
      ['amount', '4321.09'],
      ['date', '2024-07-19'],
    ];
    for (const [format, raw] of samples) {
      const hint = checkFormat(format, raw);
      expect(hint?.message.en, format).not.toContain(raw);
      expect(hint?.message.fr, format).not.toContain(raw);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
