import { reportHref } from '@/lib/report/report-to';

export type ReportStatus = '' | 'copied' | 'saved' | 'copy-failed' | 'save-failed';

export type ReportKey =
  | 'reportPage'
  | 'reportIntro'
  | 'reportSendTo'
  | 'copy'
  | 'save'
  | 'copied'
  | 'saved'
  | 'copyFailed'
  | 'saveFailed'
  | 'closeReport';

export interface ReportOutlineProps {
  outline: string;
  status: ReportStatus;
  /** Interface strings, already in the page's language. */
  strings: Record<ReportKey, string>;
  /** Where to send it (build time, CARM_GUIDE_REPORT_TO); nothing is said about it when empty. */
  reportTo: string;
  onCopy: () => void;
  onSave: () => void;
  onClose: () => void;
}

const STATUS_TEXT: Record<Exclude<ReportStatus, ''>, (s: Record<ReportKey, string>) => string> = {
  copied: (s) => s.copied,
  saved: (s) => s.saved,
  'copy-failed': (s) => s.copyFailed,
  'save-failed': (s) => s.saveFailed,
};

/**
 * "Report this page": the redacted outline, with Save (a .txt file) and Copy, and where to send it. Text only: the
 * outline is shown in a read-only textarea, never parsed as markup. Used by the in-page panel; the side panel can
 * render it the same way.
 */
export const ReportOutline = (p: ReportOutlineProps) => {
  const s = p.strings;
  const [before, after] = s.reportSendTo.split('{address}');
  return (
    <section class="cg-report" aria-label={s.reportPage}>
      <h2 class="cg-h">{s.reportPage}</h2>
      <p class="cg-muted">{s.reportIntro}</p>
      {p.reportTo && (
        <p class="cg-muted" data-testid="report-to">
          {before}
          <a href={reportHref(p.reportTo)} target="_blank" rel="noopener noreferrer">
            {p.reportTo}
          </a>
          {after}
        </p>
      )}
      <textarea readOnly rows={8} value={p.outline} aria-label={s.reportPage} />
      <div class="cg-row">
        <button type="button" class="cg-button" onClick={p.onSave}>
          {s.save}
        </button>
        <button type="button" class="cg-button" onClick={p.onCopy}>
          {s.copy}
        </button>
        <button type="button" class="cg-button cg-secondary" onClick={p.onClose}>
          {s.closeReport}
        </button>
      </div>
      <p class="cg-muted" role="status">
        {p.status === '' ? '' : STATUS_TEXT[p.status](s)}
      </p>
    </section>
  );
};
