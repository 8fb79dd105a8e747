import { z } from 'zod';
import { sourceSchema, textSchema } from '../i18n/text';
import { errorIdSchema, PAGE_STEP, pageIdSchema, roleIdSchema, stepIdSchema } from './ids';

// Ids end up in stored progress and data attributes, so they stay plain kebab-case.
const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');

/** Who the guide is for: a role the user picks (never guessed). */
export const roleSchema = z.object({ id: roleIdSchema, title: textSchema, description: textSchema }).strict();
export type Role = z.infer<typeof roleSchema>;

/** One step of a role's path, with the guide map's title and a 2–4 word label for the progress line. */
export const stepSchema = z
  .object({
    id: stepIdSchema,
    title: textSchema,
    short: textSchema,
    summary: textSchema,
    doneWhen: textSchema,
    /** The "what comes next" line shown once the step is done. */
    next: textSchema.optional(),
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;

export const CHECKLIST_ITEM_KINDS = ['required', 'optional'] as const;

/** A thing to do or have for a step; ticked by the user, or by a confirmation page (`doneOnPage`). */
export const checklistItemSchema = z
  .object({
    id: kebabId,
    step: stepIdSchema,
    /** Omitted: every role whose path has the step. */
    roles: z.array(roleIdSchema).min(1).optional(),
    text: textSchema,
    detail: textSchema.optional(),
    source: sourceSchema,
    /** A confirmation page of the same step whose appearance ticks the item. */
    doneOnPage: pageIdSchema.exclude(['unknown']).optional(),
    /** The step's last item: ticking it completes the step. */
    final: z.boolean().optional(),
    /** Omitted: required. An optional item (advice, a case that may not apply) never holds a step back. */
    kind: z.enum(CHECKLIST_ITEM_KINDS).optional(),
    /** One of a group of alternatives: the step counts the group as one, met when `need` members are ticked. */
    group: z
      .object({ id: kebabId, need: z.int().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((item) => item.id.startsWith(`${item.step}-`), { message: 'item id must start with its step id' })
  .refine((item) => item.doneOnPage === undefined || PAGE_STEP[item.doneOnPage] === item.step, {
    message: "doneOnPage must be a page of the item's step",
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const PAGE_TIP_KINDS = ['have-ready', 'enter', 'pitfall', 'next'] as const;
/** A tip shown on one portal page. */
export const pageTipSchema = z
  .object({
    id: kebabId,
    page: pageIdSchema,
    kind: z.enum(PAGE_TIP_KINDS),
    /** Omitted: shown whatever the role. */
    roles: z.array(roleIdSchema).min(1).optional(),
    text: textSchema,
    source: sourceSchema,
  })
  .strict();
export type PageTip = z.infer<typeof pageTipSchema>;

export const FIELD_FORMATS = [
  'bn9',
  'program-account',
  'transaction-number',
  'legal-name',
  'address',
  'amount',
  'date',
] as const;
export const fieldFormatSchema = z.enum(FIELD_FORMATS);
export type FieldFormat = z.infer<typeof fieldFormatSchema>;

// Label fragments are compared with lower-cased page text, so they must be lower case themselves.
const labelFragments = z.array(
  z
    .string()
    .trim()
    .min(2)
    .refine((s) => s === s.toLowerCase(), { message: 'label fragments are lower case' }),
);

/** A tip attached to a form field, found by its label text in the portal's language. */
export const fieldTipSchema = z
  .object({
    id: kebabId,
    page: pageIdSchema.exclude(['unknown']),
    field: z.object({ en: labelFragments.min(1), fr: labelFragments.min(1) }).strict(),
    /** Which on-the-spot format hint applies (see formats.ts); nothing is stored. */
    format: fieldFormatSchema.optional(),
    text: textSchema,
    source: sourceSchema,
  })
  .strict();
export type FieldTip = z.infer<typeof fieldTipSchema>;

export const certaintySchema = z.enum(['confirmed', 'uncertain']);
export type Certainty = z.infer<typeof certaintySchema>;

export const RESOURCE_KINDS = ['video', 'user-guide', 'notice', 'help'] as const;
/** An official CBSA resource, linked in the page's language. */
export const resourceSchema = z
  .object({
    id: kebabId,
    /** Steps it helps with; empty for general resources used after registration. */
    steps: z.array(stepIdSchema),
    kind: z.enum(RESOURCE_KINDS),
    title: textSchema,
    url: z.object({ en: z.url(), fr: z.url() }).strict(),
    /** Per language, since several French addresses are only inferred from the English ones; a single value applies to both. */
    certainty: z.union([
      certaintySchema.transform((c) => ({ en: c, fr: c })),
      z.object({ en: certaintySchema, fr: certaintySchema }).strict(),
    ]),
  })
  .strict();
export type Resource = z.infer<typeof resourceSchema>;

/** What a known portal error means and what to do about it. */
export const errorHelpSchema = z
  .object({
    id: errorIdSchema,
    title: textSchema,
    meaning: textSchema,
    action: textSchema,
    source: sourceSchema,
  })
  .strict();
export type ErrorHelp = z.infer<typeof errorHelpSchema>;

/** The codes CBSA's help tool lists (docs/facts.md §5); the tool has a topic for each. */
export const KNOWN_ERROR_CODES = ['EC-1012', 'EC-1023', 'EC-1029'] as const;
export const errorCodeSchema = z.string().regex(/^EC-\d{4}$/);
export const errorCodeHelpSchema = z
  .object({ code: errorCodeSchema, meaning: textSchema, action: textSchema, source: sourceSchema })
  .strict();
export type ErrorCodeHelp = z.infer<typeof errorCodeHelpSchema>;

/** "What to do here" on one page, for the roles listed (omitted: everyone); the first entry that fits wins. */
export const pageActionSchema = z
  .object({ roles: z.array(roleIdSchema).min(1).optional(), text: textSchema, source: sourceSchema })
  .strict();
export type PageAction = z.infer<typeof pageActionSchema>;

/** The page that normally follows, for the roles listed (omitted: everyone); the first entry that fits wins. */
export const pageNextSchema = z
  .object({ roles: z.array(roleIdSchema).min(1).optional(), page: pageIdSchema.exclude(['unknown']) })
  .strict();

/** A page's part of the journey: what the user does there and what follows. */
export const pageGuidanceSchema = z
  .object({ doHere: z.array(pageActionSchema).min(1), next: z.array(pageNextSchema) })
  .strict();
export type PageGuidanceData = z.infer<typeof pageGuidanceSchema>;
