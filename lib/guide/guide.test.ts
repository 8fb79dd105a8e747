import { describe, expect, it } from 'vitest';
import type { Source } from '../i18n/text';
import {
  CHECKLIST,
  checklistFor,
  ERROR_CODE_HELP,
  ERROR_HELP,
  ERROR_IDS,
  FIELD_TIPS,
  KNOWN_ERROR_CODES,
  nextStep,
  PAGE_IDS,
  PAGE_STEP,
  PAGE_TIPS,
  RESOURCES,
  ROLE_IDS,
  ROLE_PATH,
  ROLES,
  STEP_IDS,
  STEPS,
  stepsForRole,
  tipsFor,
} from './index';

// Meta-tests for the conventions (house style: behaviour as data, every entry bilingual and sourced).

type TextLike = { en: string; fr: string };
const isTextLike = (v: unknown): v is TextLike =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TextLike).en === 'string' &&
  typeof (v as TextLike).fr === 'string';

/** Every user-facing {en, fr} pair in a value, with where it was found; urls and certainty are not copy. */
const textsIn = (value: unknown, path: string, out: [string, TextLike][] = []): [string, TextLike][] => {
  if (isTextLike(value)) {
    out.push([path, value]);
    return out;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) textsIn(v, `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'url' || k === 'certainty' || k === 'field') continue;
      textsIn(v, `${path}.${k}`, out);
    }
  }
  return out;
};

const ALL = { ROLES, STEPS, CHECKLIST, PAGE_TIPS, FIELD_TIPS, RESOURCES, ERROR_HELP, ERROR_CODE_HELP };
const ALL_TEXTS = textsIn(ALL, 'guide');
const SOURCED: { id: string; text: TextLike[]; source: Source }[] = [
  ...CHECKLIST.map((i) => ({ id: i.id, text: [i.text, ...(i.detail ? [i.detail] : [])], source: i.source })),
  ...PAGE_TIPS.map((t) => ({ id: t.id, text: [t.text], source: t.source })),
  ...FIELD_TIPS.map((t) => ({ id: t.id, text: [t.text], source: t.source })),
  ...ERROR_HELP.map((e) => ({ id: e.id, text: [e.meaning, e.action], source: e.source })),
  ...Object.values(ERROR_CODE_HELP).map((e) => ({
    id: e.code,
    text: [e.meaning, e.action],
    source: e.source,
  })),
];
const UNCERTAIN_EN = /not confirmed by CBSA/;
const UNCERTAIN_FR = /non confirmé par l'ASFC/;

describe('coverage', () => {
  it('has a role for every role id and a step for every step id', () => {
    expect(ROLES.map((r) => r.id).sort()).toEqual([...ROLE_IDS].sort());
    expect(STEPS.map((s) => s.id).sort()).toEqual([...STEP_IDS].sort());
  });

  it('gives every known page at least two tips, one of them saying what to enter or have ready', () => {
    for (const page of PAGE_IDS.filter((p) => p !== 'unknown')) {
      const tips = PAGE_TIPS.filter((t) => t.page === page);
      expect(tips.length, page).toBeGreaterThanOrEqual(2);
      expect(
        tips.some((t) => t.kind === 'enter' || t.kind === 'have-ready' || t.kind === 'next'),
        page,
      ).toBe(true);
    }
  });

  it('gives the unknown page a general tip for everyone', () => {
    expect(tipsFor('unknown').length).toBeGreaterThanOrEqual(1);
  });

  it('gives every role at least one tip on each page of its path', () => {
    for (const role of ROLE_IDS) {
      const pages = (Object.keys(PAGE_STEP) as (keyof typeof PAGE_STEP)[]).filter(
        (p) => ROLE_PATH[role].includes(PAGE_STEP[p]) && p !== 'nri-documents',
      );
      for (const page of pages)
        expect(tipsFor(page, role).length, `${role} on ${page}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every step of every role checklist items, ending with exactly one final item', () => {
    for (const role of ROLE_IDS) {
      for (const step of ROLE_PATH[role]) {
        const items = checklistFor(role, step);
        expect(items.length, `${role}/${step}`).toBeGreaterThan(0);
        expect(items.at(-1)?.final, `${role}/${step} last item is final`).toBe(true);
        expect(items.filter((i) => i.final).length, `${role}/${step} has one final item`).toBe(1);
      }
    }
  });

  it('has help for every error id and every known error code', () => {
    expect(ERROR_HELP.map((e) => e.id).sort()).toEqual([...ERROR_IDS].sort());
    expect(Object.keys(ERROR_CODE_HELP).sort()).toEqual([...KNOWN_ERROR_CODES].sort());
  });

  it('links at least one official resource for every step', () => {
    for (const step of STEP_IDS)
      expect(
        RESOURCES.some((r) => r.steps.includes(step)),
        step,
      ).toBe(true);
  });
});

