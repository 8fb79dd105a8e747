import type { PageId, StepId } from '../guide/ids';
import type { Lang } from '../i18n/text';
import { buildJourneyView, type JourneyView } from '../journey/journey-view';
import { isConfirmationPage } from '../progress/confirmation-pages';
import { buildExport, parseImport } from '../progress/import-export';
import { isKnownItem } from '../progress/known-items';
import { CONFIRMATION_PAGES, finalItemId } from '../progress/portal-confirmations';
import { type ProgressEvent, reduce, rejection } from '../progress/reducer';
import { toReport } from '../progress/salvage';
import {
  applySettingsPatch,
  defaultSettings,
  type ExportFile,
  type Profile,
  type ProgressState,
  type Snapshot,
} from '../progress/schema';
import { readSnapshot, type SnapshotRead, type StoredKey, writeStored } from '../progress/storage-items';
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

// Orders read-modify-write cycles so concurrent messages from several tabs cannot overwrite each other. Every
// cycle re-reads storage; the only state kept between messages is a visit not yet written (below).
let queue: Promise<unknown> = Promise.resolve();

export const serialise = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
};

/**
 * How long a visit that changes nothing but the last page and its time waits before it is written. A portal that
 * changes page many times a second (issue 15, finding 6) then costs one write per delay, not one per change; a
 * first sight of a page, a tick or anything else is written at once and takes the waiting visit with it. A worker
 * stopped before the delay loses at most that much of the last-visit time.
 */
export const VISIT_WRITE_DELAY_MS = 2000;

interface PendingVisit {
  profileId: string;
  lastVisit?: Profile['lastVisit'];
  lastPage?: Profile['lastPage'];
  lastLang?: Profile['lastLang'];
}
let pendingVisit: PendingVisit | null = null;
let flushTimer: ReturnType<typeof setTimeout> | undefined;

/** The stored state with the visit not yet written laid over it, so every reply sees the latest. */
const withPending = (snapshot: Snapshot): Snapshot => {
  const pending = pendingVisit;
  if (!pending) return snapshot;
  const progress = reduceVisit(snapshot.progress, pending);
  return progress === snapshot.progress ? snapshot : { ...snapshot, progress };
};

const reduceVisit = (progress: ProgressState, pending: PendingVisit): ProgressState => {
  const index = progress.profiles.findIndex((p) => p.id === pending.profileId);
  const profile = progress.profiles[index];
  if (!profile) return progress;
  const profiles = progress.profiles.slice();
  profiles[index] = {
    ...profile,
    ...(pending.lastVisit ? { lastVisit: pending.lastVisit } : {}),
    ...(pending.lastPage ? { lastPage: pending.lastPage } : {}),
    ...(pending.lastLang ? { lastLang: pending.lastLang } : {}),
  };
  return { ...progress, profiles };
};

const clearPending = () => {
  pendingVisit = null;
  clearTimeout(flushTimer);
  flushTimer = undefined;
};

/** Writes the waiting visit now (the delay ran out, or a test asks). */
export const flushVisits = (): Promise<void> =>
  serialise(async () => {
    if (!pendingVisit) return;
    const read = await readSnapshot();
    const state = withPending(read.snapshot);
    clearPending();
    if (state.progress !== read.snapshot.progress) await writeStored({ progress: state.progress });
  });

const deferVisit = (pending: PendingVisit) => {
  pendingVisit = pending;
  flushTimer ??= setTimeout(() => {
    flushTimer = undefined;
    void flushVisits().catch((error) => console.error('[carm-guide] visit not saved', error));
  }, VISIT_WRITE_DELAY_MS);
};

/** Whether `next` differs from `current` only in the active profile's last visit and last page. */
const onlyVisitChanged = (current: ProgressState, next: ProgressState, profileId: string): boolean => {
  if (current.activeProfileId !== next.activeProfileId || current.profiles.length !== next.profiles.length)
    return false;
  return next.profiles.every((p, i) => {
    const before = current.profiles[i];
    if (p === before) return true;
    if (!before || p.id !== profileId || before.id !== profileId) return false;
    return (
      p.ticks === before.ticks && p.seen === before.seen && p.role === before.role && p.label === before.label
    );
  });
};

export interface PageSeen {
  page: PageId;
  lang: Lang;
}

