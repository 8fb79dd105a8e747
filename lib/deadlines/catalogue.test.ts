import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  type CatalogueEntryInput,
  catalogueEntry,
  catalogueEntrySchema,
  catalogueSchema,
  entryTimes,
  statusAt,
} from './catalogue';

const FACTS_TODAY = new Date('2026-11-26T12:00:00-05:00');

const byId = (id: string) => {
  const entry = catalogueEntry(id);
  if (!entry) throw new Error(`missing catalogue entry ${id}`);
  return entry;
};

const valid: CatalogueEntryInput = {
  id: 'sample-window',
  kind: 'window',
  title: { en: 'Sample', fr: 'Exemple' },
  detail: { en: 'Sample detail', fr: 'Détail d’exemple' },
  start: '2024-10-04T16:00:00-04:00',
  end: '2024-10-21T03:00:00-04:00',
  precision: 'minute',
  zone: 'America/Toronto',
  source: { url: 'https://cbsa-asfc.gc.ca/publications/cn-ad/cn24-30-eng.html' },
  certainty: 'confirmed',
};

describe('catalogue (meta-test)', () => {
  it('parses with its own zod schema', () => {
    expect(catalogueSchema.safeParse(CATALOGUE).success).toBe(true);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(20);
  });

  it('has unique kebab-case ids', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every entry a title and detail in both languages, and different text in each', () => {
    for (const entry of CATALOGUE) {
      for (const text of [entry.title, entry.detail]) {
        expect(text.en.trim(), entry.id).not.toBe('');
        expect(text.fr.trim(), entry.id).not.toBe('');
        expect(text.fr, entry.id).not.toBe(text.en);
      }
    }
  });

  it('uses the official French terms, not English ones, in French text', () => {
    const french = CATALOGUE.map(
      (e) => `${e.title.fr} ${e.detail.fr} ${e.supersededBy?.notice.fr ?? ''}`,
    ).join(' ');
    expect(french).not.toMatch(/\bCARM\b|\bRPP\b|Customs Notice|financial security/);
    expect(french).toMatch(/GCRA/);
    expect(french).toMatch(/mainlevée avant paiement \(MAP\)/);
    expect(french).toMatch(/garantie financière/);
    expect(french).toMatch(/Avis des douanes/);
  });

  it('sources every entry with a URL and titles each source in both languages', () => {
    for (const entry of CATALOGUE) {
      for (const source of [entry.source, ...(entry.extraSources ?? [])]) {
        expect(source.url, entry.id).toMatch(/^https?:\/\//);
        expect(source.title?.en, entry.id).toBeTruthy();
        expect(source.title?.fr, entry.id).toBeTruthy();
      }
    }
  });

  it('names what superseded each superseded entry, in both languages and by existing ids', () => {
    const superseded = CATALOGUE.filter((e) => e.supersededBy);
    expect(superseded.map((e) => e.id).sort()).toEqual([
      'may-2024-across-outage',
      'may-2024-cra-bn-rm-cut-off',
      'may-2024-cutover-plan',
      'rpp-transition-original-end',
    ]);
    for (const entry of superseded) {
      expect(entry.supersededBy?.notice.en).toBeTruthy();
      expect(entry.supersededBy?.notice.fr).toBeTruthy();
      for (const id of entry.supersededBy?.ids ?? []) expect(catalogueEntry(id), id).toBeDefined();
    }
    expect(byId('may-2024-cutover-plan').supersededBy?.ids).toEqual([
      'cn-24-17-launch-postponed',
      'cn-24-18-rm-moves-to-cbsa',
    ]);
    expect(byId('rpp-transition-original-end').supersededBy?.ids).toContain('rpp-transition-end');
  });

  it('ends every window after it starts, and only windows have an end', () => {
    for (const entry of CATALOGUE) {
      if (entry.kind === 'window') {
        expect(Date.parse(entry.end ?? ''), entry.id).toBeGreaterThan(Date.parse(entry.start));
      } else {
        expect(entry.end, entry.id).toBeUndefined();
      }
    }
  });

  it('stores exact Eastern instants: Toronto offsets, all in America/Toronto', () => {
    for (const entry of CATALOGUE) {
      expect(entry.zone).toBe('America/Toronto');
      expect(entry.start, entry.id).toMatch(/-0[45]:00$/);
    }
    expect(new Date(byId('october-2024-cutover').start).toISOString()).toBe('2024-10-04T20:00:00.000Z');
    expect(new Date(byId('rpp-transition-end').start).toISOString()).toBe('2025-05-20T07:00:00.000Z');
    expect(new Date(byId('new-bn-rm-interim-cut-off').start).toISOString()).toBe('2024-10-18T16:00:00.000Z');
    expect(new Date(byId('may-2024-cra-bn-rm-cut-off').start).toISOString()).toBe('2024-05-10T23:00:00.000Z');
  });

  it('marks as uncertain what docs/facts.md and the brief mark uncertain', () => {
    for (const id of [
      'new-bn-rm-interim-cut-off',
      'security-review-2025',
      'security-review-deadline',
      'release-0-sap-move',
    ]) {
      expect(byId(id).certainty, id).toBe('uncertain');
    }
    expect(byId('rpp-transition-end').certainty).toBe('confirmed');
  });

  it('has the milestones the issue asks for, with their dates', () => {
    const starts: Record<string, string> = {
      'release-1-portal-opens': '2021-05-25T00:00:00-04:00',
      'may-2024-cutover-plan': '2024-04-26T16:00:00-04:00',
      'may-2024-cra-bn-rm-cut-off': '2024-05-10T19:00:00-04:00',
      'cn-24-17-launch-postponed': '2024-04-19T00:00:00-04:00',
      'cn-24-18-rm-moves-to-cbsa': '2024-05-13T00:00:00-04:00',
      'release-2-internal-launch': '2024-05-13T00:00:00-04:00',
      'october-2024-cutover': '2024-10-04T16:00:00-04:00',
      'new-bn-rm-interim-cut-off': '2024-10-18T12:00:00-04:00',
      'october-2024-go-live': '2024-10-21T00:00:00-04:00',
      'rpp-transition-original-end': '2025-04-19T00:00:00-04:00',
      'rpp-transition-end': '2025-05-20T03:00:00-04:00',
      'penalty-free-period': '2024-10-21T00:00:00-04:00',
      'late-payment-penalties-resume-2025': '2025-04-01T00:00:00-04:00',
      'transition-measures-end': '2025-12-31T00:00:00-05:00',
      'importer-of-record-liability': '2026-01-01T00:00:00-05:00',
      'interest-accrues-2026': '2026-01-31T00:00:00-05:00',
      'security-review-2025': '2025-10-20T00:00:00-04:00',
      'security-review-deadline': '2026-01-15T00:00:00-05:00',
    };
    for (const [id, start] of Object.entries(starts)) expect(byId(id).start, id).toBe(start);
    expect(byId('may-2024-cutover-plan').end).toBe('2024-05-13T03:00:00-04:00');
    expect(byId('october-2024-cutover').end).toBe('2024-10-21T03:00:00-04:00');
    expect(byId('penalty-free-period').end).toBe('2025-01-19T00:00:00-05:00');
  });
});

