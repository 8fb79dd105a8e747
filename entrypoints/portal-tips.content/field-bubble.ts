import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import bubbleCss from '@/components/overlay/field-bubble.css?inline';
import { checkFormat } from '@/lib/guide/formats';
import type { BubbleModel, TipsApi } from '@/lib/overlay/tips-api';
import { pageOutline } from '@/lib/recognise/page-outline';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};

/**
 * A tip beside a portal field, kept there by Floating UI through scroll (every scrolling ancestor), resize, layout
 * and replaced nodes. It never takes focus (the user is typing: WCAG 2.1.2, 1.4.13) and is placed beside the field,
 * never on it. Built with textContent only: no markup from anywhere is ever parsed.
 */
export const createFieldBubbles = (): TipsApi => {
  let bubble: HTMLDivElement | null = null;
  let field: HTMLElement | null = null;
  let model: BubbleModel | null = null;
  let stop: (() => void) | undefined;
  let hint: HTMLParagraphElement | null = null;

  const release = () => {
    stop?.();
    stop = undefined;
  };

  const renderHint = () => {
    if (!bubble || !model || !field) return;
    const value =
      model.showHints && model.format && 'value' in field ? String((field as HTMLInputElement).value) : '';
    const result = model.format && value ? checkFormat(model.format, value) : null;
    if (!result) {
      hint?.remove();
      hint = null;
      return;
    }
    hint ??= bubble.appendChild(el('p', ''));
    hint.className = `cg-hint cg-hint-${result.level}`;
    hint.replaceChildren(
      el('strong', '', model.ui[`level_${result.level}`]),
      ` ${result.message[model.lang]} `,
      el('span', 'cg-muted', model.ui.formatPrivacy),
    );
  };

  const place = (reference: HTMLElement, floating: HTMLElement) => {
    release();
    stop = autoUpdate(reference, floating, () => {
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
        floating.style.visibility = r.bottom < 0 || r.top > window.innerHeight ? 'hidden' : 'visible';
      });
    });
  };

  return {
    show(layer, nextField, nextModel, onClose) {
      if (!nextField || !nextModel || !nextField.isConnected) {
        release();
        bubble?.remove();
        bubble = null;
        hint = null;
        field = null;
        model = null;
        return;
      }
      const sameTip = bubble && model?.text === nextModel.text;
      model = nextModel;
      if (!layer.querySelector('style')) {
        const style = document.createElement('style');
        style.textContent = bubbleCss;
        layer.append(style);
      }
      if (!sameTip) {
        bubble?.remove();
        hint = null;
        bubble = el('div', 'cg-bubble');
        bubble.setAttribute('role', 'note');
        bubble.lang = nextModel.lang === 'fr' ? 'fr-CA' : 'en-CA';
        const close = el('button', 'cg-close', '×');
        close.type = 'button';
        close.tabIndex = -1;
        close.setAttribute('aria-label', nextModel.ui.closeTip);
        close.title = nextModel.ui.closeTip;
        close.addEventListener('click', onClose);
        const text = el('p', 'cg-bubble-text');
        text.append(el('span', 'cg-badge-dark', nextModel.ui.unofficial), ` ${nextModel.text}`);
        bubble.append(close, text);
        layer.append(bubble);
      }
      if (nextField !== field || !sameTip) {
        field = nextField;
        if (bubble) place(nextField, bubble);
      }
      renderHint();
    },
    refreshHint: renderHint,
    outline: pageOutline,
  };
};
