import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  formatAgo,
  historyAt,
  INACTIVITY_LAPSED,
  INACTIVITY_SOURCE,
  inactivityLapsed,
} from '@/lib/deadlines';
import { PAGE_NAMES } from '@/lib/guide/pages';
import type { Lang } from '@/lib/i18n/text';
import { typeset } from '@/lib/i18n/typography';
import { t } from '@/lib/i18n/ui-strings';
import type { MessageInput, Reply } from '@/lib/messages/schema';
import type { Snapshot } from '@/lib/progress/schema';
import { deadlinesIcs, icsFileName } from '@/lib/reminders/ics';
import type { DeadlineDraft } from './deadline-form';
import { DeadlineForm } from './deadline-form';
import { DeadlineList, UserActions } from './deadline-list';
import { HistoryList } from './history-list';
import {
  activeProfile,
  formValuesOf,
  passedUserDeadlines,
  popupDeadlines,
  progressSummary,
} from './popup-model';
import { p } from './popup-strings';
import { ProgressCard } from './progress-card';
import { SourceLink } from './source-link';

export type PopupState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; snapshot: Snapshot };

/** Everything the popup does to the outside world, injected so the component needs no browser APIs. */
export interface PopupActions {
  /** Sends a message to the background; the caller keeps the snapshot in step with an ok reply. */
  send: (message: MessageInput) => Promise<Reply>;
  openOptions: () => void;
  /** Opens the full guide in the browser's side panel (sidebar); called straight from the click (user gesture). */
  openGuide?: () => void;
  openTab: (url: string) => void;
  download: (fileName: string, text: string, type: string) => void;
  retry: () => void;
}

export interface PopupProps {
  lang: Lang;
  /** The clock; read on every render so the countdowns follow it. */
  clock: () => Date;
  state: PopupState;
  /** Whether the browser allows notifications; null while unknown. */
  notificationsAllowed: boolean | null;
  actions: PopupActions;
}