describe('catalogueEntrySchema', () => {
  it('accepts a well-formed entry', () => {
    expect(catalogueEntrySchema.safeParse(valid).success).toBe(true);
  });

  it('rejects an offset that is not Toronto’s at that instant (EST written in summer)', () => {
    expect(catalogueEntrySchema.safeParse({ ...valid, start: '2024-10-04T16:00:00-05:00' }).success).toBe(
      false,
    );
    expect(catalogueEntrySchema.safeParse({ ...valid, start: '2024-10-04T20:00:00Z' }).success).toBe(false);
  });

  it('rejects a window without an end, an end before the start, and a milestone with an end', () => {
    const { end: _end, ...noEnd } = valid;
    expect(catalogueEntrySchema.safeParse(noEnd).success).toBe(false);
    expect(catalogueEntrySchema.safeParse({ ...valid, end: '2024-10-01T00:00:00-04:00' }).success).toBe(
      false,
    );
    expect(catalogueEntrySchema.safeParse({ ...valid, kind: 'milestone' }).success).toBe(false);
  });

  it('rejects a day-precision date that is not midnight Eastern, a missing French text, and other zones', () => {
    expect(catalogueEntrySchema.safeParse({ ...valid, precision: 'day' }).success).toBe(false);
    expect(catalogueEntrySchema.safeParse({ ...valid, title: { en: 'Only English', fr: ' ' } }).success).toBe(
      false,
    );
    expect(catalogueEntrySchema.safeParse({ ...valid, zone: 'America/Vancouver' }).success).toBe(false);
    expect(catalogueEntrySchema.safeParse({ ...valid, id: 'Not_Kebab' }).success).toBe(false);
  });

  it('rejects duplicate ids and superseded-by ids that do not exist', () => {
    expect(catalogueSchema.safeParse([valid, valid]).success).toBe(false);
    const orphan = { ...valid, supersededBy: { ids: ['nowhere'], notice: { en: 'x', fr: 'y' } } };
    expect(catalogueSchema.safeParse([orphan]).success).toBe(false);
  });
});

