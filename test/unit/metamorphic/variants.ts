// Metamorphic variants of the portal replica's screens (issue R2 2/6): each transform changes how a screen is
// written (wording, punctuation, heading levels, label markup, wrappers, navigation and news that name other pages,
// hidden panels of other pages, web components, late rendering) but not which page it is. A recogniser that only
// learnt the replica's markup fails them; one that reads what a user sees does not.
import type { Screen } from '../../fixtures/portal/screens.js';
import { int, pick, type Rand } from '../seeded-random';

export interface Ctx {
  doc: Document;
  /** The screen's root (a <main>, unless a transform replaced it). */
  root: HTMLElement;
  screen: Screen;
  /** Screens of the same language showing other pages (never `unknown`, never this page). */
  others: Screen[];
  rand: Rand;
}

export interface Transform {
  name: string;
  apply(ctx: Ctx): void | Promise<void>;
}

const API = { go: () => undefined, next: () => undefined, back: () => undefined };

/** Renders `screen` into a new element of `tag`, as the replica's router does. */
export const renderInto = (doc: Document, screen: Screen, tag = 'div'): HTMLElement => {
  const box = doc.createElement(tag);
  screen.render(doc, box, API);
  return box;
};

const HEADINGS = 'h1,h2,h3,h4,[role="heading"]';
const firstHeadingText = (el: Element) =>
  (el.querySelector('h1') ?? el.querySelector(HEADINGS))?.textContent?.trim() ?? '';

/** Other pages' main headings, as a navigation or a news list would name them. */
const otherNames = (ctx: Ctx, n: number): string[] => {
  const names = new Set<string>();
  for (let i = 0; i < n * 4 && names.size < n; i++) {
    const other = pick(ctx.rand, ctx.others);
    const name = firstHeadingText(renderInto(ctx.doc, other));
    if (name) names.add(name);
  }
  return [...names];
};

const lang = (ctx: Ctx) => ctx.screen.lang;
const say = (ctx: Ctx, en: string, fr: string) => (lang(ctx) === 'fr' ? fr : en);

/** Every text node of the element's headings, rewritten by `f`. */
const rewriteHeadings = (ctx: Ctx, f: (text: string) => string) => {
  for (const h of ctx.root.querySelectorAll(HEADINGS)) {
    const walker = ctx.doc.createTreeWalker(h, 4 /* text */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue?.trim()) node.nodeValue = f(node.nodeValue);
    }
  }
};

const replaceTag = (doc: Document, el: Element, tag: string, attrs: Record<string, string> = {}) => {
  const next = doc.createElement(tag);
  for (const a of el.attributes) next.setAttribute(a.name, a.value);
  for (const [k, v] of Object.entries(attrs)) next.setAttribute(k, v);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
};

/** A section holding another page's screen, hidden in one of the ways wizards and tabs hide panels. */
const hiddenPanel =
  (how: (panel: HTMLElement, ctx: Ctx) => HTMLElement): Transform['apply'] =>
  (ctx) => {
    const other = renderInto(ctx.doc, pick(ctx.rand, ctx.others), 'section');
    const panel = how(other, ctx);
    if (ctx.rand() < 0.5) ctx.root.prepend(panel);
    else ctx.root.append(panel);
  };

/** Another page in a panel that one attribute or style hides. */
const markedPanel = (name: string, mark: (panel: HTMLElement) => void): Transform => ({
  name,
  apply: hiddenPanel((p) => {
    mark(p);
    return p;
  }),
});

const controlsWithLabels = (ctx: Ctx) =>
  [...ctx.root.querySelectorAll<HTMLLabelElement>('label[for]')]
    .map((label) => ({ label, control: ctx.doc.getElementById(label.htmlFor) }))
    .filter((x): x is { label: HTMLLabelElement; control: HTMLElement } => !!x.control);

