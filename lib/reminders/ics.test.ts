import { describe, expect, it } from 'vitest';
import { buildIcs, calendarItems, deadlinesIcs, escapeText, foldLine, type IcsEvent, utcStamp } from './ics';
import { sampleSnapshot } from './sample-snapshot';

const NOW = new Date('2026-11-26T12:00:00-05:00');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets or fewer alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines at 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((part) => part.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    expect(folded).not.toContain('\uFFFD');
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });
});

describe('buildIcs', () => {
  const timed: IcsEvent = {
    uid: 'payment-electronic-2026-11@carm-guide.invalid',
    start: new Date('2026-12-01T23:59:00-05:00'),
    allDay: false,
    summary: 'Payment due: electronic payments until 11:59 p.m. ET',
    description: 'Line one\nSource: https://example.org/a,b',
    url: 'https://cbsa-asfc.gc.ca/prog/arl-glcc/pay-paie-eng.html',
  };

  it('writes a calendar with CRLF line ends only', () => {
    const ics = buildIcs([timed], 'en', NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives timed deadlines a UTC start and a stable UID', () => {
    const ics = unfold(buildIcs([timed], 'en', NOW));
    expect(ics).toContain('\r\nDTSTART:20261202T045900Z\r\n');
    expect(ics).toContain('\r\nUID:payment-electronic-2026-11@carm-guide.invalid\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261126T170000Z\r\n');
    expect(ics).toContain('\r\nDESCRIPTION;LANGUAGE=en-CA:Line one\\nSource: https://example.org/a\\,b\r\n');
  });

  it('makes date-only deadlines all-day events on their Eastern date', () => {
    const soa = { ...timed, uid: 'soa@x', allDay: true, start: new Date('2026-12-25T00:00:00-05:00') };
    const ics = buildIcs([soa], 'en', NOW);
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r\n');
  });

  it('formats instants as UTC stamps', () => {
    expect(utcStamp(new Date('2027-01-01T04:59:00.000Z'))).toBe('20270101T045900Z');
  });
});

describe('deadlinesIcs', () => {
  const snapshot = sampleSnapshot({
    userDeadlines: [
      {
        id: 'bond',
        title: 'Renew the bond; call Jo, then file',
        at: '2026-12-10T15:00:00.000Z',
        note: 'Two\nlines',
      },
      { id: 'old', title: 'Passed', at: '2026-11-01T15:00:00.000Z' },
    ],
    profile: { lastVisit: { at: '2026-06-10T13:00:00.000Z', page: 'portal-home', lang: 'en' } },
  });

  it('exports the next six recurring deadlines, the user’s upcoming deadlines and the inactivity deadline', () => {
    expect(calendarItems(snapshot, NOW).map((i) => i.id)).toEqual([
      'payment-cheque-2026-11',
      'payment-electronic-2026-11',
      'inactivity',
      'bond',
      'soa-2026-12',
      'payment-cheque-2026-12',
      'payment-electronic-2026-12',
      'soa-2027-01',
    ]);
  });

  it('leaves out an inactivity deadline that has passed', () => {
    const stale = sampleSnapshot({
      profile: { lastVisit: { at: '2026-01-10T13:00:00.000Z', page: 'portal-home', lang: 'en' } },
    });
    expect(calendarItems(stale, NOW).map((i) => i.id)).not.toContain('inactivity');
  });

  it('writes summaries in the chosen language and escapes the user’s text', () => {
    const fr = unfold(deadlinesIcs(snapshot, NOW, 'fr'));
    expect(fr).toContain('SUMMARY;LANGUAGE=fr-CA:Émission du relevé de compte\r\n');
    expect(fr).toContain('SUMMARY;LANGUAGE=fr-CA:Renew the bond\\; call Jo\\, then file\r\n');
    expect(fr).toContain('Note: Two\\nlines');
    expect(fr.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    const en = unfold(deadlinesIcs(snapshot, NOW, 'en'));
    expect(en).toContain('SUMMARY;LANGUAGE=en-CA:Statement of Account issued\r\n');
    expect(en).toContain('Source: https://www.cbsa-asfc.gc.ca/prog/arl-glcc/dnsa-aqrc-eng.html');
  });

  it('still exports the recurring deadlines when no saved data could be read', () => {
    expect(calendarItems(null, NOW).map((i) => i.id)).toHaveLength(6);
  });
});
