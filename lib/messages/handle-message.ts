import type { StepId } from '../guide/ids';
import { buildExport, parseImport } from '../progress/import-export';
import { isKnownItem } from '../progress/known-items';
import { CONFIRMATION_PAGES, finalItemId } from '../progress/portal-confirmations';
import { type ProgressEvent, reduce, rejection } from '../progress/reducer';
import { toReport } from '../progress/salvage';
import { applySettingsPatch, defaultSettings, type ExportFile, type Snapshot } from '../progress/schema';
import { readSnapshot, type StoredKey, writeStored } from '../progress/storage-items';
import { type DeadlineEdit, deadlineRejection, editDeadlines } from '../progress/user-deadlines';
import { type ErrorReason, errorReply } from './error-text';
import { type Message, messageSchema, type Reply } from './schema';
import { limitFor, MAX_IMPORT_MESSAGE_SIZE, measure } from './size-limit';

export interface HandlerDeps {
  now: () => Date;
  /** New profile and deadline ids; defaults to crypto.randomUUID. */
  newId?: () => string;
  /** The checklist item a confirmation page ticks; defaults to `<step>-confirmed`. */
  finalItemOf?: (step: StepId) => string;
}

type Imported = { file: ExportFile; notices: string[] };

type Outcome = { error: ErrorReason } | { next: Partial<Snapshot>; file?: ExportFile };

// Orders read-modify-write cycles so concurrent messages from several tabs cannot overwrite each other. It holds
// no state: every cycle re-reads storage, so a worker stopped between messages loses nothing.
let queue: Promise<unknown> = Promise.resolve();

const serialise = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
};

/**
 * The background's single entry point. Validates first (a malformed message gets `invalid-message` and nothing is
 * read or written), then applies the change to freshly read storage and replies with the new snapshot. Damaged
 * stored values are repaired and reported on the way; a request that fails writes nothing, repairs included.
 */
export const handleMessage = async (raw: unknown, deps: HandlerDeps): Promise<Reply> => {
  const refused = refuseOversized(raw);
  if (refused) return refused;
  const parsed = safely(() => messageSchema.safeParse(raw));
  if (!parsed?.success) return errorReply('invalid-message');
  const message = parsed.data;
  // Only items the guide has can be ticked (issue 15, finding 5): storage cannot be filled with made-up ids.
  if (message.type === 'tick' && !isKnownItem(message.itemId)) return errorReply('unknown-item');
  let imported: Imported | undefined;
  if (message.type === 'import') {
    const result = safely(() => parseImport(message.file));
    if (!result) return errorReply('invalid-message');
    if (!result.ok) return { ok: false, error: { code: result.code, message: result.message } };
    imported = { file: result.data, notices: result.notices };
  }
  try {
    return await serialise(() => apply(message, imported, deps));
  } catch (error) {
    console.error('[carm-guide] message failed', message.type, error);
    return errorReply('internal');
  }
};

/**
 * Refuses a message by its size, before any parsing (issue 15, finding 7); null when it may be parsed. Also used by
 * the background before the overlay's view requests.
 */
export const refuseOversized = (raw: unknown): Reply | null => {
  const limit = limitFor(raw);
  const verdict = measure(raw, limit);
  if (verdict === 'unreadable') return errorReply('invalid-message');
  if (verdict === 'too-large')
    return errorReply(limit === MAX_IMPORT_MESSAGE_SIZE ? 'import-too-large' : 'too-large');
  return null;
};

/** Structured-cloned messages cannot carry getters, but a direct caller could; a throwing one is just malformed. */
const safely = <T>(run: () => T): T | undefined => {
  try {
    return run();
  } catch {
    return undefined;
  }
};

const apply = async (message: Message, imported: Imported | undefined, deps: HandlerDeps): Promise<Reply> => {
  const now = deps.now();
  const read = await readSnapshot(now);
  const current = read.snapshot;
  const outcome = decide(current, message, imported, now, deps, read.problems.length > 0);
  if ('error' in outcome) return errorReply(outcome.error);
  const state: Snapshot = { ...current, ...outcome.next };
  const changed = (Object.keys(state) as StoredKey[]).filter(
    (key) => read.damaged.includes(key) || state[key] !== current[key],
  );
  // A fresh recovery report is stored with the repair, unless this very message replaced or cleared it.
  if (read.problems.length > 0 && state.problems === current.problems) changed.push('problems');
  const write: Partial<Snapshot> = {};
  for (const key of new Set(changed)) Object.assign(write, { [key]: state[key] });
  await writeStored(write);
  return outcome.file ? { ok: true, state, file: outcome.file } : { ok: true, state };
};

