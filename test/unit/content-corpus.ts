import { OPTIONS } from '@/components/options/options-strings';
import { POPUP } from '@/components/popup/popup-strings';
import {
  billingPeriodEndingIn,
  CATALOGUE,
  deadlinesOfPeriod,
  INACTIVITY_LAPSED,
  INACTIVITY_TITLE,
} from '@/lib/deadlines';
import {
  CHECKLIST,
  checkFormat,
  ERROR_CODE_HELP,
  ERROR_HELP,
  errorCodeHelp,
  FIELD_TIPS,
  PAGE_TIPS,
  RESOURCES,
  ROLES,
  STEPS,
} from '@/lib/guide';
import type { Source, Text } from '@/lib/i18n/text';
import { UI } from '@/lib/i18n/ui-strings';

/**
 * Everything the guide says, for the content tests and the seeded re-check sample: each entry is one thing a
 * user reads (a tip, a checklist item, an error explanation, a date), with all its strings and its source.
 */
export interface ContentEntry {
  /** 'checklist:prepare-bn9', 'tip:sign-in-…', 'error:bn-not-accepted', 'date:soa-2027-06'… */
  id: string;
  kind: 'checklist' | 'tip' | 'field-tip' | 'error' | 'error-code' | 'milestone' | 'recurring' | 'inactivity';
  /** Short, read-in-a-breath texts (tips, checklist items): held to the 25-word sentence rule. */
  short: boolean;
  texts: Text[];
  source: Source;
  extraSources?: readonly Source[];
  /** For tips: their kind ('pitfall' is shown as a warning). */
  tipKind?: string;
}

/** The recurring dates of 2026 and 2027 (24 billing periods). */
const RECURRING = Array.from({ length: 24 }, (_, i) =>
  deadlinesOfPeriod(billingPeriodEndingIn(2026, i + 1)),
).flat();

export const CONTENT: ContentEntry[] = [
  ...CHECKLIST.map((i) => ({
    id: `checklist:${i.id}`,
    kind: 'checklist' as const,
    short: true,
    texts: [i.text, ...(i.detail ? [i.detail] : [])],
    source: i.source,
  })),
  ...PAGE_TIPS.map((t) => ({
    id: `tip:${t.id}`,
    kind: 'tip' as const,
    short: true,
    texts: [t.text],
    source: t.source,
    tipKind: t.kind,
  })),
  ...FIELD_TIPS.map((t) => ({
    id: `field-tip:${t.id}`,
    kind: 'field-tip' as const,
    short: true,
    texts: [t.text],
    source: t.source,
  })),
  ...ERROR_HELP.map((e) => ({
    id: `error:${e.id}`,
    kind: 'error' as const,
    short: false,
    texts: [e.title, e.meaning, e.action],
    source: e.source,
  })),
  ...[...Object.values(ERROR_CODE_HELP), errorCodeHelp('EC-4242')].flatMap((e) =>
    e
      ? [
          {
            id: `error-code:${e.code}`,
            kind: 'error-code' as const,
            short: false,
            texts: [e.meaning, e.action],
            source: e.source,
          },
        ]
      : [],
  ),
  ...CATALOGUE.map((c) => ({
    id: `milestone:${c.id}`,
    kind: 'milestone' as const,
    short: false,
    texts: [c.title, c.detail, ...(c.supersededBy ? [c.supersededBy.notice] : [])],
    source: c.source,
    ...(c.extraSources ? { extraSources: c.extraSources } : {}),
  })),
  ...RECURRING.map((d) => ({
    id: `recurring:${d.id}`,
    kind: 'recurring' as const,
    short: false,
    texts: [d.title, d.detail, ...(d.caveat ? [d.caveat] : [])],
    source: d.source,
    ...(d.extraSources ? { extraSources: d.extraSources } : {}),
  })),
];

/** Interface strings (no source of their own: they say nothing about CARM, or repeat sourced entries). */
export const INTERFACE_TEXTS: [string, Text][] = [
  ...Object.entries(UI).map(([k, v]) => [`ui.${k}`, v] as [string, Text]),
  ...Object.entries(POPUP).map(([k, v]) => [`popup.${k}`, v] as [string, Text]),
  ...Object.entries(OPTIONS).map(([k, v]) => [`options.${k}`, v] as [string, Text]),
  ...ROLES.flatMap((r) => [
    [`role.${r.id}.title`, r.title] as [string, Text],
    [`role.${r.id}.description`, r.description] as [string, Text],
  ]),
  ...STEPS.flatMap((s) =>
    (['title', 'short', 'summary', 'doneWhen', 'next'] as const).flatMap((k) => {
      const v = s[k];
      return v ? [[`step.${s.id}.${k}`, v] as [string, Text]] : [];
    }),
  ),
  ...RESOURCES.map((r) => [`resource.${r.id}`, r.title] as [string, Text]),
  ['inactivity.title', INACTIVITY_TITLE],
  ['inactivity.lapsed.title', INACTIVITY_LAPSED.title],
  ['inactivity.lapsed.body', INACTIVITY_LAPSED.body],
];

/** Format hints, computed on the spot: drawn here from values that reach every branch. */
const FORMAT_SAMPLES: [Parameters<typeof checkFormat>[0], string][] = [
  ['bn9', '123026635'],
  ['bn9', '123456783'],
  ['bn9', '12345'],
  ['bn9', '123 026 635 RM0001'],
  ['program-account', 'RM0001'],
  ['program-account', '123026635RM0001'],
  ['program-account', 'RT0001'],
  ['program-account', 'RM01'],
  ['transaction-number', '12345123456789'],
  ['transaction-number', '1234512345678900001'],
  ['transaction-number', '123'],
  ['legal-name', 'Acme Ltd.'],
  ['legal-name', '  acme  '],
  ['address', '1 Main St.'],
  ['amount', '$1,234.56'],
  ['amount', '12.3'],
  ['amount', '0'],
  ['date', '2026-02-30'],
  ['date', '2026-12-01'],
  ['date', '2030-01-01'],
];
export const FORMAT_TEXTS: [string, Text][] = FORMAT_SAMPLES.flatMap(([format, value]) => {
  const h = checkFormat(format, value, new Date('2026-12-04T12:00:00Z'));
  return h ? [[`format.${format}:${value}`, h.message] as [string, Text]] : [];
});

/** Every string pair, with where it comes from. */
export const ALL_TEXTS: [string, Text][] = [
  ...CONTENT.flatMap((e) => e.texts.map((t, i) => [`${e.id}#${i}`, t] as [string, Text])),
  ...INTERFACE_TEXTS,
  ...FORMAT_TEXTS,
];
