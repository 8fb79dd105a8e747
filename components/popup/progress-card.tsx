import { JourneyNow } from '@/components/journey/journey-now';
import { JourneyParts } from '@/components/journey/journey-parts';
import type { Lang } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';
import type { JourneyView } from '@/lib/journey/journey-view';
import { p } from './popup-strings';

export interface ProgressCardProps {
  lang: Lang;
  /** The background's journey view for the active profile (absent while it loads). */
  journey: JourneyView | undefined;
  profileLabel: string;
  /** Items whose tick is being saved, so a double click cannot send twice. */
  busy: ReadonlySet<string>;
  onTick: (itemId: string, done: boolean) => void;
  onOpenPortal: (url: string) => void;
  onChooseRole: () => void;
}

/** Profile and role, the part the user is at and the next action (the journey view), that part's checklist. */
export const ProgressCard = ({
  lang,
  journey,
  profileLabel,
  busy,
  onTick,
  onOpenPortal,
  onChooseRole,
}: ProgressCardProps) => {
  const position = journey?.position;
  return (
    <section class="pp-section" aria-labelledby="pp-progress-h">
      <h2 id="pp-progress-h">{p(lang, 'progressHeading')}</h2>
      <p class="pp-meta">
        {t(lang, 'profileLabel', { label: profileLabel })}
        {journey?.roleTitle && (
          <>
            <br />
            {t(lang, 'roleLabel', { role: journey.roleTitle })}
          </>
        )}
      </p>
      {journey && !journey.role ? (
        <>
          <p>{p(lang, 'noRole')}</p>
          <button type="button" class="gc-button" onClick={onChooseRole}>
            {p(lang, 'chooseRole')}
            <span class="gc-sr"> {p(lang, 'settingsHint')}</span>
          </button>
        </>
      ) : journey ? (
        <div data-testid="current-step">
          <JourneyNow view={journey} onOpenPortal={onOpenPortal} away />
          {journey.checklist.length > 0 && position && (
            // Collapsed: a part can have 15 items, and the popup is for a glance; the overlay shows them in full.
            <details class="pp-checklist" data-testid="checklist">
              <summary>
                {t(lang, 'checklistHeading')} (
                {t(lang, 'progressOf', { done: position.met, total: position.total })})
              </summary>
              <ul>
                {journey.checklist.map((item) => (
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
                      {item.optional && <span class="gc-muted"> {p(lang, 'optionalItem')}</span>}
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
          <JourneyParts view={journey} />
        </div>
      ) : null}
    </section>
  );
};
