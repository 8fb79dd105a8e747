import type { Lang } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';
import type { ProgressSummary } from './popup-model';
import { p } from './popup-strings';

export interface ProgressCardProps {
  lang: Lang;
  summary: ProgressSummary;
  /** Items whose tick is being saved, so a double click cannot send twice. */
  busy: ReadonlySet<string>;
  onTick: (itemId: string, done: boolean) => void;
  onOpenPortal: (url: string) => void;
  onChooseRole: () => void;
}

/** Profile and role, the steps of the role with their progress, the next thing to do and where to do it. */
export const ProgressCard = ({
  lang,
  summary,
  busy,
  onTick,
  onOpenPortal,
  onChooseRole,
}: ProgressCardProps) => {
  const { current, next } = summary;
  return (
    <section class="pp-section" aria-labelledby="pp-progress-h">
      <h2 id="pp-progress-h">{p(lang, 'progressHeading')}</h2>
      <p class="pp-meta">
        {t(lang, 'profileLabel', { label: summary.profileLabel })}
        {summary.roleTitle && (
          <>
            <br />
            {t(lang, 'roleLabel', { role: summary.roleTitle })}
          </>
        )}
      </p>
      {!summary.role ? (
        <>
          <p>{p(lang, 'noRole')}</p>
          <button type="button" class="gc-button" onClick={onChooseRole}>
            {p(lang, 'chooseRole')}
            <span class="gc-sr"> {p(lang, 'settingsHint')}</span>
          </button>
        </>
      ) : (
        <>
          {current ? (
            <div class="pp-current" data-testid="current-step">
              <h3>{current.label}</h3>
              <div
                class="pp-bar"
                role="progressbar"
                aria-label={current.label}
                aria-valuemin={0}
                aria-valuemax={current.total}
                aria-valuenow={current.done}
                aria-valuetext={t(lang, 'progressOf', { done: current.done, total: current.total })}
              >
                <span
                  style={{
                    width: `${current.total ? Math.round((current.done / current.total) * 100) : 0}%`,
                  }}
                />
              </div>
              <p class="pp-small">{t(lang, 'progressOf', { done: current.done, total: current.total })}</p>
            </div>
          ) : (
            <p class="pp-done-all">{t(lang, 'allDone')}</p>
          )}
          {next && (
            <p class="pp-next" data-testid="next-action">
              {t(lang, 'nextUp', { text: next.text })}
            </p>
          )}
          <button type="button" class="gc-button" onClick={() => onOpenPortal(summary.portalUrl)}>
            {t(lang, 'openPortal')}
            <span class="gc-sr"> {t(lang, 'opensNewTab')}</span>
          </button>
          {summary.checklist.length > 0 && current && (
            // Collapsed: a step can have 15 items, and the popup is for a glance; the overlay shows them in full.
            <details class="pp-checklist" data-testid="checklist">
              <summary>
                {t(lang, 'checklistHeading')} (
                {t(lang, 'progressOf', { done: current.done, total: current.total })})
              </summary>
              <ul>
                {summary.checklist.map((item) => (
                  <li key={item.id} class="pp-check">
                    <input
                      type="checkbox"
                      id={`pp-tick-${item.id}`}
                      checked={item.done}
                      disabled={busy.has(item.id)}
                      aria-describedby={item.detail ? `pp-tick-${item.id}-d` : undefined}
                      onChange={(e) => onTick(item.id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <label for={`pp-tick-${item.id}`}>
                      {item.text}
                      {item.byPortal && <span class="gc-muted"> {t(lang, 'tickedByPortal')}</span>}
                    </label>
                    {item.detail && (
                      <p id={`pp-tick-${item.id}-d`} class="pp-small gc-muted">
                        {item.detail}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <details class="pp-steps">
            <summary>{p(lang, 'allSteps')}</summary>
            <ol>
              {summary.steps.map((s) => (
                <li key={s.id} class={s.current ? 'pp-step-current' : undefined}>
                  <span aria-hidden="true" class="pp-step-mark">
                    {s.complete ? '✓' : s.current ? '→' : '·'}
                  </span>{' '}
                  {s.short}{' '}
                  <span class="pp-small gc-muted">
                    ({p(lang, 'stepCount', { done: s.done, total: s.total })}
                    {s.complete ? `, ${p(lang, 'stepDone')}` : s.current ? `, ${p(lang, 'stepCurrent')}` : ''}
                    )
                  </span>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
};
