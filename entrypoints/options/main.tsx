import '@/components/page/gc-page.css';
import '@/components/journey/journey.css';
import '@/components/options/options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/options-app';
import type { OptionsDeps } from '@/components/options/options-deps';
import { sendMessage } from '@/lib/messages/send-message';
import { watchSnapshot } from '@/lib/messages/watch-snapshot';

const asBoolean = (run: () => Promise<boolean>): Promise<boolean> => {
  try {
    return run().catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
};

/** Saves through an object URL and a temporary <a download>; no downloads permission needed. */
const download = (fileName: string, text: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox cancels a download whose URL is revoked in the same task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

const deps: OptionsDeps = {
  send: sendMessage,
  watch: watchSnapshot,
  browserLang: browser.i18n.getUILanguage(),
  now: () => new Date(),
  // Called synchronously from the click handler, so the browser sees the user gesture.
  requestNotifications: () =>
    asBoolean(() => browser.permissions.request({ permissions: ['notifications'] })),
  hasNotifications: () => asBoolean(() => browser.permissions.contains({ permissions: ['notifications'] })),
  removeNotifications: () => asBoolean(() => browser.permissions.remove({ permissions: ['notifications'] })),
  download,
};

render(<OptionsApp deps={deps} />, document.getElementById('app') as HTMLElement);