const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** "7 days and 1 day" / "7 jours et 1 jour", largest first. */
export const daysList = (days: readonly number[], lang: Lang): string => {
  const words = [...days]
    .sort((a, b) => b - a)
    .map((n) => (n === 1 ? p(lang, 'dayOne') : p(lang, 'dayMany', { n })));
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${p(lang, 'and')} ${words[words.length - 1]}`;
};

/** The popup: last visit, progress and next step, deadlines with countdowns, the user's deadlines, history. */
export const Popup = ({ lang, clock, state, notificationsAllowed, actions }: PopupProps) => {
  const now = clock();
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const profile = snapshot ? activeProfile(snapshot) : undefined;
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);

  // Move focus after the element exists (a form closed, an item deleted), then forget the request.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const minute = Math.floor(now.getTime() / 60_000);
  // The history changes at most once a minute.
  const history = useMemo(() => historyAt(now), [minute]);
  const deadlines = popupDeadlines(now, snapshot);
  const passed = passedUserDeadlines(now, snapshot);

  const send = async (message: MessageInput): Promise<string | null> => {
    const reply = await actions.send(message);
    if (reply.ok) return null;
    return reply.error.message[lang];
  };

  const tick = async (itemId: string, done: boolean) => {
    setBusy((b) => new Set(b).add(itemId));
    setAlert('');
    const error = await send({ type: 'tick', itemId, done });
    setBusy((b) => {
      const next = new Set(b);
      next.delete(itemId);
      return next;
    });
    if (error) setAlert(error);
  };

  const saved = (focus: string) => {
    setEditing(null);
    setStatus(p(lang, 'saved'));
    setFocusId(focus);
  };

  const add = async (draft: DeadlineDraft) => {
    const error = await send({
      type: 'deadline-add',
      title: draft.title,
      at: draft.at,
      ...(draft.note ? { note: draft.note } : {}),
    });
    if (!error) saved('pp-add');
    return error;
  };

  const update = (id: string) => async (draft: DeadlineDraft) => {
    const error = await send({
      type: 'deadline-update',
      id,
      title: draft.title,
      at: draft.at,
      note: draft.note ? draft.note : null,
    });
    if (!error) saved(`pp-edit-${id}`);
    return error;
  };

  const remove = async (id: string) => {
    const error = await send({ type: 'deadline-delete', id });
    setConfirming(null);
    if (error) {
      setAlert(error);
      return;
    }
    setStatus(p(lang, 'deleted'));
    setFocusId('pp-deadlines-h');
  };

  const startEdit = (id: string) => {
    setConfirming(null);
    setStatus('');
    setEditing(id);
  };

  const cancelEdit = () => {
    const was = editing;
    setEditing(null);
    setFocusId(was === 'new' || !was ? 'pp-add' : `pp-edit-${was}`);
  };

  const askDelete = (id: string) => {
    setConfirming(id);
    setFocusId(`pp-yes-${id}`);
  };

  const cancelDelete = () => {
    const was = confirming;
    setConfirming(null);
    if (was) setFocusId(`pp-del-${was}`);
  };

  const exportIcs = () => {
    actions.download(icsFileName(lang), deadlinesIcs(snapshot, now, lang), 'text/calendar;charset=utf-8');
    setStatus(p(lang, 'exported'));
  };

  const switchLanguage = async () => {
    setAlert('');
    const error = await send({ type: 'settings-update', patch: { language: otherLang(lang) } });
    if (error) setAlert(error);
  };

  const reminders = snapshot?.settings.reminders;
  const remindersOn =
    reminders?.enabled === true && reminders.daysBefore.length > 0 && reminders.kinds.length > 0;
  const summary = profile ? progressSummary(profile, lang) : undefined;
  const lastVisit = profile?.lastVisit;

  return (
    <div class="pp">
      <header class="pp-header">
        <div class="pp-brand">
          <h1>{t(lang, 'productName')}</h1>
          <span class="gc-badge pp-unofficial">{t(lang, 'unofficial')}</span>
        </div>
        <div class="pp-tools">
          {snapshot && (
            <button
              type="button"
              class="pp-link-button"
              lang={otherLang(lang) === 'fr' ? 'fr-CA' : 'en-CA'}
              title={p(lang, 'otherLanguageHint')}
              onClick={switchLanguage}
            >
              {p(lang, 'otherLanguage')}
            </button>
          )}
          {actions.openGuide && (
            <button type="button" class="gc-button pp-open-guide" onClick={actions.openGuide}>
              {t(lang, 'openGuide')}
            </button>
          )}
          <button type="button" class="gc-button gc-secondary pp-settings" onClick={actions.openOptions}>
            {p(lang, 'settings')}
            <span class="gc-sr"> {p(lang, 'settingsHint')}</span>
          </button>
        </div>
        <p class="pp-notgc">{p(lang, 'notGc')}</p>
      </header>
      <main>
        <div role="alert" class="pp-alert">
          {alert}
        </div>
        {state.status === 'loading' && <p class="gc-muted">{p(lang, 'loading')}</p>}
        {state.status === 'error' && (
          <div class="pp-error" data-testid="load-error">
            <p>{state.message}</p>
            <p class="pp-small">{p(lang, 'deadlinesStillShown')}</p>
            <button type="button" class="gc-button" onClick={actions.retry}>
              {p(lang, 'tryAgain')}
            </button>
          </div>
        )}
        {snapshot && (
          <p class="pp-last-visit" data-testid="last-visit">
            {lastVisit
              ? t(lang, 'lastVisit', {
                  page: PAGE_NAMES[lastVisit.page][lang],
                  ago: formatAgo(new Date(lastVisit.at), now, lang, 'plain'),
                })
              : t(lang, 'noVisit')}
          </p>
        )}
        {snapshot && lastVisit && inactivityLapsed(new Date(lastVisit.at), now) && (
          <div class="pp-notice" data-testid="inactivity-lapsed">
            <p class="pp-notice-title">{typeset(INACTIVITY_LAPSED.title[lang], lang)}</p>
            <p class="pp-small">{typeset(INACTIVITY_LAPSED.body[lang], lang)}</p>
            <SourceLink source={INACTIVITY_SOURCE} lang={lang} />
          </div>
        )}
        {summary && (
          <ProgressCard
            lang={lang}
            summary={summary}
            busy={busy}
            onTick={tick}
            onOpenPortal={actions.openTab}
            onChooseRole={actions.openOptions}
          />
        )}
        <section class="pp-section" aria-labelledby="pp-deadlines-h">
          <h2 id="pp-deadlines-h" tabIndex={-1}>
            {p(lang, 'deadlinesHeading')}
          </h2>
          <p class="pp-small gc-muted">{p(lang, 'easternNote')}</p>
          <DeadlineList
            lang={lang}
            now={now}
            clock={clock}
            deadlines={deadlines}
            userDeadlines={snapshot?.userDeadlines ?? []}
            {...(lastVisit ? { lastVisit: new Date(lastVisit.at) } : {})}
            editing={editing && editing !== 'new' ? { id: editing, onSubmit: update(editing) } : null}
            confirmingDelete={confirming}
            onEdit={startEdit}
            onCancelEdit={cancelEdit}
            onAskDelete={askDelete}
            onDelete={remove}
            onCancelDelete={cancelDelete}
          />
          {snapshot &&
            (editing === 'new' ? (
              <DeadlineForm
                lang={lang}
                mode="add"
                initial={formValuesOf()}
                now={clock}
                onSubmit={add}
                onCancel={cancelEdit}
              />
            ) : (
              <button type="button" class="gc-button pp-add" id="pp-add" onClick={() => startEdit('new')}>
                {p(lang, 'addDeadline')}
              </button>
            ))}
          <p role="status" class="pp-status">
            {status}
          </p>
          {passed.length > 0 && (
            <details class="pp-passed">
              <summary>{p(lang, 'passedDeadlines')}</summary>
              <ul>
                {passed.map((d) => (
                  <li key={d.id} class="pp-deadline pp-user" data-id={d.id}>
                    <p class="pp-tag">{p(lang, 'passed')}</p>
                    <h3>{d.title}</h3>
                    <UserActions
                      lang={lang}
                      id={d.id}
                      title={d.title}
                      confirming={confirming === d.id}
                      canEdit={false}
                      onEdit={startEdit}
                      onAskDelete={askDelete}
                      onDelete={remove}
                      onCancelDelete={cancelDelete}
                    />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {reminders && (
            <div class="pp-reminders" data-testid="reminders">
              <p>
                {!remindersOn
                  ? p(lang, 'remindersOff')
                  : notificationsAllowed === false
                    ? p(lang, 'remindersBlocked')
                    : p(lang, 'remindersOn', { days: daysList(reminders.daysBefore, lang) })}
              </p>
              {(!remindersOn || notificationsAllowed === false) && (
                <button type="button" class="pp-link-button" onClick={actions.openOptions}>
                  {p(lang, 'settings')}
                  <span class="gc-sr"> {p(lang, 'settingsHint')}</span>
                </button>
              )}
            </div>
          )}
          <div class="pp-export">
            <button
              type="button"
              class="gc-button gc-secondary"
              aria-describedby="pp-export-hint"
              onClick={exportIcs}
            >
              {p(lang, 'exportIcs')}
            </button>
            <p id="pp-export-hint" class="pp-small gc-muted">
              {p(lang, 'exportHint')}
            </p>
          </div>
        </section>
        <HistoryList lang={lang} now={now} items={history} />
      </main>
    </div>
  );
};
