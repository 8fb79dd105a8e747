import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { JourneyNow } from '@/components/journey/journey-now';
import { JourneyParts } from '@/components/journey/journey-parts';
import { pageLang } from '@/lib/i18n/page-lang';
import { t } from '@/lib/i18n/ui-strings';
import type { JourneyView } from '@/lib/journey/journey-view';
import type { MessageInput, Reply } from '@/lib/messages/schema';
import type { Snapshot } from '@/lib/progress/schema';
import { activeProfile } from './active-profile';
import { DataSection } from './data-section';
import { HelpSection } from './help-section';
import { LanguageSection } from './language-section';
import type { OptionsDeps } from './options-deps';
import { OptionsHeader } from './options-header';
import { ProblemsNotice } from './problems-notice';
import { ProfilesSection } from './profiles-section';
import { RemindersSection } from './reminders-section';
import { RoleSection } from './role-section';
import type { Done, SectionProps } from './section-props';

const HTML_LANG = { en: 'en-CA', fr: 'fr-CA' } as const;

/** A message and a counter: the counter re-keys the text so the same words said twice are announced twice. */
interface Said {
  text: string;
  n: number;
}

export const OptionsApp = ({ deps }: { deps: OptionsDeps }) => {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [failed, setFailed] = useState(false);
  const [journey, setJourney] = useState<JourneyView | null>(null);
  const [status, setStatus] = useState<Said>({ text: '', n: 0 });
  const [alert, setAlert] = useState<Said>({ text: '', n: 0 });
  const lang = pageLang(snapshot, deps.browserLang);
  const langRef = useRef(lang);
  langRef.current = lang;
  // Decided once, from the first state: moving the role chooser after a choice would move focus with it.
  const firstRun = useRef<boolean | null>(null);
  if (snapshot && firstRun.current === null) firstRun.current = activeProfile(snapshot).role === null;

  useEffect(() => {
    const controller = new AbortController();
    deps.watch(setSnapshot, controller.signal);
    const load = async (attempt: number): Promise<void> => {
      const reply = await deps.send({ type: 'get-state' });
      if (controller.signal.aborted) return;
      if (reply.ok) {
        // A change seen by the watcher meanwhile is at least as new as this reply.
        setSnapshot((current) => current ?? reply.state);
        setFailed(false);
      } else if (attempt === 0) {
        // The background worker may still be starting right after install.
        setTimeout(() => void load(1), 500);
      } else {
        setFailed(true);
      }
    };
    void load(0);
    return () => controller.abort();
  }, [deps]);

  // The journey view comes from the background, as the overlay's and the popup's do; asked again on each change.
  useEffect(() => {
    if (!snapshot) return;
    let current = true;
    void deps.send({ type: 'get-state', lang: langRef.current }).then((reply) => {
      if (current && reply.ok && reply.journey) setJourney(reply.journey as JourneyView);
    });
    return () => {
      current = false;
    };
  }, [snapshot, deps]);

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
    document.title = t(lang, 'optionsTitle');
  }, [lang]);

  const say = (text: string) => {
    setAlert((a) => ({ text: '', n: a.n }));
    setStatus((s) => ({ text, n: s.n + 1 }));
  };
  const warn = (text: string) => {
    setStatus((s) => ({ text: '', n: s.n }));
    setAlert((a) => ({ text, n: a.n + 1 }));
  };
  const run = async (message: MessageInput, done?: Done): Promise<Reply> => {
    const reply = await deps.send(message);
    if (reply.ok) {
      setSnapshot(reply.state);
      if (done) say(done(reply.state, pageLang(reply.state, deps.browserLang)));
    } else {
      warn(reply.error.message[langRef.current]);
    }
    return reply;
  };

  let body: ComponentChildren;
  if (!snapshot) {
    body = failed ? (
      <p class="opt-error">{t(lang, 'loadError')}</p>
    ) : (
      <p class="gc-muted">{t(lang, 'loading')}</p>
    );
  } else {
    const props: SectionProps = { snapshot, lang, deps, run, say, warn };
    const welcome = firstRun.current === true;
    body = (
      <>
        <ProblemsNotice {...props} />
        {welcome && <RoleSection {...props} welcome />}
        <ProfilesSection {...props} />
        {!welcome && <RoleSection {...props} welcome={false} />}
        {journey?.position && (
          <section class="opt-section" aria-labelledby="opt-journey-h" data-testid="options-journey">
            <h2 id="opt-journey-h">{journey.ui.partsHeading}</h2>
            <JourneyNow view={journey} away />
            <JourneyParts view={journey} open />
          </section>
        )}
        <LanguageSection {...props} />
        <HelpSection {...props} />
        <RemindersSection {...props} />
        <DataSection {...props} />
      </>
    );
  }

  return (
    <div class="opt-page">
      <OptionsHeader lang={lang} />
      <main class="opt-width opt-main" data-testid="options-main">
        {body}
      </main>
      {/* Both regions exist from the first render, so screen readers announce what is put in them. */}
      <div class="opt-messages">
        <div class="opt-width">
          <div role="status" aria-live="polite" data-testid="status">
            {status.text && (
              <p class="opt-status-text" key={status.n}>
                {status.text}
              </p>
            )}
          </div>
          <div role="alert" data-testid="alert">
            {alert.text && (
              <p class="opt-alert-text" key={alert.n}>
                {alert.text}
              </p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
};
