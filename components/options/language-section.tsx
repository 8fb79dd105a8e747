import type { Lang } from '@/lib/i18n/text';
import type { Settings } from '@/lib/progress/schema';
import { ot } from './options-strings';
import type { SectionProps } from './section-props';

type Choice = Settings['language'];

/** Language names are written in their own language, as on Canada.ca's language toggle. */
const CHOICES: { value: Choice; name: (lang: Lang) => string; lang?: 'en' | 'fr' }[] = [
  { value: 'portal', name: (lang) => ot(lang, 'languagePortal') },
  { value: 'en', name: () => 'English', lang: 'en' },
  { value: 'fr', name: () => 'Français', lang: 'fr' },
];

const LANG_ATTR = { en: 'en-CA', fr: 'fr-CA' } as const;

export const LanguageSection = ({ snapshot, lang, run }: SectionProps) => {
  const current = snapshot.settings.language;
  const choose = (value: Choice) =>
    run({ type: 'settings-update', patch: { language: value } }, (_state, newLang) => {
      const choice = CHOICES.find((c) => c.value === value);
      return ot(newLang, 'languageSaved', { language: choice ? choice.name(newLang) : value });
    });
  return (
    <section aria-labelledby="language-heading" class="opt-section">
      <h2 id="language-heading">{ot(lang, 'languageHeading')}</h2>
      <fieldset class="opt-fieldset">
        <legend>{ot(lang, 'languageLegend')}</legend>
        {CHOICES.map((choice) => (
          <div class="opt-choice" key={choice.value}>
            <input
              type="radio"
              id={`language-${choice.value}`}
              name="opt-language"
              value={choice.value}
              checked={current === choice.value}
              onChange={() => void choose(choice.value)}
              data-testid={`language-${choice.value}`}
            />
            <label for={`language-${choice.value}`} lang={choice.lang ? LANG_ATTR[choice.lang] : undefined}>
              {choice.name(lang)}
            </label>
          </div>
        ))}
      </fieldset>
    </section>
  );
};
