import type { Lang } from '@/lib/i18n/text';
import { t } from '@/lib/i18n/ui-strings';
import { ot } from './options-strings';

/** Title, the "Unofficial" badge and what the guide does with your data, before anything else. */
export const OptionsHeader = ({ lang }: { lang: Lang }) => (
  <header class="opt-header">
    <div class="opt-band">
      <div class="opt-width">
        <h1>
          {t(lang, 'optionsTitle')}{' '}
          <span class="gc-badge opt-unofficial" data-testid="unofficial-badge">
            {t(lang, 'unofficial')}
          </span>
        </h1>
      </div>
    </div>
    <div class="opt-subband">
      <div class="opt-width">
        <p>{t(lang, 'unofficialNote')}</p>
        <p data-testid="privacy">
          <strong>{ot(lang, 'privacyLead')}</strong> {ot(lang, 'privacyText')}{' '}
          <a href="privacy.html" target="_blank" rel="noopener" data-testid="privacy-policy">
            {ot(lang, 'privacyPolicy')}
          </a>
        </p>
      </div>
    </div>
  </header>
);
