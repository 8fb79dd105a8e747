import { browser } from 'wxt/browser';
import { errorReply } from './error-text';
import { type MessageInput, type Reply, replySchema } from './schema';

/**
 * For the overlay, popup and options page. Never throws: a missing background (worker starting, extension
 * reloaded) or a reply that does not match the schema becomes an `internal` error reply the UI can show.
 */
export const sendMessage = async (message: MessageInput): Promise<Reply> => {
  try {
    const raw: unknown = await browser.runtime.sendMessage(message);
    const reply = replySchema.safeParse(raw);
    return reply.success ? reply.data : errorReply('internal');
  } catch {
    return errorReply('internal');
  }
};
