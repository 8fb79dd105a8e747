/**
 * Calls `onChange` when the single-page portal may show something new: navigation (history API, popstate,
 * Navigation API), late or repeated rendering (DOM mutations). Cheap by design: mutations are coalesced, so a
 * render storm costs at most one evaluation per `throttleMs` (after a quiet spell, the first change is read at the next task), and a quiet page costs nothing.
 * Everything it starts stops when `signal` aborts.
 */
export interface WatchOptions {
  signal: AbortSignal;
  /** Our own host: mutations inside or on it are ignored. */
  ignore?: () => Node | null | undefined;
  throttleMs?: number;
  /** Fallback URL poll for browsers without the Navigation API; a string comparison only. */
  pollMs?: number;
}

/** After an evaluation that cost t ms, the next waits at least BACKOFF × t (a slow page is read less often). */
export const BACKOFF = 4;

export const watchPage = (
  win: Window,
  onChange: (reason: 'navigation' | 'mutation') => void,
  opts: WatchOptions,
) => {
  const { signal, throttleMs = 400, pollMs = 250 } = opts;
  let lastUrl = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: 'navigation' | 'mutation' | undefined;
  let lastRun = 0;
  /** What the last evaluation cost: the next one waits at least BACKOFF times that, so we never take the thread. */
  let cost = 0;

  const run = () => {
    const reason = pending ?? 'mutation';
    timer = undefined;
    pending = undefined;
    lastUrl = win.location.href;
    const started = performance.now();
    onChange(reason);
    lastRun = performance.now();
    cost = lastRun - started;
    // The history event can fire before the app renders the new page (currententrychange fires inside pushState):
    // the render that follows must be read at the next task, not after a throttle window (bench: 100 ms → 7 ms).
    if (reason === 'navigation') lastRun = Number.NEGATIVE_INFINITY;
  };

  const backoff = () =>
    Math.max(0, BACKOFF * cost - (performance.now() - (Number.isFinite(lastRun) ? lastRun : 0)));

  // Leading edge at the next task (the page's render batch is done by then); during a burst, one run per window,
  // and a pending run reads the DOM as it is when it fires, so no change is missed.
  const scheduleMutation = () => {
    if (timer !== undefined) return;
    const wait = Math.max(backoff(), throttleMs - (performance.now() - lastRun));
    pending = 'mutation';
    timer = setTimeout(run, wait);
  };

  // A navigation is read at the next task, not inside the page's pushState: a burst of navigations in one task
  // (a pushState storm) costs one evaluation, and the page's own render of the new URL is done by then.
  const navigated = () => {
    if (win.location.href === lastUrl || pending === 'navigation') return;
    if (timer !== undefined) clearTimeout(timer);
    pending = 'navigation';
    timer = setTimeout(run, backoff());
  };

  const observer = new MutationObserver((records) => {
    const own = opts.ignore?.();
    if (own && records.every((r) => own === r.target || own.contains(r.target))) return;
    if (win.location.href !== lastUrl) {
      navigated();
      return;
    }
    scheduleMutation();
  });
  observer.observe(win.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'aria-current', 'lang'],
  });

  win.addEventListener('popstate', navigated, { signal });
  // The Navigation API fires after the URL commits here, unlike `navigate` (see wxt-dev/wxt PR #2623).
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', navigated, { signal });
  nav?.addEventListener('currententrychange', navigated, { signal });
  const poll = setInterval(navigated, pollMs);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(poll);
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
};
