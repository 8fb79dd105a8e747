import { BOOT } from '@/lib/i18n/boot-strings';
import type { Lang } from '@/lib/i18n/text';
import type { PageView } from '@/lib/overlay/bar-view';

export interface BarModel {
  lang: Lang;
  view: PageView | null;
  failed: boolean;
  folded: boolean;
  /** The browser would not open the side panel from the page: say how to open it instead. */
  showHow: boolean;
}

export interface BarCallbacks {
  onOpenGuide: () => void;
  onToggle: () => void;
  onEscape: (e: KeyboardEvent) => void;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string) => {
  const node = doc.createElement(tag);
  node.className = cls;
  return node;
};

/**
 * The slim bar on the portal: the page's name, the journey stage, the one thing to do, "Open the guide". It sits in
 * the page's flow at the top of <body> (never fixed or floating), so it takes its own space and covers nothing.
 * Plain DOM with textContent (no framework, no markup parsed): it is all the portal loads at first paint.
 */
export const createBar = (container: HTMLElement, cb: BarCallbacks) => {
  const doc = container.ownerDocument;
  const root = el(doc, 'div', 'cg-bar');
  root.setAttribute('role', 'region');
  const brand = el(doc, 'span', 'cg-brand');
  const badge = el(doc, 'span', 'cg-badge');
  const where = el(doc, 'span', 'cg-where');
  const todoEl = el(doc, 'span', 'cg-todo');
  const open = el(doc, 'button', 'cg-open');
  open.type = 'button';
  const hide = el(doc, 'button', 'cg-hide');
  hide.type = 'button';
  const how = el(doc, 'p', 'cg-how');
  // Field-tip and format-check announcements; page changes are announced once, by the side panel.
  const live = el(doc, 'div', 'cg-sr');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(brand, badge, where, todoEl, open, hide, how, live);
  container.append(root);
  open.addEventListener('click', cb.onOpenGuide);
  hide.addEventListener('click', cb.onToggle);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') cb.onEscape(e);
  });

  const setText = (node: HTMLElement, text: string) => {
    if (node.textContent !== text) node.textContent = text;
    node.hidden = text === '';
  };

  return {
    draw(m: BarModel) {
      const lang = m.view?.lang ?? m.lang;
      const b = (k: keyof typeof BOOT) => BOOT[k][lang];
      const todo = m.view ? m.view.bar.todo : m.failed ? b('noConnection') : '';
      root.lang = lang === 'fr' ? 'fr-CA' : 'en-CA';
      root.setAttribute('aria-label', BOOT.barLabel[lang]);
      root.classList.toggle('cg-folded', m.folded);
      setText(brand, b('productName'));
      setText(badge, b('unofficial'));
      setText(where, m.folded ? '' : (m.view?.bar.where ?? ''));
      setText(todoEl, m.folded ? '' : todo);
      setText(open, b('openGuide'));
      setText(how, !m.folded && m.showHow && m.view ? m.view.ui.openGuideHow : '');
      hide.textContent = m.folded ? BOOT.barShowLong[lang] : b('barHide');
      const hideLabel = m.folded ? BOOT.barShowLong[lang] : BOOT.barHideLong[lang];
      if (hide.getAttribute('aria-label') !== hideLabel) hide.setAttribute('aria-label', hideLabel);
      hide.setAttribute('aria-expanded', String(!m.folded));
    },
    announce(text: string) {
      // Cleared first, so the same sentence twice in a row is still spoken.
      live.textContent = '';
      if (text) setTimeout(() => (live.textContent = text), 50);
    },
    focusToggle: () => hide.focus(),
    remove: () => root.remove(),
  };
};
