/**
 * The extension API as the browser gives it to content scripts: Firefox's promise-based `browser`, Chrome's `chrome`
 * (promise-based in MV3). The content script uses only what both share (runtime messages, storage events), so it
 * needs no polyfill: the bytes it would add are loaded into every portal page.
 */
interface Listeners<F> {
  addListener(fn: F): void;
  removeListener(fn: F): void;
}
export interface ContentExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { version: string };
    onMessage: Listeners<(message: unknown, sender: unknown, reply: (answer: unknown) => void) => unknown>;
  };
  storage: { onChanged: Listeners<(changes: Record<string, unknown>, area: string) => void> };
}

const g = globalThis as unknown as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
export const ext = (g.browser?.runtime?.id ? g.browser : g.chrome) as ContentExtensionApi;
