import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/deadlines';
import { sampleSnapshot } from '@/lib/reminders/sample-snapshot';
import {
  checkDeadlineForm,
  easternInputInstant,
  formValuesOf,
  msToNextMinute,
  passedUserDeadlines,
  popupClock,
  popupDeadlines,
} from './popup-model';

describe('popupClock', () => {
  it('uses the real clock without ?now', () => {
    const clock = popupClock(
      '',
      () => 0,
      () => 1_000,
    );
    expect(clock().getTime()).toBe(1_000);
  });

  it('starts at ?now and advances with the real time elapsed', () => {
    let elapsed = 500;
    const clock = popupClock('?now=2026-11-26T17:00:00Z', () => elapsed);
    expect(clock().toISOString()).toBe('2026-11-26T17:00:00.000Z');
    elapsed += 90_000;
    expect(clock().toISOString()).toBe('2026-11-26T17:01:30.000Z');
  });

  it('ignores a ?now that is not a date', () => {
    const clock = popupClock(
      '?now=soon',
      () => 0,
      () => 42,
    );
    expect(clock().getTime()).toBe(42);
  });

  it('waits until the next whole minute', () => {
    expect(msToNextMinute(new Date('2026-11-26T17:00:45.500Z'))).toBe(14_500);
    expect(msToNextMinute(new Date('2026-11-26T17:00:00.000Z'))).toBe(60_000);
  });
});

describe('popupDeadlines', () => {
  const next = (iso: string) => {
    const list = popupDeadlines(new Date(iso), sampleSnapshot());
    const payment = list.find((d) => d.type === 'payment');
    const soa = list.find((d) => d.type === 'item' && d.item.kind === 'soa');
    return {
      payment: payment?.type === 'payment' ? formatDate(payment.due, 'en', 'day') : undefined,
      soa: soa ? formatDate(soa.at, 'en', 'day') : undefined,
    };
  };

  it('shows the next payment due date and Statement of Account (SOA) date', () => {
    expect(next('2026-11-26T12:00:00-05:00')).toEqual({
      payment: 'Tuesday, December 1, 2026',
      soa: 'Friday, December 25, 2026',
    });
    expect(next('2027-02-20T09:00:00-05:00')).toEqual({
      payment: 'Wednesday, March 3, 2027',
      soa: 'Thursday, February 25, 2027',
    });
    expect(next('2027-12-18T00:30:00-05:00')).toEqual({
      payment: 'Friday, December 31, 2027',
      soa: 'Saturday, December 25, 2027',
    });
  });

  it('keeps the payment listed after the cheque cut-off, until the electronic one', () => {
    const list = popupDeadlines(new Date('2026-12-01T18:00:00-05:00'), sampleSnapshot());
    const payment = list.find((d) => d.type === 'payment');
    expect(payment?.id).toBe('payment-2026-11');
    expect(payment?.at.toISOString()).toBe('2026-12-02T04:59:00.000Z');
  });

  it('puts the soonest first and lists each kind once (plus every user deadline)', () => {
    const snapshot = sampleSnapshot({
      userDeadlines: [
        { id: 'a', title: 'A', at: '2026-12-10T15:00:00.000Z' },
        { id: 'b', title: 'B', at: '2027-03-10T15:00:00.000Z' },
      ],
      profile: { lastVisit: { at: '2026-06-10T13:00:00.000Z', page: 'portal-home', lang: 'en' } },
    });
    expect(popupDeadlines(new Date('2026-11-26T12:00:00-05:00'), snapshot).map((d) => d.id)).toEqual([
      'payment-2026-11',
      'inactivity',
      'a',
      'soa-2026-12',
      'b',
    ]);
  });

  it('still lists the CBSA dates without a snapshot', () => {
    expect(popupDeadlines(new Date('2026-11-26T12:00:00-05:00'), null).map((d) => d.id)).toEqual([
      'payment-2026-11',
      'soa-2026-12',
    ]);
  });

  it('keeps passed user deadlines apart, newest first, so they can be deleted', () => {
    const snapshot = sampleSnapshot({
      userDeadlines: [
        { id: 'old', title: 'Old', at: '2026-01-10T15:00:00.000Z' },
        { id: 'recent', title: 'Recent', at: '2026-11-10T15:00:00.000Z' },
        { id: 'ahead', title: 'Ahead', at: '2026-12-10T15:00:00.000Z' },
      ],
    });
    expect(passedUserDeadlines(new Date('2026-11-26T12:00:00-05:00'), snapshot).map((d) => d.id)).toEqual([
      'recent',
      'old',
    ]);
  });
});

describe('the deadline form', () => {
  const NOW = new Date('2026-11-26T12:00:00-05:00');
  const ok = { title: 'Renew the bond', date: '2026-12-15', time: '16:30', note: '' };

  it('reads the date and time on the Eastern clock, in winter and in summer', () => {
    expect(easternInputInstant('2026-12-15', '16:30')?.toISOString()).toBe('2026-12-15T21:30:00.000Z');
    expect(easternInputInstant('2027-07-02', '09:00')?.toISOString()).toBe('2027-07-02T13:00:00.000Z');
  });

  it('refuses dates that do not exist rather than moving them', () => {
    for (const [date, time] of [
      ['2026-02-30', '10:00'],
      ['2026-13-01', '10:00'],
      ['2026-12-15', '24:00'],
      ['', '10:00'],
      ['15/12/2026', '10:00'],
    ] as const) {
      expect(easternInputInstant(date, time), `${date} ${time}`).toBeUndefined();
    }
  });

  it('accepts a valid deadline and gives its instant', () => {
    expect(checkDeadlineForm(ok, NOW)).toEqual({ errors: {}, at: '2026-12-15T21:30:00.000Z' });
  });

  it('names each problem for its field', () => {
    expect(checkDeadlineForm({ ...ok, title: ' ' }, NOW).errors).toEqual({ title: 'errTitleRequired' });
    expect(checkDeadlineForm({ ...ok, title: 'x'.repeat(81) }, NOW).errors).toEqual({
      title: 'errTitleLong',
    });
    expect(checkDeadlineForm({ ...ok, title: 'a\tb' }, NOW).errors).toEqual({ title: 'errTitleChars' });
    expect(checkDeadlineForm({ ...ok, date: '2026-02-30' }, NOW).errors).toEqual({ date: 'errDate' });
    expect(checkDeadlineForm({ ...ok, date: '' }, NOW).errors).toEqual({ date: 'errDateRequired' });
    expect(checkDeadlineForm({ ...ok, time: '' }, NOW).errors).toEqual({ time: 'errTime' });
    expect(checkDeadlineForm({ ...ok, date: '2026-11-26', time: '11:59' }, NOW).errors).toEqual({
      date: 'errPast',
    });
    expect(checkDeadlineForm({ ...ok, note: 'x'.repeat(201) }, NOW).errors).toEqual({ note: 'errNoteLong' });
    expect(checkDeadlineForm({ ...ok, note: 'two\nlines' }, NOW).errors).toEqual({});
  });

  it('shows a stored deadline on the Eastern clock', () => {
    expect(formValuesOf({ id: 'x', title: 'T', at: '2027-07-02T13:00:00.000Z', note: 'N' })).toEqual({
      title: 'T',
      date: '2027-07-02',
      time: '09:00',
      note: 'N',
    });
  });
});
