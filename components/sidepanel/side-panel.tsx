import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { type ReportKey, ReportOutline, type ReportStatus } from '@/components/report/report-outline';
import { acronymExplainer } from '@/lib/guide/glossary';
import type { RoleId } from '@/lib/guide/ids';
import type { Lang } from '@/lib/i18n/text';
import { t, type UiKey } from '@/lib/i18n/ui-strings';
import type { ChecklistEntry, OverlayView } from '@/lib/overlay/overlay-view';
import { pageAction, splitTips } from '@/lib/overlay/page-action';
import { SourceNotes } from './source-notes';

export type PanelState =
  | { kind: 'loading' }
  /** The active tab is not on the portal's host. */
  | { kind: 'not-portal' }
  /** A portal tab without our content script (opened before the extension was installed or reloaded). */
  | { kind: 'no-script' }
  /** The background did not answer. */
  | { kind: 'failed' }
  | { kind: 'ready'; view: OverlayView };

export interface SidePanelProps {
  /** The language while no view is there (the browser's); the view's own language wins. */
  lang: Lang;
  state: PanelState;
  /** Said once by the panel's polite live region when the page or step changes. */
  announcement: string;
  report: string | null;
  reportStatus: ReportStatus;
  /** Where outlines go (build time); empty: no address is named. */
  reportTo: string;
  onRole: (role: RoleId) => void;
  onChangeRole: () => void;
  onTick: (itemId: string, done: boolean) => void;
  onReport: () => void;
  onCopyReport: () => void;
  onSaveReport: () => void;
  onCloseReport: () => void;
  /** "Not this page?" (components/corrections), placed under the page's name when it is there. */
  corrections?: ComponentChildren;
}

const KIND_KEY: Record<string, UiKey> = {
  'have-ready': 'kind_have_ready',
  enter: 'kind_enter',
  pitfall: 'kind_pitfall',
  next: 'kind_next',
};

type X = (text: string) => string;

const Ref = ({ n, lang }: { n: number; lang: Lang }) => (
  <span class="sp-ref">
    <span aria-hidden="true">[{n}]</span>
    <span class="sp-sr">
      {' '}
      ({t(lang, 'source')} {n})
    </span>
  </span>
);

/** The numbered notes under a section: one link per source, in the order the section first cites them. */
const Notes = ({ notes, lang, x }: { notes: SourceNotes; lang: Lang; x: X }) =>
  notes.list.length === 0 ? null : (
    <div class="sp-notes">
      <p class="sp-notes-title">{t(lang, 'notesHeading')}</p>
      <ol>
        {notes.list.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {x(s.title ?? new URL(s.url).host)}
              <span class="sp-sr"> {t(lang, 'opensNewTab')}</span>
            </a>
            {s.uncertain && <span class="sp-muted"> · {t(lang, 'notConfirmed')}</span>}
          </li>
        ))}
      </ol>
    </div>
  );

