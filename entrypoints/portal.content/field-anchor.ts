import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

interface Callbacks {
  onInput: () => void;
  onDismiss: () => void;
  onFocusField: (el: HTMLElement) => void;
}

/**
 * Keeps a tip bubble beside its portal field with Floating UI: follows scroll (every scrolling ancestor), resize and
 * layout, and moves to the new node when the portal replaces the field. The bubble is placed beside the field, never
 * on it, so the field with focus stays visible (WCAG 2.4.11).
 */
export class FieldAnchor {
  current: HTMLElement | null = null;
  private floating: HTMLElement | null = null;
  private stop: (() => void) | undefined;

  constructor(
    private readonly win: Window,
    signal: AbortSignal,
    cb: Callbacks,
  ) {
    const doc = win.document;
    doc.addEventListener(
      'focusin',
      (e) => {
        // Focus inside our own shadow root arrives retargeted to the host, which is not a portal element.
        const target = e.target as HTMLElement | null;
        if (target?.matches && !target.matches('carm-guide')) cb.onFocusField(target);
      },
      { capture: true, signal },
    );
    // Esc dismisses the tip without taking the key from the portal (WCAG 1.4.13); nothing is prevented.
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.current) cb.onDismiss();
      },
      { capture: true, signal },
    );
    doc.addEventListener(
      'input',
      (e) => {
        if (this.current && e.target === this.current) cb.onInput();
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => this.release(), { once: true });
  }

  /** Points the bubble at `el` (or at nothing: the tip then shows docked in the panel). */
  follow(el: HTMLElement | null) {
    if (el === this.current) return;
    this.current = el;
    this.restart();
  }

  setFloating(el: HTMLDivElement | null) {
    if (el === this.floating) return;
    this.floating = el;
    this.restart();
  }

  release() {
    this.stop?.();
    this.stop = undefined;
  }

  private restart() {
    this.release();
    const reference = this.current;
    const floating = this.floating;
    if (!reference || !floating || !reference.isConnected) return;
    const win = this.win;
    this.stop = autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'right-start',
        middleware: [
          offset(10),
          flip({ fallbackPlacements: ['left-start', 'bottom-start', 'top-start'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableWidth }) {
              floating.style.maxWidth = `${Math.max(200, Math.min(320, availableWidth))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${Math.round(x)}px`;
        floating.style.top = `${Math.round(y)}px`;
        // Hidden while its field is scrolled out of view, rather than floating over unrelated content.
        const r = reference.getBoundingClientRect();
        floating.style.visibility = r.bottom < 0 || r.top > win.innerHeight ? 'hidden' : 'visible';
      });
    });
  }
}
