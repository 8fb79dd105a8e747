import { z } from 'zod';
import { errorIdSchema, pageIdSchema } from '../guide/ids';
import { langSchema } from '../i18n/text';
import { type PageView, withBar } from '../overlay/bar-view';
import { buildOverlayView } from '../overlay/overlay-view';
import { readSnapshot } from '../progress/storage-items';
import { errorReply } from './error-text';
import type { ErrorReply } from './schema';

/** The content script asks for what to show on the page it recognised; it sends ids only, never page text. */
export const overlayViewRequestSchema = z.strictObject({
  type: z.literal('overlay-view'),
  page: pageIdSchema,
  lang: langSchema,
  errors: z
    .array(
      z.strictObject({
        id: errorIdSchema,
        code: z
          .string()
          .regex(/^EC-\d{4}$/)
          .optional(),
      }),
    )
    .max(10),
});
export type OverlayViewRequest = z.input<typeof overlayViewRequestSchema>;

export type OverlayViewReply = { ok: true; view: PageView } | ErrorReply;

export const isOverlayViewRequest = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'overlay-view';

/** Read-only: builds the view from stored progress and settings, writes nothing. */
export const handleOverlayView = async (raw: unknown, now: Date): Promise<OverlayViewReply> => {
  const parsed = overlayViewRequestSchema.safeParse(raw);
  if (!parsed.success) return errorReply('invalid-message');
  const { snapshot } = await readSnapshot(now);
  const profile =
    snapshot.progress.profiles.find((p) => p.id === snapshot.progress.activeProfileId) ??
    snapshot.progress.profiles[0];
  if (!profile) return errorReply('internal');
  const { page, lang, errors } = parsed.data;
  return {
    ok: true,
    view: withBar(
      buildOverlayView({
        page,
        portalLang: lang,
        errors: errors.map((e) => (e.code ? { id: e.id, code: e.code } : { id: e.id })),
        profile,
        profiles: snapshot.progress.profiles.length,
        settings: snapshot.settings,
      }),
    ),
  };
};
