import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from './handle-message';
import { sendMessage } from './send-message';

const NOW = new Date('2025-04-01T10:00:00.000Z');

/** The background's wiring, written with sendResponse because fake-browser v2 ignores returned promises. */
const listenLikeTheBackground = () =>
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    handleMessage(message, { now: () => NOW }).then(sendResponse);
    return true;
  });

describe('sendMessage', () => {
  it('reaches the background and returns its validated reply', async () => {
    listenLikeTheBackground();
    const reply = await sendMessage({ type: 'tick', itemId: 'prepare-bn9', done: true });
    expect(reply.ok).toBe(true);
    expect(reply.ok && reply.state.progress.profiles[0]?.ticks['prepare-bn9']?.at).toBe(NOW.toISOString());
  });

  it('passes the background’s error replies through', async () => {
    listenLikeTheBackground();
    const reply = await sendMessage({ type: 'profile-delete', profileId: 'default' });
    expect(reply.ok ? 'ok' : reply.error.code).toBe('last-profile');
  });

  it('turns a missing background into an internal error reply instead of throwing', async () => {
    const reply = await sendMessage({ type: 'get-state' });
    expect(reply.ok ? 'ok' : reply.error.code).toBe('internal');
  });

  it('turns a reply that does not match the schema into an internal error reply', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true, state: 'whatever' });
      return true;
    });
    const reply = await sendMessage({ type: 'get-state' });
    expect(reply.ok ? 'ok' : reply.error.code).toBe('internal');
  });
});
