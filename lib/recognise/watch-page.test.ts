import { afterEach, describe, expect, it } from 'vitest';
import { BACKOFF, watchPage } from './watch-page';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
afterEach(() => controller?.abort());

describe('watchPage', () => {
  it('reads a burst of navigations in one task once, after the page rendered', async () => {
    controller = new AbortController();
    const seen: string[] = [];
    watchPage(window, (reason) => seen.push(`${reason} ${location.pathname} ${document.body.textContent}`), {
      signal: controller.signal,
      pollMs: 5,
    });
    for (let i = 0; i < 100; i++) history.pushState({}, '', `/en/storm-${i}`);
    document.body.textContent = 'page 99';
    await sleep(40);
    expect(seen).toEqual(['navigation /en/storm-99 page 99']);
  });

  it('waits longer after a costly evaluation (backoff), and still reads the last change', async () => {
    controller = new AbortController();
    const at: number[] = [];
    const busy = 15;
    watchPage(
      window,
      () => {
        at.push(performance.now());
        const end = performance.now() + busy;
        while (performance.now() < end) {
          // A slow page: each evaluation costs `busy` ms.
        }
      },
      { signal: controller.signal, throttleMs: 0, pollMs: 1000 },
    );
    document.body.append(document.createElement('p'));
    await sleep(5);
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await sleep(2);
    }
    await sleep(BACKOFF * busy * 3);
    expect(at.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < at.length; i++) {
      const gap = (at[i] ?? 0) - (at[i - 1] ?? 0);
      // Start to start: its own cost plus BACKOFF × cost of quiet (timer slack allowed).
      expect(gap).toBeGreaterThanOrEqual(busy + BACKOFF * busy - 2);
    }
  });

  it('stops everything when aborted', async () => {
    controller = new AbortController();
    let calls = 0;
    watchPage(window, () => calls++, { signal: controller.signal, pollMs: 5 });
    controller.abort();
    history.pushState({}, '', '/en/after-abort');
    document.body.append(document.createElement('p'));
    await sleep(30);
    expect(calls).toBe(0);
  });
});
