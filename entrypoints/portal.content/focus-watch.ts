import { HOST_ATTR } from './mount-host';

interface Callbacks {
  /** Focus moved to a portal element (never one of ours). */
  onFocus: (el: HTMLElement) => void;
  /** Focus left the field a tip is open for (to anything: another field, our bar, another window). */
  onLeave: () => void;
  /** Esc, while a tip is open. */
  onEscape: (e: KeyboardEvent) => void;
  /** The user typed in the field a tip is open for. */
  onInput: () => void;
}

/**
 * The portal-side events the guide follows: focus (to open a field's tip) and leaving it (to close it), Esc
 * (to close the tip without taking the key from the portal: nothing is prevented, WCAG 1.4.13) and typing in the
 * tip's field (to refresh its format hint). Listeners end with `signal`.
 */
export const watchFocus = (
  doc: Document,
  signal: AbortSignal,
  isTipOpen: () => HTMLElement | null,
  cb: Callbacks,
) => {
  doc.addEventListener(
    'focusin',
    (e) => {
      // Focus inside our own shadow root arrives retargeted to the host, which is not a portal element.
      const target = e.target as HTMLElement | null;
      if (target?.matches && !target.matches(`[${HOST_ATTR}]`)) cb.onFocus(target);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusout',
    (e) => {
      const field = isTipOpen();
      if (field && e.target === field) cb.onLeave();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && isTipOpen()) cb.onEscape(e);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'input',
    (e) => {
      const field = isTipOpen();
      if (field && e.target === field) cb.onInput();
    },
    { capture: true, signal },
  );
};
