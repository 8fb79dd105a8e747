import { z } from 'zod';
import { pageIdSchema, roleIdSchema } from '../guide/ids';
import { langSchema, textSchema } from '../i18n/text';
import { journeyViewSchema } from '../journey/journey-view-schema';
import {
  deadlineNoteSchema,
  deadlineTitleSchema,
  exportFileSchema,
  isoInstantSchema,
  itemIdSchema,
  profileLabelSchema,
  recordIdSchema,
  settingsPatchSchema,
  snapshotSchema,
} from '../progress/schema';

/*
 * Every message the overlay, popup and options page send to the background, the only writer of stored state.
 * Objects are strict: an unknown key (including `__proto__`) makes the whole message invalid.
 */

const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** Omitted profile ids mean the active profile. */
const profileRef = recordIdSchema.optional();

export const messageSchema = z.discriminatedUnion('type', [
  /** With `lang` (the caller's language when the settings follow the portal's), the reply has the journey view. */
  message('get-state', { lang: langSchema.optional() }),
  message('tick', { profileId: profileRef, itemId: itemIdSchema, done: z.boolean() }),
  message('set-role', { profileId: profileRef, role: roleIdSchema.nullable() }),
  /** A portal page was shown (active profile); keeps the last visit for the inactivity countdown. */
  message('visit', { page: pageIdSchema, lang: langSchema }),
  /**
   * A confirmation page was shown: ticks that step's final item on the active profile. Any other page is refused by
   * the handler (checked there, so this schema, which the popup loads, carries no page data).
   */
  message('portal-confirmed', { page: pageIdSchema }),
  message('profile-create', {
    label: profileLabelSchema,
    role: roleIdSchema.nullable(),
    /** Switch to the new profile (default true). */
    activate: z.boolean().optional(),
  }),
  /** `label: null` goes back to the default, localised name. */
  message('profile-rename', { profileId: recordIdSchema, label: profileLabelSchema.nullable() }),
  message('profile-delete', { profileId: recordIdSchema }),
  message('profile-switch', { profileId: recordIdSchema }),
  message('settings-update', { patch: settingsPatchSchema }),
  message('deadline-add', {
    title: deadlineTitleSchema,
    at: isoInstantSchema,
    note: deadlineNoteSchema.optional(),
  }),
  /** `note: null` removes the note. */
  message('deadline-update', {
    id: recordIdSchema,
    title: deadlineTitleSchema.optional(),
    at: isoInstantSchema.optional(),
    note: deadlineNoteSchema.nullable().optional(),
  }),
  message('deadline-delete', { id: recordIdSchema }),
  /** The parsed export file (or its text); checked by parseImport, whose errors have their own codes. */
  message('import', { file: z.unknown() }),
  message('reset', { scope: z.enum(['profile', 'all']), confirm: z.literal(true), profileId: profileRef }),
  message('export', {}),
  /** The user has read the recovery report. */
  message('problems-dismiss', {}),
]);

/** What a sender writes (before trimming and date normalisation). */
export type MessageInput = z.input<typeof messageSchema>;
/** What the background acts on. */
export type Message = z.output<typeof messageSchema>;
export type MessageType = Message['type'];

export const ERROR_CODES = [
  'invalid-message',
  'invalid-import',
  'newer-version',
  'not-ours',
  'not-found',
  'last-profile',
  'limit-reached',
  'too-large',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const replySchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    state: snapshotSchema,
    /** Only in the reply to `export`. */
    file: exportFileSchema.optional(),
    /** The active profile's journey, at its last page: in replies to a request that gave `lang`. */
    journey: journeyViewSchema.optional(),
  }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: errorCodeSchema, message: textSchema }),
  }),
]);
export type Reply = z.infer<typeof replySchema>;
export type OkReply = Extract<Reply, { ok: true }>;
export type ErrorReply = Extract<Reply, { ok: false }>;
