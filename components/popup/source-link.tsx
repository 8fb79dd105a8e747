import type { Lang, Source } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';

/** French puts a space before the colon. */
const COLON: Record<Lang, string> = { en: ': ', fr: ' : ' };

/** "Source: <title>" linking out in a new tab; says when CBSA has not confirmed it. */
export const SourceLink = ({ source, lang }: { source: Source; lang: Lang }) => (
  <p class="pp-source">
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {t(lang, 'source')}
      {source.title ? `${COLON[lang]}${source.title[lang]}` : ''}
      <span class="gc-sr"> {t(lang, 'opensNewTab')}</span>
    </a>
    {source.certainty === 'uncertain' && <span class="gc-muted"> · {t(lang, 'notConfirmed')}</span>}
  </p>
);
