import { computePosition, offset, type Placement, shift, size } from '@floating-ui/dom';
import bubbleCss from '@/components/overlay/field-bubble.css?inline';
import { checkFormat, examplesIn, type FormatHint, isComplete } from '@/lib/guide/formats';
import type { BubbleModel, TipsApi } from '@/lib/overlay/tips-api';
import { pageOutline } from '@/lib/recognise/page-outline';
import { avoidRects, type Box, intersects } from './avoid';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};

// Beside the field first; above or below only where that covers neither the next field nor the primary button.
const PLACEMENTS: Placement[] = ['right-start', 'left-start', 'top-start', 'bottom-start'];

/** The example values the portal itself shows beside the field: its placeholder and the hint it points to. */
const portalExamples = (field: HTMLElement): string[] => {
  const doc = field.ownerDocument;
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const described = ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  const around = field.closest('mat-form-field, .form-group, .field, label')?.textContent ?? '';
  return examplesIn(`${field.getAttribute('placeholder') ?? ''} ${described} ${around.slice(0, 400)}`);
};

/**
 * A tip beside a portal field, shown while the field has focus and gone when focus leaves it. Placed where it covers
 * neither the field, its label, the next field nor the page's primary button; if no such place exists (a narrow
 * window), it is not drawn, and the tip is still said by the live region and listed in the side panel. It never
 * takes focus (the user is typing: WCAG 2.1.2, 1.4.13). Built with textContent only: no markup is ever parsed.
 */
export const createFieldBubbles = (): TipsApi => {
  let bubble: HTMLDivElement | null = null;
  let field: HTMLElement | null = null;
  let model: BubbleModel | null = null;
  let hint: HTMLParagraphElement | null = null;
  let stop: (() => void) | undefined;

  const release = () => {
    stop?.();
    stop = undefined;
  };

  const check = (): FormatHint | null => {
    if (!model?.showHints || !model.format || !field || !('value' in field)) return null;
    const value = String((field as HTMLInputElement).value);
    return checkFormat(model.format, value, new Date(), portalExamples(field));
  };

  /** While typing, a check speaks only once the value is complete ("exactly 9 digits" at the 8th would nag). */
  const renderHint = () => {
    if (!bubble || !model || !field) return;
    const value = 'value' in field ? String((field as HTMLInputElement).value) : '';
    const result = model.format && isComplete(model.format, value) ? check() : null;
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

  const position = async (reference: HTMLElement, floating: HTMLElement) => {
    const avoid = avoidRects(reference);
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    for (const placement of PLACEMENTS) {
      const { x, y } = await computePosition(reference, floating, {
        strategy: 'fixed',
        placement,
        middleware: [
          offset(10),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableWidth }) {
              floating.style.maxWidth = `${Math.max(200, Math.min(320, availableWidth))}px`;
            },
          }),
        ],
      });
      const box: Box = {
        left: x,
        top: y,
        right: x + floating.offsetWidth,
        bottom: y + floating.offsetHeight,
      };
      const inside = box.left >= 0 && box.top >= 0 && box.right <= vw && box.bottom <= vh;
      if (inside && !avoid.some((r) => intersects(box, r))) return box;
    }
    return null;
  };

  const place = (reference: HTMLElement, floating: HTMLElement) => {
    release();
    let ticket = 0;
    const update = () => {
      const mine = ++ticket;
      void position(reference, floating).then((box) => {
        if (mine !== ticket) return;
        const r = reference.getBoundingClientRect();
        const onScreen = r.bottom > 0 && r.top < window.innerHeight;
        floating.style.visibility = box && onScreen ? 'visible' : 'hidden';
        if (box) {
          floating.style.left = `${Math.round(box.left)}px`;
          floating.style.top = `${Math.round(box.top)}px`;
        }
      });
    };
    // Scroll, resize and layout changes move the field: place the bubble again (Floating UI's autoUpdate is the
    // usual answer, but it would keep only one placement; ours is chosen afresh each time).
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('scroll', update, opts);
    window.addEventListener('resize', update, opts);
    const ro = new ResizeObserver(update);
    ro.observe(reference);
    ro.observe(floating);
    update();
    // A floating label (Material) moves up when its field takes focus, after a short transition: place again then.
    const settle = setTimeout(update, 250);
    stop = () => {
      clearTimeout(settle);
      window.removeEventListener('scroll', update, opts);
      window.removeEventListener('resize', update, opts);
      ro.disconnect();
    };
  };

  const hide = () => {
    release();
    bubble?.remove();
    bubble = null;
    hint = null;
    field = null;
    model = null;
  };

  return {
    show(layer, nextField, nextModel, onClose) {
      if (!nextField || !nextModel || !nextField.isConnected) {
        hide();
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
        bubble.style.visibility = 'hidden';
        bubble.lang = nextModel.lang === 'fr' ? 'fr-CA' : 'en-CA';
        const close = el('button', 'cg-close', '×');
        close.type = 'button';
        close.tabIndex = -1;
        close.setAttribute('aria-label', nextModel.ui.closeTip);
        close.title = nextModel.ui.closeTip;
        // mousedown would move focus off the field (and close the tip through focusout) before the click lands.
        close.addEventListener('mousedown', (e) => e.preventDefault());
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
    leave() {
      const result = check();
      const lang = model?.lang ?? 'en';
      const said = result && model ? `${model.ui[`level_${result.level}`]} ${result.message[lang]}` : null;
      return said;
    },
    outline: pageOutline,
  };
};