describe('statusAt', () => {
  it('marks everything in the catalogue passed or superseded on 2026-11-26 (nothing announced after early 2026)', () => {
    for (const entry of CATALOGUE) {
      expect(['passed', 'superseded'], entry.id).toContain(statusAt(entry, FACTS_TODAY));
    }
  });

  it('reports superseded whatever the date', () => {
    const plan = byId('may-2024-cutover-plan');
    expect(statusAt(plan, new Date('2024-01-01T00:00:00Z'))).toBe('superseded');
    expect(statusAt(plan, new Date('2024-05-01T00:00:00Z'))).toBe('superseded');
  });

  it('reports a window as upcoming, in progress to the minute, then passed', () => {
    const cutover = byId('october-2024-cutover');
    expect(statusAt(cutover, new Date('2024-10-04T15:59:00-04:00'))).toBe('upcoming');
    expect(statusAt(cutover, new Date('2024-10-04T16:00:00-04:00'))).toBe('in-progress');
    expect(statusAt(cutover, new Date('2024-10-21T02:59:59-04:00'))).toBe('in-progress');
    expect(statusAt(cutover, new Date('2024-10-21T03:00:00-04:00'))).toBe('passed');
  });

  it('passes a cut-off at its exact instant', () => {
    const rpp = byId('rpp-transition-end');
    expect(statusAt(rpp, new Date('2025-05-20T06:59:59Z'))).toBe('upcoming');
    expect(statusAt(rpp, new Date('2025-05-20T07:00:00Z'))).toBe('passed');
  });

  it('keeps a day-precision entry in progress for its whole Eastern day', () => {
    const end = byId('transition-measures-end');
    expect(statusAt(end, new Date('2025-12-30T23:59:00-05:00'))).toBe('upcoming');
    expect(statusAt(end, new Date('2025-12-31T23:59:00-05:00'))).toBe('in-progress');
    expect(statusAt(end, new Date('2026-01-01T00:00:00-05:00'))).toBe('passed');
    expect(entryTimes(end).end?.toISOString()).toBe('2026-01-01T05:00:00.000Z');
    const penaltyFree = byId('penalty-free-period');
    expect(statusAt(penaltyFree, new Date('2025-01-19T22:00:00-05:00'))).toBe('in-progress');
    expect(statusAt(penaltyFree, new Date('2025-01-20T00:00:00-05:00'))).toBe('passed');
  });
});
