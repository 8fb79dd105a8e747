import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Snapshot } from '../progress/schema';
import { handleMessage } from './handle-message';
import { watchSnapshot } from './watch-snapshot';

const deps = { now: () => new Date('2025-04-01T10:00:00.000Z') };

describe('watchSnapshot', () => {
  it('delivers one fresh snapshot per change, even when a change touches several items', async () => {
    const seen: Snapshot[] = [];
    const controller = new AbortController();
    watchSnapshot((snapshot) => seen.push(snapshot), controller.signal);
    await handleMessage({ type: 'tick', itemId: 'prepare-bn9', done: true }, deps);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.progress.profiles[0]?.ticks['prepare-bn9']?.done).toBe(true);

    await handleMessage({ type: 'reset', scope: 'all', confirm: true }, deps);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(2);
    expect(seen[1]?.progress.profiles[0]?.ticks).toEqual({});
    controller.abort();
  });

  it('shows damage written by something else as a report, without repairing it', async () => {
    const seen: Snapshot[] = [];
    const controller = new AbortController();
    watchSnapshot((snapshot) => seen.push(snapshot), controller.signal);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.problems?.problems).toEqual(['settings: string instead of an object, defaults used']);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: 'garbage' });
    controller.abort();
  });

  it('stops after the signal aborts', async () => {
    const cb = vi.fn();
    const controller = new AbortController();
    watchSnapshot(cb, controller.signal);
    controller.abort();
    await handleMessage({ type: 'tick', itemId: 'prepare-bn9', done: true }, deps);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cb).not.toHaveBeenCalled();
  });
});