describe('paths', () => {
  it('reaches every step of a role by following nextStep from its first step', () => {
    for (const role of ROLE_IDS) {
      const path = ROLE_PATH[role];
      const walked = [path[0]];
      for (let s = nextStep(role, path[0] ?? 'prepare'); s; s = nextStep(role, s.id)) walked.push(s.id);
      expect(walked, role).toEqual([...path]);
      expect(stepsForRole(role).map((s) => s.id)).toEqual([...path]);
    }
  });

  it('puts every step on some role path', () => {
    const onPaths = new Set(Object.values(ROLE_PATH).flat());
    for (const step of STEP_IDS) expect(onPaths.has(step), step).toBe(true);
  });

  it('only restricts checklist items to roles whose path has the item’s step', () => {
    for (const item of CHECKLIST) {
      for (const role of item.roles ?? [])
        expect(ROLE_PATH[role].includes(item.step), `${item.id}: ${role}`).toBe(true);
      expect(
        ROLE_IDS.some((r) => ROLE_PATH[r].includes(item.step) && (item.roles ?? [r]).includes(r)),
        item.id,
      ).toBe(true);
    }
  });

  it('ticks items only from confirmation pages of the item’s own step', () => {
    const withPage = CHECKLIST.filter((i) => i.doneOnPage);
    expect(withPage.map((i) => i.doneOnPage).sort()).toEqual(['business-linked', 'delegation-approved']);
    for (const item of withPage)
      expect(item.doneOnPage && PAGE_STEP[item.doneOnPage], item.id).toBe(item.step);
  });

  it('keeps the guide map’s step titles', () => {
    const title = (id: string) => STEPS.find((s) => s.id === id)?.title.en;
    expect(title('prepare')).toBe('Before you start: gather what the portal will ask for');
    expect(title('account')).toBe('Create sign-in credentials and a user account');
    expect(title('link-business')).toBe('Link your user account to your business account');
    expect(title('delegate')).toBe(
      'Delegate authority to your customs broker (third-party service provider)',
    );
    expect(title('rpp')).toBe('Post financial security for Release Prior to Payment');
    expect(title('client-requests')).toBe('Request delegation from your importer clients');
  });
});

