import { describe, expect, it } from 'vitest';
import { easternInstant } from './eastern-time';
import { easterSunday, holidayOn } from './holidays';
import { billingPeriodEndingIn, deadlinesOfPeriod, paymentDueDate } from './payment-due-date';

const on = (year: number, month: number, day: number) => holidayOn(easternInstant({ year, month, day }));

describe('holidayOn', () => {
  it('knows the fixed holidays a due date or a statement date can hit', () => {
    expect(on(2027, 7, 1)?.en).toBe('Canada Day');
    expect(on(2026, 12, 25)?.en).toBe('Christmas Day');
    expect(on(2026, 9, 30)?.en).toBe('the National Day for Truth and Reconciliation');
    expect(on(2027, 1, 1)?.fr).toBe('jour de l’An');
    expect(on(2026, 11, 30)).toBeUndefined();
  });

  it('computes Easter, Good Friday and Labour Day', () => {
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
    expect(on(2027, 3, 26)?.en).toBe('Good Friday');
    expect(on(2027, 3, 29)?.en).toBe('Easter Monday');
    expect(on(2026, 9, 7)?.en).toBe('Labour Day');
  });

  it('moves a weekend holiday to the next free weekday', () => {
    // 2027: Christmas is a Saturday and Boxing Day a Sunday: observed Monday 27 and Tuesday 28.
    expect(on(2027, 12, 27)?.en).toBe('Christmas Day (observed)');
    expect(on(2027, 12, 28)?.en).toBe('Boxing Day (observed)');
    // 2028: New Year's Day is a Saturday.
    expect(on(2028, 1, 3)?.en).toBe("New Year's Day (observed)");
  });
});

describe('holiday caveats on recurring deadlines', () => {
  it('flags the June 2027 payment, due on Thursday July 1 (Canada Day), and keeps the date', () => {
    const june = billingPeriodEndingIn(2027, 6);
    expect(paymentDueDate(june).toISOString()).toBe('2027-07-01T04:00:00.000Z');
    const [, cheque, electronic] = deadlinesOfPeriod(june);
    expect(cheque?.caveat?.en).toMatch(/falls on Canada Day/);
    expect(electronic?.caveat?.en).toMatch(/payments page/);
    expect(electronic?.caveat?.fr).toMatch(/fête du Canada/);
  });

  it('does not say the December 2026 statement is issued on Christmas Day', () => {
    const [soa] = deadlinesOfPeriod(billingPeriodEndingIn(2026, 12));
    expect(soa?.title.en).toBe('Statement of Account: normally issued on the 25th');
    expect(soa?.title.en).not.toMatch(/issued$/);
    expect(soa?.caveat?.en).toMatch(/Christmas Day/);
  });

  it('adds no caveat to an ordinary month', () => {
    const november = deadlinesOfPeriod(billingPeriodEndingIn(2026, 11));
    for (const d of november) expect(d.caveat, d.id).toBeUndefined();
    expect(november[0]?.title.en).toBe('Statement of Account issued');
  });

  it('cites CBSA’s payments page, not the Customs Self-Assessment regulation, for every payment', () => {
    for (const d of deadlinesOfPeriod(billingPeriodEndingIn(2027, 6))) {
      expect(d.source.url, d.id).not.toMatch(/SOR-86-1062/);
      for (const extra of d.extraSources ?? []) expect(extra.url).not.toMatch(/SOR-86-1062/);
    }
    expect(deadlinesOfPeriod(billingPeriodEndingIn(2027, 6))[1]?.source.url).toMatch(/pay-paie-eng\.html$/);
  });
});
