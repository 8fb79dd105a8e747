import type { JourneyView } from '@/lib/journey/journey-view';

const MARK = { done: '✓', passed: '✓', 'in-progress': '→', 'not-started': '·' } as const;

/** The role's parts in order, each with its state ("passed on the portal", "done"…); the current one marked. */
export const JourneyParts = ({ view, open }: { view: JourneyView; open?: boolean }) => {
  if (view.parts.length === 0) return null;
  return (
    <details class="jr-parts" open={open}>
      <summary>{view.ui.partsHeading}</summary>
      <ol data-testid="journey-parts">
        {view.parts.map((part) => (
          <li
            key={part.id}
            class={`jr-part-item jr-${part.state}${part.current ? ' jr-current' : ''}`}
            data-state={part.state}
            aria-current={part.current ? 'step' : undefined}
          >
            <span aria-hidden="true" class="jr-mark">
              {part.current ? '→' : MARK[part.state]}
            </span>{' '}
            {part.label}{' '}
            <span class="jr-muted">
              ({view.ui[`state_${part.state}`]}
              {part.total > 0 && part.state !== 'passed' ? `, ${part.met}/${part.total}` : ''}
              {part.current ? `, ${view.ui.current}` : ''})
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
};