/**
 * A portal page was shown (one request per page change): records the visit, the page as seen, and a confirmation
 * page's tick, in one read and at most one write, then gives the caller the resulting state to build its view from.
 * Visits to pages already seen are written later, coalesced (VISIT_WRITE_DELAY_MS).
 */
export const applyPageSeen = (seen: PageSeen | null, deps: HandlerDeps): Promise<Snapshot> =>
  serialise(async () => {
    const now = deps.now();
    const read = await readSnapshot(now);
    const current = withPending(read.snapshot);
    if (!seen) {
      if (read.damaged.length > 0) await repair(read, current);
      return current;
    }
    const profileId = current.progress.activeProfileId;
    let progress = reduce(
      current.progress,
      { type: 'page-seen', profileId, page: seen.page, lang: seen.lang },
      now,
    );
    if (isConfirmationPage(seen.page)) {
      const itemId = (deps.finalItemOf ?? finalItemId)(CONFIRMATION_PAGES[seen.page]);
      progress = reduce(progress, { type: 'tick', profileId, itemId, done: true, by: 'portal' }, now);
    }
    const state = progress === current.progress ? current : { ...current, progress };
    if (read.damaged.length === 0 && onlyVisitChanged(current.progress, progress, profileId)) {
      if (progress !== current.progress) {
        const profile = progress.profiles.find((p) => p.id === profileId);
        deferVisit({
          profileId,
          ...(profile?.lastVisit ? { lastVisit: profile.lastVisit } : {}),
          ...(profile?.lastPage ? { lastPage: profile.lastPage } : {}),
          ...(profile?.lastLang ? { lastLang: profile.lastLang } : {}),
        });
      }
      return state;
    }
    clearPending();
    const write: Partial<Snapshot> = { progress: state.progress };
    for (const key of read.damaged) Object.assign(write, { [key]: state[key] });
    if (read.problems.length > 0) write.problems = state.problems;
    await writeStored(write);
    return state;
  });

/** Writes back what a read had to repair, with its fresh recovery report. */
const repair = async (read: SnapshotRead, state: Snapshot) => {
  const write: Partial<Snapshot> = {};
  for (const key of read.damaged) Object.assign(write, { [key]: state[key] });
  if (read.problems.length > 0) write.problems = state.problems;
  if (read.damaged.includes('progress')) clearPending();
  await writeStored(write);
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
  if (message.type === 'portal-confirmed' && !isConfirmationPage(message.page))
    return errorReply('invalid-message');
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
 * The active profile's journey at the last page it saw, in the language the settings say, else the portal's as
 * last seen, else the caller's.
 */
export const journeyOf = (state: Snapshot, callerLang: Lang): JourneyView | undefined => {
  const profile =
    state.progress.profiles.find((p) => p.id === state.progress.activeProfileId) ??
    state.progress.profiles[0];
  if (!profile) return undefined;
  const lang =
    state.settings.language === 'portal'
      ? (profile.lastLang ?? profile.lastVisit?.lang ?? callerLang)
      : state.settings.language;
  return buildJourneyView(profile, lang, profile.lastPage ?? profile.lastVisit?.page);
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
  const current = withPending(read.snapshot);
  const outcome = decide(current, message, imported, now, deps, read.problems.length > 0);
  if ('error' in outcome) return errorReply(outcome.error);
  const state: Snapshot = { ...current, ...outcome.next };
  const changed = (Object.keys(state) as StoredKey[]).filter(
    (key) => read.damaged.includes(key) || state[key] !== current[key],
  );
  // A fresh recovery report is stored with the repair, unless this very message replaced or cleared it.
  if (read.problems.length > 0 && state.problems === current.problems) changed.push('problems');
  // A waiting visit rides along with any write of progress.
  if (changed.includes('progress')) clearPending();
  const write: Partial<Snapshot> = {};
  for (const key of new Set(changed)) Object.assign(write, { [key]: state[key] });
  await writeStored(write);
  const journey = message.type === 'get-state' && message.lang ? journeyOf(state, message.lang) : undefined;
  return {
    ok: true,
    state,
    ...(outcome.file ? { file: outcome.file } : {}),
    ...(journey ? { journey } : {}),
  };
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
      if (!isConfirmationPage(message.page)) return { error: 'internal' };
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
