import { z } from 'zod';
import { pageIdSchema, roleIdSchema, stepIdSchema } from '../guide/ids';
import { langSchema } from '../i18n/text';
import { STEP_STATES } from './journey';

// The journey view as the popup and options page receive it from the background (validated on receipt).

const text = z.string().max(2000);
const sourceSchema = z.strictObject({ url: z.url(), title: text.optional(), uncertain: z.boolean() });

const partSchema = z.strictObject({
  id: stepIdSchema,
  number: z.int().min(1),
  name: text,
  label: text,
  state: z.enum(STEP_STATES),
  met: z.int().min(0),
  total: z.int().min(0),
  current: z.boolean(),
});

export const journeyViewSchema = z.strictObject({
  lang: langSchema,
  ui: z.record(z.string(), text),
  role: roleIdSchema.nullable(),
  roleTitle: text.optional(),
  parts: z.array(partSchema).max(10),
  position: partSchema.optional(),
  here: z
    .strictObject({
      page: pageIdSchema.exclude(['unknown']),
      pageName: text,
      text,
      source: sourceSchema,
      part: text.optional(),
      portalCounter: z.boolean().optional(),
    })
    .optional(),
  next: z
    .strictObject({
      step: stepIdSchema,
      text,
      where: text.optional(),
      page: pageIdSchema.exclude(['unknown']).optional(),
      itemId: z.string().max(80).optional(),
      source: sourceSchema.optional(),
      url: z.url(),
    })
    .optional(),
  complete: z.boolean(),
  checklist: z
    .array(
      z.strictObject({
        id: z.string().max(80),
        text,
        detail: text.optional(),
        done: z.boolean(),
        byPortal: z.boolean(),
        optional: z.boolean(),
        group: z.string().max(80).optional(),
      }),
    )
    .max(100),
  lastVisitPage: text.optional(),
});
