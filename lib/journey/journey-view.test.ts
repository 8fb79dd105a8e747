import { describe, expect, it } from 'vitest';
import type { KnownPageId } from '../guide/ids';
import { defaultProfile, type Profile } from '../progress/schema';
import { buildJourneyView } from './journey-view';
import { journeyViewSchema } from './journey-view-schema';

const AT = '2026-12-01T15:00:00.000Z';
const profile = (over: Partial<Profile> = {}): Profile => ({
  ...defaultProfile(new Date(AT)),
  role: 'importer',
  ...over,
});
const seen = (...pages: KnownPageId[]) => Object.fromEntries(pages.map((p) => [p, AT]));

describe('the journey view', () => {
  it('names its parts "Part n · …", never "Step n of m", in both languages', () => {
    const en = buildJourneyView(profile(), 'en', undefined);
    const fr = buildJourneyView(profile(), 'fr', undefined);
    expect(en.parts.map((p) => p.label)).toEqual([
      'Part 1 · Gather your details',
      'Part 2 · Create your account',
      'Part 3 · Link your business',
      'Part 4 · Approve your broker',
      'Part 5 · Post your security',
    ]);
    expect(fr.position?.label).toBe('Partie 1 · Rassembler vos renseignements');
    for (const view of [en, fr]) expect(JSON.stringify(view)).not.toMatch(/Step \d+ of|Étape \d+ sur/);
  });

  it('after the business is linked: Part 4, the next action on the home page, never "Register my business"', () => {
    const p = profile({
      seen: seen(
        'sign-in',
        'mfa-setup',
        'user-profile',
        'first-time-setup',
        'business-identifiers',
        'business-linked',
      ),
      lastPage: 'business-linked',
    });
    const view = buildJourneyView(p, 'en', 'business-linked');
    expect(view.position?.label).toBe('Part 4 · Approve your broker');
    expect(view.parts.map((x) => x.state)).toEqual(['passed', 'done', 'done', 'not-started', 'not-started']);
    expect(view.next?.where).toBe('On Portal home:');
    expect(view.next?.text).toMatch(/Manage pending third party requests/);
    expect(JSON.stringify(view)).not.toMatch(/Register my business/);
    // The popup asks with the last page seen, and gets the very same next action.
    expect(buildJourneyView(p, 'en', p.lastPage).next).toEqual(view.next);
  });

  it('on a wizard page the portal numbers itself, says which part of the journey it is', () => {
    const view = buildJourneyView(
      profile({ seen: seen('sign-in', 'first-time-setup', 'business-identifiers') }),
      'fr',
      'business-identifiers',
    );
    expect(view.here?.portalCounter).toBe(true);
    expect(view.next).toMatchObject({ page: 'business-identifiers' });
    expect(view.next?.text).toMatch(/NE9/);
    expect(view.next?.where).toBeUndefined();
  });

  it('validates against the schema the popup checks replies with', () => {
    const p = profile({ seen: seen('sign-in'), lastPage: 'sign-in' });
    for (const lang of ['en', 'fr'] as const)
      expect(journeyViewSchema.safeParse(buildJourneyView(p, lang, 'sign-in')).success).toBe(true);
    expect(
      journeyViewSchema.safeParse(buildJourneyView(profile({ role: null }), 'en', undefined)).success,
    ).toBe(true);
  });

  it('starts with the first thing to gather, and opens the sign-in page for it', () => {
    const view = buildJourneyView(profile(), 'en', undefined);
    expect(view.next).toMatchObject({
      step: 'prepare',
      itemId: 'prepare-bn9',
      url: 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/en/auth/login',
    });
  });
});