const Checklist = ({
  items,
  notes,
  lang,
  x,
  onTick,
}: {
  items: ChecklistEntry[];
  notes: SourceNotes;
  lang: Lang;
  x: X;
  onTick: SidePanelProps['onTick'];
}) => (
  <ul class="sp-checklist">
    {items.map((item) => (
      <li key={item.id}>
        <label>
          <input
            type="checkbox"
            checked={item.done}
            onChange={(e) => onTick(item.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            {x(item.text)} <Ref n={notes.ref(item.source)} lang={lang} />
            {item.by === 'portal' && item.done && <span class="sp-muted"> {t(lang, 'tickedByPortal')}</span>}
          </span>
        </label>
        {item.detail && <p class="sp-muted sp-detail">{x(item.detail)}</p>}
      </li>
    ))}
  </ul>
);

const Ready = (p: SidePanelProps & { view: OverlayView }) => {
  const { view } = p;
  const lang = view.lang;
  const s = (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  // Called in reading order below: each acronym is explained where it first appears.
  const x = acronymExplainer(lang);
  const action = pageAction(view);
  const { top, rest } = splitTips(view, action);
  const fieldTips = view.help.fieldTips ? view.fieldTips : [];
  const pageNotes = new SourceNotes();
  const checklistNotes = new SourceNotes();
  const prepareNotes = new SourceNotes();
  const step = view.step;
  const roleTitle = view.roles.find((r) => r.id === view.role)?.title;
  const moreCount = rest.length + fieldTips.length;
  // Choosing a role removes the radio that had focus, changing it removes the button: focus goes to what replaced
  // them, never to the page's body (2.4.3).
  const roleBefore = useRef(view.role);
  useEffect(() => {
    if (roleBefore.current === view.role) return;
    roleBefore.current = view.role;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost)
      document.querySelector<HTMLElement>(view.role ? '.sp-meta .sp-link' : 'input[name="sp-role"]')?.focus();
  }, [view.role]);
  return (
    <>
      <p class="sp-now">{s('onPortalPage', { page: x(view.pageName) })}</p>
      {p.corrections}
      {view.errors.map((e) => {
        const notes = new SourceNotes();
        return (
          <section key={e.id + (e.code ?? '')} class="sp-error" aria-labelledby={`sp-err-${e.id}`}>
            <h2 id={`sp-err-${e.id}`}>{x(e.title)}</h2>
            <p class="sp-muted">{s('errorHeading')}</p>
            <p>
              <strong>{s('whatItMeans')}</strong> {x(e.meaning)}
            </p>
            <p>
              <strong>{s('whatToDo')}</strong> {x(e.action)} <Ref n={notes.ref(e.source)} lang={lang} />
            </p>
            <Notes notes={notes} lang={lang} x={x} />
          </section>
        );
      })}
      {!view.role ? (
        <fieldset class="sp-roles">
          <legend>{s('chooseRole')}</legend>
          <p class="sp-muted">{s('chooseRoleHint')}</p>
          {view.roles.map((r) => (
            <label key={r.id} class="sp-role">
              <input type="radio" name="sp-role" value={r.id} onChange={() => p.onRole(r.id)} />
              <span>
                <strong>{r.title}</strong>
                <span class="sp-muted sp-block">{x(r.description)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p class="sp-meta">
          {s('roleLabel', { role: roleTitle ?? '' })}
          {view.profile.count > 1 && <> · {s('profileLabel', { label: view.profile.label })}</>}{' '}
          <button type="button" class="sp-link" onClick={p.onChangeRole}>
            {s('changeRole')}
          </button>
        </p>
      )}
      <section class="sp-page" aria-labelledby="sp-this-page">
        <h2 id="sp-this-page">{s('thisPageHeading')}</h2>
        {view.page === 'unknown' && <p class="sp-muted">{s('unknownPage')}</p>}
        {action && (
          <p class="sp-action">
            <strong>{s('whatToDoHere')}:</strong> {x(action)}
          </p>
        )}
        {view.help.pageTips && top.length > 0 && (
          <ul class="sp-tips">
            {top.map((tip) => (
              <li key={tip.id}>
                <span class="sp-kind">{s(KIND_KEY[tip.kind] ?? 'kind_enter')}</span> {x(tip.text)}{' '}
                <Ref n={pageNotes.ref(tip.source)} lang={lang} />
              </li>
            ))}
          </ul>
        )}
        {moreCount > 0 && (
          <details class="sp-more">
            <summary>{s('moreTips', { n: moreCount })}</summary>
            {view.help.pageTips && rest.length > 0 && (
              <ul class="sp-tips">
                {rest.map((tip) => (
                  <li key={tip.id}>
                    <span class="sp-kind">{s(KIND_KEY[tip.kind] ?? 'kind_enter')}</span> {x(tip.text)}{' '}
                    <Ref n={pageNotes.ref(tip.source)} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
            {fieldTips.length > 0 && (
              <>
                <h3>{s('fieldHelpHeading')}</h3>
                <ul class="sp-tips">
                  {fieldTips.map((f) => (
                    <li key={f.id}>
                      {x(f.text)} <Ref n={pageNotes.ref(f.source)} lang={lang} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </details>
        )}
        <Notes notes={pageNotes} lang={lang} x={x} />
      </section>
      {step && (
        <section class="sp-journey" aria-labelledby="sp-journey">
          <h2 id="sp-journey">{s('journeyHeading')}</h2>
          <p class="sp-step-label">{x(step.label)}</p>
          <p>{x(step.title)}</p>
          {step.total > 0 && (
            <div
              class="sp-bar"
              role="progressbar"
              aria-label={s('progressOf', { done: step.done, total: step.total })}
              aria-valuemin={0}
              aria-valuemax={step.total}
              aria-valuenow={step.done}
            >
              <span style={{ width: `${Math.round((step.done / step.total) * 100)}%` }} />
            </div>
          )}
          {view.role && step.index === 0 && <p class="sp-muted">{s('stepNotOnPath')}</p>}
          {step.next && <p class="sp-muted">{s('nextStepIs', { step: x(step.next) })}</p>}
          {!view.nextAction && view.role && <p>{s('allDone')}</p>}
        </section>
      )}
      {view.help.checklist && view.checklist.length > 0 && (
        <details class="sp-box sp-checklist-box" open={view.page !== 'unknown'}>
          <summary>
            {s('checklistHeading')}
            {step && step.total > 0 && ` (${s('progressOf', { done: step.done, total: step.total })})`}
          </summary>
          <Checklist items={view.checklist} notes={checklistNotes} lang={lang} x={x} onTick={p.onTick} />
          <Notes notes={checklistNotes} lang={lang} x={x} />
        </details>
      )}
      {view.help.checklist && view.prepare && (
        <details class="sp-box sp-prepare-box">
          <summary>{s('beforeYouStart', { done: view.prepare.done, total: view.prepare.total })}</summary>
          <Checklist items={view.prepare.items} notes={prepareNotes} lang={lang} x={x} onTick={p.onTick} />
          <Notes notes={prepareNotes} lang={lang} x={x} />
        </details>
      )}
      {view.resources.length > 0 && (
        <details class="sp-box">
          <summary>{s('resourcesHeading')}</summary>
          <ul class="sp-resources">
            {view.resources.map((r) => (
              <li key={r.id}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {x(r.title)}
                  <span class="sp-sr"> {s('opensNewTab')}</span>
                </a>
                {r.uncertain && <span class="sp-muted"> · {s('notConfirmed')}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
};

const REPORT_KEYS: ReportKey[] = [
  'reportPage',
  'reportIntro',
  'reportSendTo',
  'copy',
  'save',
  'copied',
  'saved',
  'copyFailed',
  'saveFailed',
  'closeReport',
];
const reportStrings = (lang: Lang) =>
  Object.fromEntries(REPORT_KEYS.map((k) => [k, t(lang, k)])) as Record<ReportKey, string>;

const MESSAGE: Record<Exclude<PanelState['kind'], 'ready'>, UiKey> = {
  loading: 'loading',
  'not-portal': 'notPortal',
  'no-script': 'noScript',
  failed: 'noConnection',
};

/** The full guide beside the portal (Chrome's side panel, Firefox's sidebar): costs the portal's page nothing. */
export const SidePanel = (p: SidePanelProps) => {
  const lang = p.state.kind === 'ready' ? p.state.view.lang : p.lang;
  const s = (key: UiKey) => t(lang, key);
  const { report, onCloseReport } = p;
  useEffect(() => {
    // Esc closes the innermost thing the user opened here: the report, else the open section that has focus.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (report !== null) {
        onCloseReport();
        return;
      }
      const open = (document.activeElement as HTMLElement | null)?.closest?.('details[open]');
      if (open instanceof HTMLDetailsElement) {
        open.open = false;
        open.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [report, onCloseReport]);
  // The report opens with focus in its text; closed, focus returns to the button that opened it.
  const reportOpen = report !== null;
  const wasOpen = useRef(reportOpen);
  useEffect(() => {
    if (wasOpen.current === reportOpen) return;
    wasOpen.current = reportOpen;
    document.querySelector<HTMLElement>(reportOpen ? '.cg-report textarea' : '.sp-foot .sp-link')?.focus();
  }, [reportOpen]);
  return (
    <div class="sp" lang={lang === 'fr' ? 'fr-CA' : 'en-CA'}>
      <header class="sp-head">
        <h1>
          {s('productName')} <span class="sp-badge">{s('unofficial')}</span>
        </h1>
      </header>
      <main class="sp-body">
        {p.state.kind === 'ready' ? (
          <Ready {...p} view={p.state.view} />
        ) : (
          <p class="sp-status">{s(MESSAGE[p.state.kind])}</p>
        )}
        {p.report !== null && (
          <ReportOutline
            outline={p.report}
            status={p.reportStatus}
            strings={reportStrings(lang)}
            reportTo={p.reportTo}
            onCopy={p.onCopyReport}
            onSave={p.onSaveReport}
            onClose={p.onCloseReport}
          />
        )}
      </main>
      <footer class="sp-foot">
        {p.state.kind === 'ready' && p.report === null && (
          <button type="button" class="sp-link" onClick={p.onReport}>
            {s('reportPage')}
          </button>
        )}
        <p class="sp-muted">{s('unofficialNote')}</p>
      </footer>
      <div class="sp-sr" role="status" aria-live="polite">
        {p.announcement}
      </div>
    </div>
  );
};
