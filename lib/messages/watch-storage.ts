import { browser } from 'wxt/browser';

// No storage items, no zod: the popup imports this and asks the background for what it shows.
const KEYS = ['progress', 'settings', 'userDeadlines', 'problems'];

/** Calls `cb` (coalesced into one call per task) whenever a stored item changes, until `signal` aborts. */
export const watchStorage = (cb: () => void, signal: AbortSignal): void => {
  if (signal.aborted) return;
  let pending = false;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !KEYS.some((k) => k in changes) || pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!signal.aborted) cb();
    }, 0);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
};