describe('ids', () => {
  it('are unique across checklist items, tips, field tips and resources', () => {
    const ids = [...CHECKLIST, ...PAGE_TIPS, ...FIELD_TIPS, ...RESOURCES].map((x) => x.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('prefix checklist items with their step', () => {
    for (const item of CHECKLIST) expect(item.id.startsWith(`${item.step}-`), item.id).toBe(true);
  });
});

describe('official languages', () => {
  it('has both languages, non-empty and different, for every string', () => {
    expect(ALL_TEXTS.length).toBeGreaterThan(200);
    for (const [where, text] of ALL_TEXTS) {
      expect(text.en.trim(), where).not.toBe('');
      expect(text.fr.trim(), where).not.toBe('');
      expect(text.fr, where).not.toBe(text.en);
    }
  });

  it('uses French typography for amounts in French', () => {
    for (const [where, text] of ALL_TEXTS) expect(text.fr, where).not.toMatch(/\$\d/);
  });

  it('gives field tips label fragments in both languages', () => {
    for (const tip of FIELD_TIPS) {
      expect(tip.field.en.length, tip.id).toBeGreaterThan(0);
      expect(tip.field.fr.length, tip.id).toBeGreaterThan(0);
    }
  });

  it('has resource addresses in both languages', () => {
    for (const r of RESOURCES) {
      expect(() => new URL(r.url.en), r.id).not.toThrow();
      expect(() => new URL(r.url.fr), r.id).not.toThrow();
    }
  });
});

describe('sources', () => {
  it('cite a public https or http address for every tip, item and error', () => {
    for (const s of SOURCED) expect(new URL(s.source.url).protocol, s.id).toMatch(/^https?:$/);
  });

  it('mark uncertain facts in the text and the source alike, in both languages', () => {
    for (const s of SOURCED) {
      const saysEn = s.text.some((t) => UNCERTAIN_EN.test(t.en));
      const saysFr = s.text.some((t) => UNCERTAIN_FR.test(t.fr));
      expect(saysFr, s.id).toBe(saysEn);
      expect(s.source.certainty === 'uncertain', s.id).toBe(saysEn);
    }
  });

  it('point each EC code to its help-tool topic and give the helpdesk, overseas numbers included', () => {
    for (const help of Object.values(ERROR_CODE_HELP)) {
      expect(help.meaning.en).toMatch(new RegExp(`help tool has a topic for ${help.code}`));
      expect(help.action.en).toMatch(new RegExp(`choose Error code, then ${help.code}`));
      expect(help.action.en).toMatch(
        /1-800-461-9999.*1-204-983-3500 or 1-506-636-5064.*press 2.*Monday to Friday, 7 am to 7 pm Eastern/,
      );
      expect(help.action.en).toMatch(/contact form/);
      expect(help.action.fr.replaceAll('\u00a0', ' ')).toMatch(
        /1-800-461-9999.*1-204-983-3500 ou 1-506-636-5064.*faites le 2.*Du lundi au vendredi, de 7 h à 19 h/,
      );
    }
  });
});

describe('copy', () => {
  it('does not present the 2024 launch or a cutover as upcoming, nor name a release number', () => {
    const banned = [
      /cut-?over/i,
      /basculement/i,
      /upcoming|will go live|coming soon|is scheduled for/i,
      /à venir|entrera en vigueur|sera lancé/i,
      /\brelease\s*\d/i,
      /\bR[0-4]\b/,
      /21 (October|octobre) 2024/i,
      /19 (April|avril) 2025/i,
    ];
    for (const [where, text] of ALL_TEXTS) {
      for (const re of banned) {
        expect(text.en, where).not.toMatch(re);
        expect(text.fr, where).not.toMatch(re);
      }
    }
  });

  it('says where to go, never "click here"', () => {
    for (const [where, text] of ALL_TEXTS) {
      expect(text.en, where).not.toMatch(/click here/i);
      expect(text.fr, where).not.toMatch(/cliquez ici/i);
    }
  });

  it('keeps tips and checklist items to one or two sentences', () => {
    const sentences = (s: string) => s.split(/[.!?](?:\s|$)/).filter((x) => x.trim() !== '').length;
    for (const t of [...PAGE_TIPS, ...FIELD_TIPS, ...CHECKLIST]) {
      expect(sentences(t.text.en), t.id).toBeLessThanOrEqual(2);
      expect(sentences(t.text.fr), t.id).toBeLessThanOrEqual(2);
    }
  });

  it('defines the role acronyms where the role is described', () => {
    expect(ROLES.find((r) => r.id === 'nri')?.description.en).toMatch(/Canada Revenue Agency \(CRA\)/);
    expect(ROLES.find((r) => r.id === 'nri')?.description.fr).toMatch(/Agence du revenu du Canada \(ARC\)/);
  });
});
