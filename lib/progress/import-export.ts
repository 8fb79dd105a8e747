import { z } from 'zod';
import { roleIdSchema } from '../guide/ids';
import type { Text } from '../i18n/text';
import { dropUnknownTicks } from './known-items';
import { progressV1ToV2 } from './migrations';
import {
  DEFAULT_PROFILE_ID,
  DEFAULT_SETTINGS,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  exportFileSchema,
  isoInstantSchema,
  itemIdSchema,
  type Snapshot,
  settingsSchema,
} from './schema';

export type ImportErrorCode = 'not-ours' | 'newer-version' | 'invalid-import';
export type ImportResult =
  /** `notices`: what was left out (ticks of items the guide does not have), for the recovery report. */
  { ok: true; data: ExportFile; notices: string[] } | { ok: false; code: ImportErrorCode; message: Text };

export const buildExport = (
  snapshot: Pick<Snapshot, 'progress' | 'settings' | 'userDeadlines'>,
  now: Date,
): ExportFile => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: now.toISOString(),
  progress: snapshot.progress,
  settings: snapshot.settings,
  userDeadlines: snapshot.userDeadlines,
});

/** e.g. `carm-guide-progress-2025-03-31.json` (UTC date, so the name does not depend on the time zone). */
export const exportFileName = (now: Date): string =>
  `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;

/**
 * Version 0 never shipped; it is the shape before business profiles existed (one role, one flat tick map, only
 * the language setting), kept so the migration path below is exercised from the first release.
 */
export const exportV0Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(0),
  exportedAt: isoInstantSchema,
  role: roleIdSchema.nullable(),
  ticks: z.record(itemIdSchema, z.strictObject({ done: z.boolean(), at: isoInstantSchema })),
  language: settingsSchema.shape.language,
});

/** Version 1: today's shape without the pages the portal showed (profiles may not carry `seen`, `lastPage`). */
export const exportV1Schema = z.strictObject({ ...exportFileSchema.shape, version: z.literal(1) });

/** `EXPORT_MIGRATIONS[n]` turns a version n-1 file into version n; each validates its own input first. */
export const EXPORT_MIGRATIONS: Record<number, z.ZodType<unknown>> = {
  1: exportV0Schema.transform((v0) => ({
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: v0.exportedAt,
    progress: {
      activeProfileId: DEFAULT_PROFILE_ID,
      profiles: [
        {
          id: DEFAULT_PROFILE_ID,
          label: null,
          role: v0.role,
          createdAt: v0.exportedAt,
          ticks: Object.fromEntries(
            Object.entries(v0.ticks).map(([id, tick]) => [id, { done: tick.done, at: tick.at, by: 'user' }]),
          ),
        },
      ],
    },
    settings: { ...structuredClone(DEFAULT_SETTINGS), language: v0.language },
    userDeadlines: [],
  })),
  2: exportV1Schema.transform((v1) => ({
    ...v1,
    version: 2,
    progress: progressV1ToV2(v1.progress),
  })),
};

const NOT_OURS: Text = {
  en: 'This file is not a CARM Guide progress file. Choose a file you exported from CARM Guide. Nothing was changed.',
  fr: "Ce fichier n'est pas un fichier de progression de CARM Guide. Choisissez un fichier exporté depuis CARM Guide. Rien n'a été modifié.",
};

const NEWER_VERSION: Text = {
  en: 'This file comes from a newer version of CARM Guide. Update the extension, then import it again. Nothing was changed.',
  fr: "Ce fichier provient d'une version plus récente de CARM Guide. Mettez l'extension à jour, puis importez-le de nouveau. Rien n'a été modifié.",
};

const invalidImport = (where: string): Text => ({
  en: `This progress file is damaged or was edited by hand (problem at: ${where}). Nothing was changed.`,
  fr: `Ce fichier de progression est endommagé ou a été modifié à la main (problème à : ${where}). Rien n'a été modifié.`,
});

/** An export with every profile full is far below this (50 profiles of ~70 ticks: ~400 KB). */
export const MAX_IMPORT_CHARS = 2 * 1024 * 1024;

export const TOO_LARGE: Text = {
  en: 'This file is too large to be a CARM Guide progress file (more than 2 MB). Choose a file you exported from CARM Guide. Nothing was changed.',
  fr: "Ce fichier est trop volumineux pour être un fichier de progression du Guide GCRA (plus de 2 Mo). Choisissez un fichier exporté depuis le Guide GCRA. Rien n'a été modifié.",
};

const fail = (code: ImportErrorCode, message: Text): ImportResult => ({ ok: false, code, message });

const firstIssuePath = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'top level';
};

/**
 * Validates an import, all or nothing: unlike stored values, a file is not salvaged, because a partial import
 * would silently lose progress the user expects to get back. Accepts parsed JSON or the file's text.
 */
export const parseImport = (json: unknown): ImportResult => {
  let raw = json;
  // Refused by size before parsing (issue 15, finding 7): a huge string took seconds to refuse.
  if (typeof raw === 'string' && raw.length > MAX_IMPORT_CHARS) return fail('invalid-import', TOO_LARGE);
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return fail('not-ours', NOT_OURS);
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not-ours', NOT_OURS);
  const file = raw as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return fail('not-ours', NOT_OURS);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('invalid-import', invalidImport('version'));
  }
  if (version > EXPORT_VERSION) return fail('newer-version', NEWER_VERSION);
  let current: unknown = file;
  for (let target = version + 1; target <= EXPORT_VERSION; target += 1) {
    const migration = EXPORT_MIGRATIONS[target];
    if (!migration) return fail('invalid-import', invalidImport('version'));
    const migrated = migration.safeParse(current);
    if (!migrated.success) return fail('invalid-import', invalidImport(firstIssuePath(migrated.error)));
    current = migrated.data;
  }
  const parsed = exportFileSchema.safeParse(current);
  if (!parsed.success) return fail('invalid-import', invalidImport(firstIssuePath(parsed.error)));
  // Ticks of items this guide does not have (another version's, or made up) are left out, and said so.
  const notices: string[] = [];
  const progress = dropUnknownTicks(parsed.data.progress, 'import: progress', notices);
  return { ok: true, data: { ...parsed.data, progress }, notices };
};
