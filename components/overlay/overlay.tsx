import { ReportOutline, type ReportStatus } from '@/components/report/report-outline';
import type { RoleId } from '@/lib/guide/ids';
import { BOOT, fill } from '@/lib/i18n/boot-strings';
import type { Lang } from '@/lib/i18n/text';
import type { OverlayKey, OverlayStrings } from '@/lib/overlay/overlay-strings';
import type { OverlayView, SourceLink } from '@/lib/overlay/overlay-view';
import { REPORT_TO } from '@/lib/report/report-to';

export interface OverlayProps {
  /** Language while no view has arrived yet (the portal's). */
  lang: Lang;
  view: OverlayView | null;
  failed: boolean;
  collapsed: boolean;
  /** Said by the one polite live region when the page or step changes. */
  announcement: string;
  /** Which field tips have their field on screen. */
  fieldPresent: Record<string, boolean>;
  openTipId: string | null;
  report: string | null;
  reportStatus: ReportStatus;
  onToggle: () => void;
  /** Esc inside the panel. */
  onEscape: (e: KeyboardEvent) => void;
  onRole: (role: RoleId) => void;
  onChangeRole: () => void;
  onTick: (itemId: string, done: boolean) => void;
  onShowField: (tipId: string) => void;
  onReport: () => void;
  onCopyReport: () => void;
  onSaveReport: () => void;
  onCloseReport: () => void;
}

type Say = (key: OverlayKey, vars?: Record<string, string | number>) => string;
const sayer =
  (ui: OverlayStrings): Say =>
  (key, vars) =>
    fill(ui[key], vars);

export const SourceNote = ({ source, s }: { source: SourceLink; s: Say }) => (
  <span class="cg-source">
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {s('source')}
      <span class="cg-sr">
        {' '}
        {source.title ?? ''} {s('opensNewTab')}
      </span>
    </a>
    {source.uncertain && <span class="cg-uncertain"> · {s('notConfirmed')}</span>}
  </span>
);

const KIND_KEY: Record<string, OverlayKey> = {
  'have-ready': 'kind_have_ready',
  enter: 'kind_enter',
  pitfall: 'kind_pitfall',
  next: 'kind_next',
};

const RoleChooser = ({ view, onRole, s }: { view: OverlayView; onRole: (r: RoleId) => void; s: Say }) => (
  <fieldset class="cg-roles">
    <legend>{s('chooseRole')}</legend>
    <p class="cg-muted">{s('chooseRoleHint')}</p>
    {view.roles.map((r) => (
      <label key={r.id} class="cg-role">
        <input
          type="radio"
          name="cg-role"
          value={r.id}
          checked={view.role === r.id}
          onChange={() => onRole(r.id)}
        />
        <span>
          <strong>{r.title}</strong>
          <span class="cg-muted cg-block">{r.description}</span>
        </span>
      </label>
    ))}
  </fieldset>
);

