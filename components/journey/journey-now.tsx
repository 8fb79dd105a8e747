import { fill } from '@/lib/i18n/boot-strings';
import type { JourneySource, JourneyView } from '@/lib/journey/journey-view';

const Source = ({ source, view }: { source: JourneySource; view: JourneyView }) => (
  <a class="jr-source" href={source.url} target="_blank" rel="noopener noreferrer">
    {view.ui.source}
    {source.uncertain ? ` (${view.ui.notConfirmed})` : ''}
    <span class="jr-sr">
      {' '}
      {source.title ? `: ${source.title}` : ''} {view.ui.opensNewTab}
    </span>
  </a>
);

export interface JourneyNowProps {
  view: JourneyView;
  /** Shows "Open the CARM Client Portal" (the popup, the options page); the overlay is on the portal already. */
  onOpenPortal?: (url: string) => void;
  /** Away from the portal (popup, options): nothing about "this page", only the part and the next action. */
  away?: boolean;
}

/**
 * Where the user is, what to do on this page, and what comes next: one component, so every view says the same.
 * Renders nothing until a role is chosen (each view has its own role chooser).
 */
export const JourneyNow = ({ view, onOpenPortal, away }: JourneyNowProps) => {
  const { position, next, ui } = view;
  const here = away ? undefined : view.here;
  if (!position) return null;
  // When the next action is on this very page, it is said once, as the next action.
  const hereShown = here && !(next?.page === here.page && !next.where);
  return (
    <section class="jr" data-testid="journey" aria-label={ui.youAreAt}>
      <p class="jr-part" data-testid="journey-part" data-step={position.id}>
        {position.label}
      </p>
      {here?.portalCounter && (
        <p class="jr-muted" data-testid="journey-portal-counter">
          {ui.portalStepNote}
        </p>
      )}
      {here?.part && (
        <p class="jr-muted" data-testid="journey-page-part">
          {fill(ui.thisPagePart, { part: here.part })}
        </p>
      )}
      {hereShown && here && (
        <p class="jr-here" data-testid="journey-here">
          <strong>{ui.hereLabel}</strong> {here.text} <Source source={here.source} view={view} />
        </p>
      )}
      {next && (
        <p class="jr-next" data-testid="journey-next" data-next-step={next.step}>
          <strong>{ui.nextLabel}</strong> {next.where ? `${next.where} ` : ''}
          {next.text}
          {next.source && (
            <>
              {' '}
              <Source source={next.source} view={view} />
            </>
          )}
        </p>
      )}
      {onOpenPortal && next && (
        <button type="button" class="gc-button jr-open" onClick={() => onOpenPortal(next.url)}>
          {ui.openPortal}
          <span class="jr-sr"> {ui.opensNewTab}</span>
        </button>
      )}
    </section>
  );
};
