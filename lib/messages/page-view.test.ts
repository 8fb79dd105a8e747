import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KnownPageId } from '../guide/ids';
import { readSnapshot } from '../progress/storage-items';
import { flushVisits, handleMessage } from './handle-message';
import { handleOverlayView } from './overlay-view';

const NOW = new Date('2026-12-01T15:00:00.000Z');
const view = (page: KnownPageId, visit = true) =>
  handleOverlayView(
    { type: 'overlay-view', page, lang: 'en', errors: [], ...(visit ? { visit: true } : {}) },
    NOW,
  );

beforeEach(async () => {
  fakeBrowser.reset();
  await handleMessage({ type: 'set-role', role: 'importer' }, { now: () => NOW });
});
afterEach(async () => {
  await flushVisits();
  vi.restoreAllMocks();
});

describe('one request per page change', () => {
  it('reads storage once, writes once, and answers with the journey of the new state', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const reply = await view('business-linked');
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledTimes(1);
    if (!reply.ok) throw new Error('expected a view');
    expect(reply.view.journey.position?.id).toBe('delegate');
    const profile = (await readSnapshot(NOW)).snapshot.progress.profiles[0];
    expect(profile?.seen).toEqual({ 'business-linked': NOW.toISOString() });
    expect(profile?.lastPage).toBe('business-linked');
    // The confirmation page ticked its step's final item, as the portal.
    expect(profile?.ticks['link-business-confirmed']).toMatchObject({ done: true, by: 'portal' });
  });

  it('a refresh (no visit) writes nothing', async () => {
    await view('sign-in');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await view('sign-in', false);
    expect(set).not.toHaveBeenCalled();
  });

  it('coalesces a storm of page changes: first sights at once, the rest in one later write', async () => {
    const pages: KnownPageId[] = ['business-identifiers', 'business-information', 'business-verification'];
    for (const page of pages) await view(page);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    // 100 changes between pages already seen, as a pushState storm would cause.
    for (let i = 0; i < 100; i++) {
      const reply = await view(pages[i % 3] as KnownPageId);
      expect(reply.ok).toBe(true);
    }
    expect(set).toHaveBeenCalledTimes(0);
    // Every reply and every other message already sees the latest visit…
    const state = await handleMessage({ type: 'get-state', lang: 'en' }, { now: () => NOW });
    expect(state.ok && state.state.progress.profiles[0]?.lastPage).toBe('business-identifiers');
    // …and it is written once the delay is over.
    await flushVisits();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await readSnapshot(NOW)).snapshot.progress.profiles[0]?.lastPage).toBe('business-identifiers');
  });

  it('writes a waiting visit along with the next change, not separately', async () => {
    await view('sign-in');
    await view('mfa-setup');
    await view('sign-in');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await handleMessage({ type: 'tick', itemId: 'prepare-bn9', done: true }, { now: () => NOW });
    expect(set).toHaveBeenCalledTimes(1);
    await flushVisits();
    expect(set).toHaveBeenCalledTimes(1);
    const profile = (await readSnapshot(NOW)).snapshot.progress.profiles[0];
    expect(profile?.lastPage).toBe('sign-in');
    expect(profile?.ticks['prepare-bn9']?.done).toBe(true);
  });

  it('the popup gets the same part and next action as the overlay on the same page', async () => {
    await view('first-time-setup');
    const overlay = await view('business-identifiers');
    const popup = await handleMessage({ type: 'get-state', lang: 'en' }, { now: () => NOW });
    if (!overlay.ok || !popup.ok) throw new Error('expected replies');
    expect(popup.journey?.position).toEqual(overlay.view.journey.position);
    expect(popup.journey?.next).toEqual(overlay.view.journey.next);
  });
});

describe("the bar's one thing to do is the page module's doHere for the role", () => {
  it('on the Business Number page: enter the BN9, never "choose Register my business"', async () => {
    const reply = await view('business-identifiers');
    if (!reply.ok) throw new Error('expected a view');
    expect(reply.view.journey.here?.text).toMatch(/^Enter your BN9/);
    expect(reply.view.bar.todo).toMatch(/^To do: Enter your BN9/);
    expect(reply.view.bar.todo).not.toMatch(/Register my business/);
    expect(reply.view.bar.where).toMatch(/ · Part 3 · /);
  });

  it("after linking, the bar names the part the user is at and that part's next action", async () => {
    const reply = await view('business-linked');
    if (!reply.ok) throw new Error('expected a view');
    expect(reply.view.bar.where).toMatch(/ · Part 4 · /);
    expect(reply.view.bar.todo).not.toMatch(/Register my business/);
  });
});
