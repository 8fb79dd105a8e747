import type { Settings } from '@/lib/progress/schema';
import { ot } from './options-strings';
import type { SectionProps } from './section-props';

type HelpKey = keyof Settings['help'];
const HELP_KEYS: HelpKey[] = ['pageTips', 'fieldTips', 'checklist', 'formatHints'];
const SIDES: Settings['overlay']['side'][] = ['right', 'left'];

export const HelpSection = ({ snapshot, lang, run }: SectionProps) => {
  const { help, overlay } = snapshot.settings;
  const saved = (_state: unknown, newLang: typeof lang) => ot(newLang, 'saved');
  return (
    <section aria-labelledby="help-heading" class="opt-section">
      <h2 id="help-heading">{ot(lang, 'helpHeading')}</h2>
      <fieldset class="opt-fieldset">
        <legend>{ot(lang, 'helpLegend')}</legend>
        {HELP_KEYS.map((key) => (
          <div class="opt-choice" key={key}>
            <input
              type="checkbox"
              id={`help-${key}`}
              checked={help[key]}
              onChange={(e) =>
                void run(
                  { type: 'settings-update', patch: { help: { [key]: e.currentTarget.checked } } },
                  saved,
                )
              }
              data-testid={`help-${key}`}
            />
            <label for={`help-${key}`}>{ot(lang, `help_${key}` as const)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset class="opt-fieldset">
        <legend>{ot(lang, 'sideLegend')}</legend>
        {SIDES.map((side) => (
          <div class="opt-choice" key={side}>
            <input
              type="radio"
              id={`overlay-side-${side}`}
              name="opt-side"
              value={side}
              checked={overlay.side === side}
              onChange={() => void run({ type: 'settings-update', patch: { overlay: { side } } }, saved)}
              data-testid={`overlay-side-${side}`}
            />
            <label for={`overlay-side-${side}`}>{ot(lang, `side_${side}` as const)}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
};