const Checklist = ({
  items,
  s,
  onTick,
}: {
  items: OverlayView['checklist'];
  s: Say;
  onTick: (itemId: string, done: boolean) => void;
}) => (
  <ul class="cg-checklist">
    {items.map((item) => (
      <li key={item.id}>
        <label>
          <input
            type="checkbox"
            checked={item.done}
            onChange={(e) => onTick(item.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            {item.text}
            {item.by === 'portal' && item.done && <span class="cg-muted"> {s('tickedByPortal')}</span>}
          </span>
        </label>
        {item.detail && <p class="cg-muted cg-detail">{item.detail}</p>}
        <SourceNote source={item.source} s={s} />
      </li>
    ))}
  </ul>
);

const Body = (p: OverlayProps & { view: OverlayView }) => {
  const { view } = p;
  const s = sayer(view.ui);
  const step = view.step;
  const roleTitle = view.roles.find((r) => r.id === view.role)?.title;
  return (
    <>
      <p class="cg-now">{view.pageName}</p>
      {view.errors.map((e) => (
        <section key={e.id + (e.code ?? '')} class="cg-error" aria-label={s('errorHeading')}>
          <h2 class="cg-h">{e.title}</h2>
          <p>
            <strong>{s('whatItMeans')}</strong> {e.meaning}
          </p>
          <p>
            <strong>{s('whatToDo')}</strong> {e.action}
          </p>
          <SourceNote source={e.source} s={s} />
        </section>
      ))}
      {!view.role ? (
        <RoleChooser view={view} onRole={p.onRole} s={s} />
      ) : (
        <p class="cg-meta">
          {s('roleLabel', { role: roleTitle ?? '' })}
          {view.profile.count > 1 && <> · {s('profileLabel', { label: view.profile.label })}</>}{' '}
          <button type="button" class="cg-link" onClick={p.onChangeRole}>
            {s('changeRole')}
          </button>
        </p>
      )}
      {step && (
        <section class="cg-step" aria-label={step.label}>
          <h2 class="cg-h">{step.label}</h2>
          <p class="cg-step-title">{step.title}</p>
          {step.total > 0 && (
            <div
              class="cg-bar"
              role="progressbar"
              aria-label={s('progressOf', { done: step.done, total: step.total })}
              aria-valuemin={0}
              aria-valuemax={step.total}
              aria-valuenow={step.done}
            >
              <span style={{ width: `${Math.round((step.done / step.total) * 100)}%` }} />
            </div>
          )}
          {view.role && step.index === 0 && <p class="cg-muted">{s('stepNotOnPath')}</p>}
          {view.nextAction ? (
            <p class="cg-next">{s('nextUp', { text: view.nextAction.text })}</p>
          ) : (
            view.role && <p class="cg-next">{s('allDone')}</p>
          )}
        </section>
      )}
      {view.page === 'unknown' && <p class="cg-muted">{s('unknownPage')}</p>}
      {view.help.pageTips && view.tips.length > 0 && (
        <section aria-label={s('tipsHeading')}>
          <h2 class="cg-h">{s('tipsHeading')}</h2>
          <ul class="cg-tips">
            {view.tips.map((tip) => (
              <li key={tip.id} class={`cg-tip cg-tip-${tip.kind}`}>
                <span class="cg-kind">{s(KIND_KEY[tip.kind] ?? 'kind_enter')}</span> {tip.text}{' '}
                <SourceNote source={tip.source} s={s} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.help.fieldTips && view.fieldTips.length > 0 && (
        <details class="cg-details" open>
          <summary>{s('fieldHelpHeading')}</summary>
          <ul class="cg-tips">
            {view.fieldTips.map((f) => (
              <li key={f.id} class={`cg-tip${p.openTipId === f.id ? ' cg-docked-open' : ''}`} data-tip={f.id}>
                {f.text} <SourceNote source={f.source} s={s} />
                <br />
                {p.fieldPresent[f.id] ? (
                  <button type="button" class="cg-link" onClick={() => p.onShowField(f.id)}>
                    {s('showByField')}
                  </button>
                ) : (
                  <span class="cg-muted">{s('fieldNotShown')}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {view.help.checklist && view.checklist.length > 0 && (
        <details class="cg-details cg-checklist-box" open={view.page !== 'unknown'}>
          <summary>
            {s('checklistHeading')}
            {step && step.total > 0 && ` (${s('progressOf', { done: step.done, total: step.total })})`}
          </summary>
          <Checklist items={view.checklist} s={s} onTick={p.onTick} />
        </details>
      )}
      {view.help.checklist && view.prepare && (
        <details class="cg-details cg-prepare-box">
          <summary>{s('beforeYouStart', { done: view.prepare.done, total: view.prepare.total })}</summary>
          <Checklist items={view.prepare.items} s={s} onTick={p.onTick} />
        </details>
      )}
      {view.resources.length > 0 && (
        <details class="cg-details">
          <summary>{s('resourcesHeading')}</summary>
          <ul class="cg-resources">
            {view.resources.map((r) => (
              <li key={r.id}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                  <span class="cg-sr"> {s('opensNewTab')}</span>
                </a>
                {r.uncertain && <span class="cg-uncertain"> · {s('notConfirmed')}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
};

/** The panel on the portal: never modal, docked in a corner, collapses to a small bar; Esc collapses it. */
export const Overlay = (p: OverlayProps) => {
  const lang = p.view?.lang ?? p.lang;
  // Before the view arrives, only the boot strings exist (both languages, a handful).
  const s: Say = p.view
    ? sayer(p.view.ui)
    : (key, vars) => fill((BOOT as Record<string, { en: string; fr: string }>)[key]?.[lang] ?? '', vars);
  const side = p.view?.side === 'left' ? ' cg-left' : '';
  return (
    <aside
      class={`cg-panel${p.collapsed ? ' cg-collapsed' : ''}${side}`}
      aria-label={s('panelLabel')}
      lang={lang === 'fr' ? 'fr-CA' : 'en-CA'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onEscape(e);
      }}
    >
      <header class="cg-head">
        <span class="cg-brand">{s('productName')}</span>
        <span class="cg-badge">{s('unofficial')}</span>
        {p.collapsed && p.view?.step && <span class="cg-mini">{p.view.step.label}</span>}
        <button
          type="button"
          class="cg-toggle"
          aria-expanded={!p.collapsed}
          aria-controls="cg-body"
          title={s(p.collapsed ? 'expand' : 'collapse')}
          onClick={p.onToggle}
        >
          <span aria-hidden="true">{p.collapsed ? '+' : '–'}</span>
          <span class="cg-sr">{s(p.collapsed ? 'expand' : 'collapse')}</span>
        </button>
      </header>
      <div id="cg-body" class="cg-body" hidden={p.collapsed}>
        {p.view ? (
          <Body {...p} view={p.view} />
        ) : (
          <p class="cg-muted">{s(p.failed ? 'noConnection' : 'loading')}</p>
        )}
        {p.report !== null && p.view && (
          <ReportOutline
            outline={p.report}
            status={p.reportStatus}
            strings={p.view.ui}
            reportTo={REPORT_TO}
            onCopy={p.onCopyReport}
            onSave={p.onSaveReport}
            onClose={p.onCloseReport}
          />
        )}
        <footer class="cg-foot">
          <p class="cg-note">{s('unofficialNote')}</p>
          {p.report === null && (
            <button type="button" class="cg-link" onClick={p.onReport}>
              {s('reportPage')}
            </button>
          )}
        </footer>
      </div>
      <div class="cg-sr" role="status" aria-live="polite">
        {p.announcement}
      </div>
    </aside>
  );
};
