import { formatDate } from '@/lib/deadlines';
import { PROBLEMS_NOTICE } from '@/lib/progress/schema';
import { ot } from './options-strings';
import type { SectionProps } from './section-props';

/** The last recovery report: what the background had to repair in stored data, until the user dismisses it. */
export const ProblemsNotice = ({ snapshot, lang, run }: SectionProps) => {
  const report = snapshot.problems;
  if (!report) return null;
  return (
    <section aria-labelledby="problems-heading" class="opt-section opt-notice" data-testid="problems">
      <h2 id="problems-heading">{ot(lang, 'problemsHeading')}</h2>
      <p>{PROBLEMS_NOTICE[lang]}</p>
      <p>{ot(lang, 'problemsDetails', { date: formatDate(new Date(report.at), lang) })}</p>
      <ul lang="en-CA">
        {report.problems.map((problem, index) => (
          // Problems may repeat word for word; their order is stable within a report, so the index is a fine key.
          <li key={index}>{problem}</li>
        ))}
      </ul>
      <button
        type="button"
        class="gc-button"
        onClick={() => void run({ type: 'problems-dismiss' }, (_s, l) => ot(l, 'problemsDismissed'))}
        data-testid="problems-dismiss"
      >
        {ot(lang, 'problemsDismiss')}
      </button>
    </section>
  );
};
