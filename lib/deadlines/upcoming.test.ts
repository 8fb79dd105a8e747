import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { inactivityLapsed } from './inactivity';
import { historyAt, upcomingDeadlines, userDeadlineSchema } from './upcoming';

const NOW = new Date('2026-11-26T12:00:00-05:00');

describe('userDeadlineSchema', () => {
  const ok = { id: 'bond', title: 'Renew the customs bond', at: '2026-12-10T15:00:00.000Z' };

  it('accepts a title of 1–80 characters and an ISO instant with Z or an offset', () => {
    expect(userDeadlineSchema.safeParse(ok).success).toBe(true);
    expect(
      userDeadlineSchema.safeParse({ ...ok, at: '2026-12-10T10:00:00-05:00', note: 'Call Jo' }).success,
    ).toBe(true);
    expect(userDeadlineSchema.safeParse({ ...ok, title: 'x'.repeat(80) }).success).toBe(true);
  });

  it('rejects empty or over-long titles', () => {
    expect(userDeadlineSchema.safeParse({ ...ok, title: '   ' }).success).toBe(false);
    expect(userDeadlineSchema.safeParse({ ...ok, title: 'x'.repeat(81) }).success).toBe(false);
  });

  it('rejects dates that are not real instants', () => {
    for (const at of ['2026-02-30T10:00:00Z', 'tomorrow', '2026-12-10', '2026-12-10T10:00:00']) {
      expect(userDeadlineSchema.safeParse({ ...ok, at }).success, at).toBe(false);
    }
  });

  it('rejects unknown fields and over-long notes', () => {
    expect(userDeadlineSchema.safeParse({ ...ok, colour: 'red' }).success).toBe(false);
    expect(userDeadlineSchema.safeParse({ ...ok, note: 'x'.repeat(501) }).success).toBe(false);
  });
});

describe('upcomingDeadlines', () => {
  it('merges recurring, user and inactivity deadlines into one list sorted by time', () => {
    const list = upcomingDeadlines(NOW, {
      userDeadlines: [
        { id: 'bond', title: 'Renew the customs bond', at: '2026-12-10T15:00:00.000Z' },
        { id: 'old', title: 'Already passed', at: '2026-11-01T15:00:00.000Z' },
        { id: 'broken', title: '', at: 'soon' },
      ],
      lastVisit: new Date('2026-06-10T09:00:00-04:00'),
    });
    expect(list.map((item) => [item.id, item.kind, item.at.toISOString()])).toEqual([
      ['payment-cheque-2026-11', 'payment-cheque', '2026-12-01T21:00:00.000Z'],
      ['payment-electronic-2026-11', 'payment-electronic', '2026-12-02T04:59:00.000Z'],
      ['inactivity', 'inactivity', '2026-12-07T05:00:00.000Z'],
      ['bond', 'user', '2026-12-10T15:00:00.000Z'],
      ['soa-2026-12', 'soa', '2026-12-25T05:00:00.000Z'],
      ['payment-cheque-2026-12', 'payment-cheque', '2026-12-31T21:00:00.000Z'],
      ['payment-electronic-2026-12', 'payment-electronic', '2027-01-01T04:59:00.000Z'],
      ['soa-2027-01', 'soa', '2027-01-25T05:00:00.000Z'],
    ]);
    const bond = list.find((item) => item.id === 'bond');
    expect(bond?.title).toBe('Renew the customs bond');
    expect(bond?.source).toBeUndefined();
    for (const item of list.filter((i) => i.kind !== 'user')) expect(item.source?.url, item.id).toBeTruthy();
  });

  it('drops the inactivity deadline from the upcoming list once day 180 has begun: it is no longer ahead', () => {
    const lastVisit = new Date('2026-01-02T10:00:00-05:00');
    expect(upcomingDeadlines(NOW, { lastVisit }).map((i) => i.id)).not.toContain('inactivity');
    expect(inactivityLapsed(lastVisit, NOW)).toBe(true);
    // The day before the deadline day it is still listed, at 00:00 Eastern on day 180.
    const dayBefore = new Date('2026-06-30T12:00:00-04:00');
    const item = upcomingDeadlines(dayBefore, { lastVisit }).find((i) => i.id === 'inactivity');
    expect(item?.at.toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(inactivityLapsed(lastVisit, dayBefore)).toBe(false);
    expect(inactivityLapsed(lastVisit, new Date('2026-07-01T04:00:00.000Z'))).toBe(true);
  });

  it('lists no catalogue milestones today, since all of them have passed', () => {
    const kinds = upcomingDeadlines(NOW).map((item) => item.kind);
    expect(kinds).not.toContain('milestone');
    expect(kinds).not.toContain('window');
    expect(kinds).not.toContain('cut-off');
  });

  it('lists catalogue milestones that are still ahead, and an in-progress window at its end', () => {
    const before = upcomingDeadlines(new Date('2025-05-01T12:00:00-04:00'));
    const rpp = before.find((item) => item.id === 'rpp-transition-end');
    expect(rpp?.at.toISOString()).toBe('2025-05-20T07:00:00.000Z');
    expect(before.find((item) => item.id === 'rpp-transition-original-end')).toBeUndefined();
    const during = upcomingDeadlines(new Date('2024-10-10T12:00:00-04:00'));
    expect(during.find((item) => item.id === 'october-2024-cutover')?.at.toISOString()).toBe(
      '2024-10-21T07:00:00.000Z',
    );
  });
});

describe('historyAt', () => {
  it('returns every passed and superseded entry today, newest first', () => {
    const history = historyAt(NOW);
    expect(history).toHaveLength(CATALOGUE.length);
    expect(history[0]?.id).toBe('portal-maintenance-tcc26-0081');
    expect(history.at(-1)?.id).toBe('release-0-arl-go-live');
    const starts = history.map((entry) => Date.parse(entry.start));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(history.find((entry) => entry.id === 'may-2024-cutover-plan')?.status).toBe('superseded');
    expect(history.find((entry) => entry.id === 'rpp-transition-end')?.status).toBe('passed');
  });

  it('leaves out what is still ahead or in progress at that moment', () => {
    const ids = historyAt(new Date('2024-10-10T12:00:00-04:00')).map((entry) => entry.id);
    expect(ids).toContain('may-2024-cutover-plan');
    expect(ids).toContain('cn-24-18-rm-moves-to-cbsa');
    expect(ids).not.toContain('october-2024-cutover');
    expect(ids).not.toContain('october-2024-go-live');
    expect(ids).toContain('rpp-transition-original-end'); // superseded counts as history even before its date
  });
});
