import type { Ref } from 'preact';
import type { FormatHint } from '@/lib/guide/formats';
import type { Lang } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';

export interface FieldBubbleProps {
  lang: Lang;
  text: string;
  hint: FormatHint | null;
  bubbleRef: Ref<HTMLDivElement>;
  onClose: () => void;
}

/**
 * A tip next to a portal field. Never takes focus (the user is typing in the field: WCAG 2.1.2, 1.4.13), stays until
 * dismissed, Esc or the close button dismisses it; positioned by Floating UI beside the field, never over it.
 */
export const FieldBubble = (p: FieldBubbleProps) => (
  <div
    class="cg-bubble"
    role="note"
    aria-label={t(p.lang, 'fieldTipFor')}
    ref={p.bubbleRef}
    lang={p.lang === 'fr' ? 'fr-CA' : 'en-CA'}
  >
    <button
      type="button"
      class="cg-close"
      tabIndex={-1}
      aria-label={t(p.lang, 'closeTip')}
      title={t(p.lang, 'closeTip')}
      onClick={p.onClose}
    >
      ×
    </button>
    <p class="cg-bubble-text">
      <span class="cg-badge-dark">{t(p.lang, 'unofficial')}</span> {p.text}
    </p>
    {p.hint && (
      <p class={`cg-hint cg-hint-${p.hint.level}`}>
        <strong>{t(p.lang, `level_${p.hint.level}`)}</strong> {p.hint.message[p.lang]}{' '}
        <span class="cg-muted">{t(p.lang, 'formatPrivacy')}</span>
      </p>
    )}
  </div>
);
