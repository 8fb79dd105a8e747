import type { Snapshot } from '../progress/schema';
import { readSnapshot, STORED_ITEMS } from '../progress/storage-items';

/**
 * Calls `cb` with a fresh, validated snapshot whenever any stored item changes, in every context (storage events
 * reach all tabs, the popup and the options page). Reads only; repairs are the background's job. Stops on abort.
 */
export const watchSnapshot = (cb: (snapshot: Snapshot) => void, signal: AbortSignal): void => {
  if (signal.aborted) return;
  let latest = 0;
  let pending = false;
  const refresh = () => {
    // One write can touch several items; coalesce their events into one read.
    if (pending) return;
    pending = true;
    setTimeout(async () => {
      pending = false;
      const ticket = ++latest;
      try {
        const { snapshot } = await readSnapshot();
        // A slower, older read must not overwrite a newer one.
        if (ticket === latest && !signal.aborted) cb(snapshot);
      } catch (error) {
        // Storage unavailable (extension reloading): the next change triggers another read.
        console.error('[carm-guide] could not read stored state', error);
      }
    }, 0);
  };
  const unwatchers = STORED_ITEMS.map((item) => item.watch(refresh));
  signal.addEventListener(
    'abort',
    () => {
      for (const unwatch of unwatchers) unwatch();
    },
    { once: true },
  );
};
