import { browser } from 'wxt/browser';

/**
 * Stands in for WXT's `ContentScriptContext` in our content scripts (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's announces every start to the page with
 * `window.postMessage({ type: '<extension id>:<script>:wxt:content-script-started' })` and a CustomEvent on
 * `document`, and stops itself when that event arrives from anyone else: any page script could learn that the
 * extension is installed, and switch the guide off for good (issue 15, finding 1). This one says nothing to the page
 * and listens to nothing on it.
 *
 * The context ends only when the extension itself goes away (reloaded, updated, removed): `browser.runtime.id` is
 * then undefined in the orphaned script, which `isValid` checks. A newer copy of the script removes what an older
 * one left on the page (see mount-host.ts), so nothing the page can send is needed for that either.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && extensionGone()) this.notifyInvalidated();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown) {
    this.controller.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setTimeout(handler: () => void, timeout?: number) {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number) {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback) {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ) {
    // WXT's namespaced "wxt:*" events (locationchange) are not provided: our scripts watch the page themselves.
    if (type.startsWith('wxt:')) throw new Error(`${type} is not available in CARM Guide's content scripts`);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated() {
    this.abort('Content script context invalidated');
  }
}

const extensionGone = () => {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
};
