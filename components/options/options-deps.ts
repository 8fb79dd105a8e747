import type { MessageInput, Reply } from '@/lib/messages/schema';
import type { Snapshot } from '@/lib/progress/schema';

/**
 * Everything the options page needs from the browser, passed in by the entrypoint so the components stay free of
 * browser APIs (and tests can wire the real background handler through the fake browser).
 */
export interface OptionsDeps {
  /** sendMessage: never throws. */
  send: (message: MessageInput) => Promise<Reply>;
  /** watchSnapshot: changes from other tabs, the popup and the background. */
  watch: (cb: (snapshot: Snapshot) => void, signal: AbortSignal) => void;
  /** browser.i18n.getUILanguage(), for pageLang before any portal visit. */
  browserLang: string;
  now: () => Date;
  /**
   * browser.permissions.request for notifications. Must be called synchronously from the click handler: browsers
   * only grant a permission prompt during a user gesture. Resolves false when refused or unavailable.
   */
  requestNotifications: () => Promise<boolean>;
  /** Whether the notifications permission is held now. */
  hasNotifications: () => Promise<boolean>;
  /** browser.permissions.remove for notifications; resolves false when it could not be removed. */
  removeNotifications: () => Promise<boolean>;
  /** Saves `text` as a file the user downloads. */
  download: (fileName: string, text: string) => void;
}
