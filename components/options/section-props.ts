import type { Lang } from '@/lib/i18n/text';
import type { MessageInput, Reply } from '@/lib/messages/schema';
import type { Snapshot } from '@/lib/progress/schema';
import type { OptionsDeps } from './options-deps';

/** Text for the status region once a request succeeds, in the language of the new state. */
export type Done = (state: Snapshot, lang: Lang) => string;

/** What every section of the options page gets from the app. */
export interface SectionProps {
  snapshot: Snapshot;
  lang: Lang;
  deps: OptionsDeps;
  /** Sends a message; on success renders the new state and says `done`, on failure shows the error as an alert. */
  run: (message: MessageInput, done?: Done) => Promise<Reply>;
  /** Polite status message. */
  say: (text: string) => void;
  /** Alert (errors and refusals). */
  warn: (text: string) => void;
}