export const TRANSFORMS: readonly Transform[] = [
  {
    name: 'hyphens and dashes in headings',
    apply: (ctx) =>
      rewriteHeadings(ctx, (t) => {
        const words = t.split(' ');
        if (words.length < 2) return `${t} \u2013`;
        const at = 1 + int(ctx.rand, words.length - 1);
        return `${words.slice(0, at).join(' ')}-${words.slice(at).join(' ')}`;
      }),
  },
  {
    name: 'punctuation and spacing in headings',
    apply: (ctx) =>
      rewriteHeadings(
        ctx,
        (t) =>
          `  ${t.replace(/ /g, pick(ctx.rand, ['  ', '\u00a0', ' \u200b']))} ${pick(ctx.rand, [':', '.', ' \u2014', '!', ''])}`,
      ),
  },
  { name: 'upper-case headings', apply: (ctx) => rewriteHeadings(ctx, (t) => t.toUpperCase()) },
  {
    name: 'headings in quotation marks',
    apply: (ctx) =>
      rewriteHeadings(ctx, (t) =>
        lang(ctx) === 'fr' ? `\u00ab\u00a0${t.trim()}\u00a0\u00bb` : `\u201c${t.trim()}\u201d`,
      ),
  },
  {
    name: 'typographic apostrophes swapped',
    apply: (ctx) => {
      const walker = ctx.doc.createTreeWalker(ctx.root, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        node.nodeValue = (node.nodeValue ?? '').replace(/['\u2019]/g, (c) => (c === "'" ? '\u2019' : "'"));
      }
    },
  },
  {
    name: 'every heading one level lower',
    apply: (ctx) => {
      for (const level of [4, 3, 2, 1]) {
        for (const h of ctx.root.querySelectorAll(`h${level}`)) replaceTag(ctx.doc, h, `h${level + 1}`);
      }
    },
  },
  {
    name: 'headings as role="heading" with aria-level',
    apply: (ctx) => {
      for (const h of ctx.root.querySelectorAll('h1,h2,h3,h4')) {
        replaceTag(ctx.doc, h, 'div', { role: 'heading', 'aria-level': h.localName.slice(1) });
      }
    },
  },
  {
    name: 'labels wrap their fields',
    apply: (ctx) => {
      for (const { label, control } of controlsWithLabels(ctx)) {
        label.removeAttribute('for');
        label.append(' ', control);
      }
    },
  },
  {
    name: 'labels as aria-label',
    apply: (ctx) => {
      for (const { label, control } of controlsWithLabels(ctx)) {
        control.setAttribute('aria-label', label.textContent?.trim() ?? '');
        label.remove();
      }
    },
  },
  {
    name: 'labels as aria-labelledby spans',
    apply: (ctx) => {
      controlsWithLabels(ctx).forEach(({ label, control }, i) => {
        const span = replaceTag(ctx.doc, label, 'span', { id: `mm-label-${i}` });
        span.removeAttribute('for');
        control.setAttribute('aria-labelledby', span.id);
      });
    },
  },
  {
    name: 'content wrapped in divs, a section and an article',
    apply: (ctx) => {
      let inner: HTMLElement = ctx.doc.createElement('article');
      inner.append(...ctx.root.childNodes);
      for (const tag of ['section', 'div', 'div'].slice(0, 1 + int(ctx.rand, 3))) {
        const outer = ctx.doc.createElement(tag);
        outer.append(inner);
        inner = outer;
      }
      ctx.root.append(inner);
    },
  },
  {
    name: 'no <main> element (role="main" or none)',
    apply: (ctx) => {
      const next = replaceTag(ctx.doc, ctx.root, 'div', ctx.rand() < 0.5 ? { role: 'main' } : {});
      ctx.root = next;
    },
  },
  {
    name: 'site header, menu and footer naming other pages',
    apply: (ctx) => {
      const names = otherNames(ctx, 6);
      const header = ctx.doc.createElement('header');
      header.innerHTML = `<h2>${say(ctx, 'CARM Client Portal', 'Portail client de la GCRA')}</h2>`;
      const nav = ctx.doc.createElement('nav');
      nav.setAttribute('aria-label', say(ctx, 'Menu', 'Menu'));
      nav.innerHTML = `<ul>${names.map((n) => `<li><a href="#">${n}</a></li>`).join('')}</ul><h2>${names[0] ?? ''}</h2>`;
      header.append(nav);
      const menu = ctx.doc.createElement('div');
      menu.setAttribute('role', 'menu');
      menu.innerHTML = names.map((n) => `<div role="menuitem">${n}</div>`).join('');
      const footer = ctx.doc.createElement('footer');
      footer.innerHTML = `<h2>${names[1] ?? ''}</h2><a href="#">${names[2] ?? ''}</a>`;
      ctx.root.before(header, menu);
      ctx.root.after(footer);
    },
  },
  {
    name: 'news list naming other pages, in the main content',
    apply: (ctx) => {
      const names = otherNames(ctx, 4);
      const section = ctx.doc.createElement('section');
      section.innerHTML = `<h2>${say(ctx, 'News', 'Nouvelles')}</h2><ul>${names
        .map(
          (n) =>
            `<li><h3>${n}: ${say(ctx, 'what changed', 'ce qui a changé')}</h3><p>${say(ctx, 'Updated', 'Mis à jour')} 2026-11-0${1 + int(ctx.rand, 9)}</p></li>`,
        )
        .join('')}</ul>`;
      ctx.root.append(section);
    },
  },
  {
    name: 'related links naming other pages, headings made of links',
    apply: (ctx) => {
      const names = otherNames(ctx, 4);
      const aside = ctx.doc.createElement('div');
      aside.innerHTML = `<h2>${say(ctx, 'Related', 'Voir aussi')}</h2>${names.map((n) => `<h3><a href="#">${n}</a></h3>`).join('')}`;
      ctx.root.append(aside);
    },
  },
  {
    name: 'an aside naming another page',
    apply: (ctx) => {
      const [name] = otherNames(ctx, 1);
      const aside = ctx.doc.createElement('aside');
      aside.innerHTML = `<h2>${name ?? ''}</h2><p>${say(ctx, 'See also', 'Voir aussi')}</p>`;
      ctx.root.append(aside);
    },
  },
  markedPanel('another page in a hidden panel', (p) => {
    p.hidden = true;
  }),
  markedPanel('another page in an aria-hidden panel', (p) => {
    p.setAttribute('aria-hidden', 'true');
  }),
  markedPanel('another page in a display:none panel', (p) => {
    p.style.display = 'none';
  }),
  {
    name: 'another page in a panel hidden by a style sheet class',
    apply: hiddenPanel((p, ctx) => {
      // The style sheet sits beside the panel, so it applies in the same tree (a shadow root, if one is made).
      const style = ctx.doc.createElement('style');
      style.textContent = '.mm-step:not(.mm-current) { display: none; }';
      ctx.root.prepend(style);
      p.className = 'mm-step';
      return p;
    }),
  },
  markedPanel('another page in an inert panel', (p) => {
    p.setAttribute('inert', '');
  }),
  {
    name: 'another page in a closed <details>',
    apply: hiddenPanel((p, ctx) => {
      const details = ctx.doc.createElement('details');
      const summary = ctx.doc.createElement('summary');
      summary.textContent = say(ctx, 'More', 'Plus');
      details.append(summary, p);
      return details;
    }),
  },
  {
    name: 'the content inside a web component (open shadow root)',
    apply: (ctx) => {
      const tag = 'mm-panel';
      if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
      const host = ctx.doc.createElement(tag);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(...ctx.root.childNodes);
      ctx.root.append(host);
    },
  },
  {
    name: 'headings in a web component, text slotted',
    apply: (ctx) => {
      const tag = 'mm-heading';
      if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
      for (const h of ctx.root.querySelectorAll('h1,h2')) {
        const host = ctx.doc.createElement(tag);
        host.attachShadow({ mode: 'open' }).innerHTML = `<${h.localName}><slot></slot></${h.localName}>`;
        host.append(...h.childNodes);
        h.replaceWith(host);
      }
    },
  },
  {
    name: 'the title of another page left in the tab (stale document.title)',
    apply: (ctx) => {
      ctx.doc.title = `${otherNames(ctx, 1)[0] ?? ''} - CARM`;
    },
  },
  {
    name: 'a breadcrumb',
    apply: (ctx) => {
      const nav = ctx.doc.createElement('nav');
      nav.setAttribute('aria-label', say(ctx, 'Breadcrumb', "Fil d'Ariane"));
      nav.innerHTML = `<ol><li><a href="#">${say(ctx, 'Home', 'Accueil')}</a></li><li><a href="#">${say(ctx, 'My account', 'Mon compte')}</a></li></ol>`;
      ctx.root.before(nav);
    },
  },
  {
    name: 'late rendering: an empty shell first, the screen after',
    apply: async (ctx) => {
      const content = [...ctx.root.childNodes];
      ctx.root.replaceChildren(ctx.doc.createTextNode(say(ctx, 'Loading…', 'Chargement…')));
      await Promise.resolve();
      ctx.root.replaceChildren(...content);
    },
  },
  {
    name: 're-rendered twice',
    apply: (ctx) => {
      ctx.root.replaceChildren();
      ctx.screen.render(ctx.doc, ctx.root, API);
      ctx.root.replaceChildren();
      ctx.screen.render(ctx.doc, ctx.root, API);
    },
  },
];

/** The variants of one screen: each transform alone, then `combos` random combinations of two or three. */
export const variantsOf = (rand: Rand, combos: number): Transform[][] => {
  const single = TRANSFORMS.map((t) => [t]);
  const mixed: Transform[][] = [];
  for (let i = 0; i < combos; i++) {
    const n = 2 + int(rand, 2);
    const chosen = new Set<Transform>();
    while (chosen.size < n) chosen.add(pick(rand, TRANSFORMS));
    mixed.push([...chosen]);
  }
  return [...single, ...mixed];
};
