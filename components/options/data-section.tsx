import { useRef, useState } from 'preact/hooks';
import type { Text } from '@/lib/i18n/text';
import { exportFileName, MAX_IMPORT_CHARS, TOO_LARGE } from '@/lib/progress/import-export';
import { profileLabel } from '@/lib/progress/schema';
import { activeProfile } from './active-profile';
import { ot } from './options-strings';
import type { SectionProps } from './section-props';

/** Both languages, so the result follows a language switch (an import can change the language itself). */
type ImportStatus = { ok: boolean; text: Text } | null;

const both = (make: (lang: 'en' | 'fr') => string): Text => ({ en: make('en'), fr: make('fr') });

const importedText = (count: number): Text =>
  both((lang) => (count === 1 ? ot(lang, 'importedOne') : ot(lang, 'imported', { n: count })));

const ExportPart = ({ lang, deps, run, say }: SectionProps) => {
  const exportFile = async () => {
    const reply = await run({ type: 'export' });
    if (!reply.ok || !reply.file) return;
    const name = exportFileName(deps.now());
    deps.download(name, `${JSON.stringify(reply.file, null, 2)}\n`);
    say(ot(lang, 'exported', { file: name }));
  };
  return (
    <>
      <h3>{ot(lang, 'exportHeading')}</h3>
      <p>{ot(lang, 'exportIntro')}</p>
      <button type="button" class="gc-button" onClick={() => void exportFile()} data-testid="export">
        {ot(lang, 'export')}
      </button>
    </>
  );
};

const ImportPart = ({ lang, run, say, warn }: SectionProps) => {
  const [status, setStatus] = useState<ImportStatus>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus(null);
    // Refused by its size before it is read (issue 15, finding 7).
    if (file.size > MAX_IMPORT_CHARS) {
      setStatus({ ok: false, text: TOO_LARGE });
      warn(TOO_LARGE[lang]);
      input.value = '';
      return;
    }
    setBusy(true);
    say(ot(lang, 'importing'));
    let text: string;
    try {
      text = await file.text();
    } catch {
      setBusy(false);
      const message = both((l) => ot(l, 'importUnreadable'));
      setStatus({ ok: false, text: message });
      warn(message[lang]);
      return;
    }
    const reply = await run(
      { type: 'import', file: text },
      (state, l) => importedText(state.progress.profiles.length)[l],
    );
    setBusy(false);
    setStatus(
      reply.ok
        ? { ok: true, text: importedText(reply.state.progress.profiles.length) }
        : { ok: false, text: reply.error.message },
    );
    // Lets the same file be chosen again (after fixing it, or to import it twice).
    input.value = '';
  };

  return (
    <>
      <h3>{ot(lang, 'importHeading')}</h3>
      <p>{ot(lang, 'importIntro')}</p>
      <div class="opt-field">
        {/* The native "Choose File" text follows the browser's language, not the page's: the input is hidden and its
            label, written in the page's language, is the visible button. The input keeps focus and keyboard use. */}
        <input
          type="file"
          id="import-file"
          class="opt-file-input"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
          aria-describedby="import-status"
          data-testid="import-file"
        />
        <label for="import-file" class="gc-button gc-secondary opt-file-button">
          {ot(lang, 'importLabel')}
        </label>
      </div>
      {/* Not a live region: the page's status and alert regions announce the result once. */}
      <p
        id="import-status"
        class={status ? (status.ok ? 'opt-success' : 'opt-error') : 'opt-hint'}
        data-testid="import-status"
      >
        {busy ? ot(lang, 'importing') : (status?.text[lang] ?? '')}
      </p>
    </>
  );
};

const ResetPart = ({ snapshot, lang, run, warn }: SectionProps) => {
  const [understood, setUnderstood] = useState(false);
  const confirmRef = useRef<HTMLInputElement>(null);
  const profile = activeProfile(snapshot);
  const label = profileLabel(profile, lang);

  const reset = async (scope: 'profile' | 'all') => {
    if (!(confirmRef.current?.checked ?? understood)) {
      warn(ot(lang, 'resetNeedsConfirm'));
      confirmRef.current?.focus();
      return;
    }
    const reply = await run(
      scope === 'all'
        ? { type: 'reset', scope, confirm: true }
        : { type: 'reset', scope, confirm: true, profileId: profile.id },
      (_s, l) =>
        scope === 'all'
          ? ot(l, 'resetAllDone')
          : ot(l, 'resetProfileDone', { label: profileLabel(profile, l) }),
    );
    if (reply.ok) setUnderstood(false);
  };

  return (
    <>
      <h3>{ot(lang, 'resetHeading')}</h3>
      <p>{ot(lang, 'resetIntro')}</p>
      <div class="opt-choice opt-confirm-box">
        <input
          ref={confirmRef}
          type="checkbox"
          id="reset-confirm"
          checked={understood}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
          data-testid="reset-confirm"
        />
        <label for="reset-confirm">{ot(lang, 'resetConfirm')}</label>
      </div>
      <div class="opt-reset-choice">
        <button
          type="button"
          class="gc-button gc-danger"
          onClick={() => void reset('profile')}
          aria-describedby="reset-profile-hint"
          data-testid="reset-profile"
        >
          {ot(lang, 'resetProfile', { label })}
        </button>
        <p class="opt-hint gc-muted" id="reset-profile-hint">
          {ot(lang, 'resetProfileHint')}
        </p>
      </div>
      <div class="opt-reset-choice">
        <button
          type="button"
          class="gc-button gc-danger"
          onClick={() => void reset('all')}
          aria-describedby="reset-all-hint"
          data-testid="reset-all"
        >
          {ot(lang, 'resetAll')}
        </button>
        <p class="opt-hint gc-muted" id="reset-all-hint">
          {ot(lang, 'resetAllHint')}
        </p>
      </div>
    </>
  );
};

export const DataSection = (p: SectionProps) => (
  <section aria-labelledby="data-heading" class="opt-section">
    <h2 id="data-heading">{ot(p.lang, 'dataHeading')}</h2>
    <ExportPart {...p} />
    <ImportPart {...p} />
    <ResetPart {...p} />
  </section>
);