const decide = (
  current: Snapshot,
  message: Message,
  imported: Imported | undefined,
  now: Date,
  deps: HandlerDeps,
  repairedNow: boolean,
): Outcome => {
  const progress = current.progress;
  const active = progress.activeProfileId;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const onProgress = (event: ProgressEvent): Outcome => {
    const why = rejection(progress, event);
    if (why === 'not-found') return { error: 'profile-not-found' };
    if (why === 'limit-reached') return { error: 'profile-limit' };
    if (why === 'last-profile') return { error: 'last-profile' };
    return { next: { progress: reduce(progress, event, now) } };
  };
  const onDeadlines = (edit: DeadlineEdit): Outcome => {
    const why = deadlineRejection(current.userDeadlines, edit);
    if (why === 'not-found') return { error: 'deadline-not-found' };
    if (why === 'limit-reached') return { error: 'deadline-limit' };
    return { next: { userDeadlines: editDeadlines(current.userDeadlines, edit) } };
  };

  switch (message.type) {
    case 'get-state':
      return { next: {} };
    case 'export':
      return { next: {}, file: buildExport(current, now) };
    case 'tick':
      return onProgress({
        type: 'tick',
        profileId: message.profileId ?? active,
        itemId: message.itemId,
        done: message.done,
        by: 'user',
      });
    case 'portal-confirmed': {
      const itemId = (deps.finalItemOf ?? finalItemId)(CONFIRMATION_PAGES[message.page]);
      return onProgress({ type: 'tick', profileId: active, itemId, done: true, by: 'portal' });
    }
    case 'set-role':
      return onProgress({ type: 'set-role', profileId: message.profileId ?? active, role: message.role });
    case 'visit':
      return onProgress({ type: 'record-visit', profileId: active, page: message.page, lang: message.lang });
    case 'profile-create':
      return onProgress({
        type: 'create-profile',
        id: newId(),
        label: message.label,
        role: message.role,
        activate: message.activate ?? true,
      });
    case 'profile-rename':
      return onProgress({ type: 'rename-profile', profileId: message.profileId, label: message.label });
    case 'profile-delete':
      return onProgress({ type: 'delete-profile', profileId: message.profileId });
    case 'profile-switch':
      return onProgress({ type: 'switch-profile', profileId: message.profileId });
    case 'settings-update':
      return { next: { settings: applySettingsPatch(current.settings, message.patch) } };
    case 'deadline-add': {
      const { title, at, note } = message;
      return onDeadlines({ type: 'add', deadline: { id: newId(), title, at, ...(note ? { note } : {}) } });
    }
    case 'deadline-update':
      return onDeadlines({
        type: 'update',
        id: message.id,
        title: message.title,
        at: message.at,
        note: message.note,
      });
    case 'deadline-delete':
      return onDeadlines({ type: 'delete', id: message.id });
    case 'import':
      if (!imported) return { error: 'internal' };
      return {
        next: {
          progress: imported.file.progress,
          settings: imported.file.settings,
          userDeadlines: imported.file.userDeadlines,
          // What was left out of the file (items the guide does not have) is said in the recovery report.
          problems: toReport(imported.notices, now),
        },
      };
    case 'reset':
      if (message.scope === 'profile') {
        return onProgress({ type: 'reset-profile', profileId: message.profileId ?? active });
      }
      return {
        next: {
          progress: reduce(progress, { type: 'reset-all' }, now),
          settings: defaultSettings(),
          userDeadlines: [],
          problems: null,
        },
      };
    case 'problems-dismiss':
      // A report produced by this very read has not been shown yet, so it stays.
      return { next: { problems: repairedNow ? current.problems : null } };
  }
};

export { sendMessage } from './send-message';
export { watchSnapshot } from './watch-snapshot';
