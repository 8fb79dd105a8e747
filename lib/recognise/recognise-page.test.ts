import { describe, expect, it } from 'vitest';
import { type Screen, screens } from '../../test/fixtures/portal/screens.js';
import { PAGE_IDS } from '../guide/ids';
import { readSignals } from './page-signals';
import { recognise } from './recognise-page';
import { PAGE_RULES } from './rules';

const PORTAL = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';

/** Renders a replica screen the way the app does (a shell with a <main>), and recognises it. */
const recogniseScreen = (screen: Screen) => {
  document.documentElement.lang = screen.lang === 'fr' ? 'fr-CA' : 'en-CA';
  document.body.replaceChildren();
  const main = document.createElement('main');
  document.body.append(main);
  screen.render(document, main, { go: () => undefined, next: () => undefined, back: () => undefined });
  return recognise(readSignals(document, new URL(PORTAL + screen.path)));
};

describe('page recognition against every replica screen', () => {
  // One loop gives the negative tests for free: a screen recognised as another page fails its own case.
  for (const screen of screens) {
    it(`recognises ${screen.key} as ${screen.page}`, () => {
      const r = recogniseScreen(screen);
      expect({ key: screen.key, page: r.page }).toEqual({ key: screen.key, page: screen.page });
      if (screen.page !== 'unknown') expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    });
    if (screen.error) {
      it(`recognises the ${screen.error} error on ${screen.key}`, () => {
        const ids = recogniseScreen(screen).errors.map((e) => e.id);
        expect(ids).toContain(screen.error);
      });
    }
  }

  it('finds no error on screens without one', () => {
    const noisy = screens.filter((s) => !s.error).filter((s) => recogniseScreen(s).errors.length > 0);
    expect(noisy.map((s) => s.key)).toEqual([]);
  });

  it('reads the code of an EC error', () => {
    const coded = screens.filter((s) => s.errorCode);
    expect(coded.length).toBeGreaterThan(0);
    for (const s of coded) {
      expect(recogniseScreen(s).errors).toContainEqual({ id: 'error-code', code: s.errorCode });
    }
  });
});

describe('page rules', () => {
  it('has one rule per known page id, none for unknown', () => {
    expect(PAGE_RULES.map((r) => r.page).sort()).toEqual(PAGE_IDS.filter((p) => p !== 'unknown').sort());
  });

  it('gives every rule text signals in both languages', () => {
    for (const rule of PAGE_RULES) {
      const en = [rule.headings, rule.labels, rule.actions].flatMap((p) => p?.en ?? []);
      const fr = [rule.headings, rule.labels, rule.actions].flatMap((p) => p?.fr ?? []);
      expect(en.length, rule.page).toBeGreaterThan(0);
      expect(fr.length, rule.page).toBeGreaterThan(0);
    }
  });

  it('keeps phrases normalised (lower case, no accents), or they could never match', () => {
    for (const rule of PAGE_RULES) {
      for (const phrase of [rule.headings, rule.labels, rule.actions, rule.absentHeadings].flatMap((p) => [
        ...(p?.en ?? []),
        ...(p?.fr ?? []),
      ])) {
        expect(phrase, rule.page).toBe(
          phrase
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .trim(),
        );
      }
    }
  });

  it('says unknown for a page with nothing it knows', () => {
    document.body.innerHTML = '<main><h1>Weather</h1><button>OK</button></main>';
    expect(recognise(readSignals(document, new URL(`${PORTAL}/en/weather`))).page).toBe('unknown');
  });

  it('never reads our own overlay', () => {
    document.body.innerHTML =
      '<main><h1>Weather</h1></main><carm-guide><h1>First time setup</h1></carm-guide>';
    const own = document.querySelector<HTMLElement>('carm-guide');
    expect(recognise(readSignals(document, new URL(`${PORTAL}/en/x`), own)).page).toBe('unknown');
  });
});

describe('recognition that generalises (issue R2 2/6)', () => {
  const at = (html: string, path = '/en/x', title = '') => {
    document.title = title;
    document.body.innerHTML = html;
    return recognise(readSignals(document, new URL(PORTAL + path)));
  };

  it('lets the main heading outrank a subheading naming another page', () => {
    const r = at(
      `<main><h1>Première configuration</h1>
       <section><h2>Demande d'accès d'employé</h2><label for="bn">Numéro d'entreprise</label><input id="bn">
       <button>Rechercher</button></section>
       <section><h2>Enregistrer mon entreprise</h2><button>Enregistrer mon entreprise</button></section></main>`,
      '/fr/x',
    );
    expect(r.page).toBe('first-time-setup');
  });

  it('reads a wizard\u2019s "Step 1 of 4: …" text when the heading is the wizard\u2019s own title', () => {
    const r = at(
      `<main><h1>Register my business</h1><p>Step 1 of 4: Business identifiers</p>
       <label for="bn">Business Number (BN9)</label><input id="bn">
       <label for="rm">Program account</label><input id="rm"><button>Next</button></main>`,
    );
    expect(r.page).toBe('business-identifiers');
    expect(r.reasons.join(' ')).toContain('step');
  });

  it('reads the French counter, split over two elements', () => {
    const r = at(
      `<main><h1>Enregistrer mon entreprise</h1><p><span>Étape 1 de 4 :</span> <strong>Identificateurs de l’entreprise</strong></p>
       <label>Numéro d’entreprise <input></label><button>Suivant</button></main>`,
      '/fr/x',
    );
    expect(r.page).toBe('business-identifiers');
  });

  it('ignores punctuation, hyphens and spacing differences', () => {
    expect(at('<main><h1>First-Time  Set-Up</h1><button>Register my business</button></main>').page).toBe(
      'first-time-setup',
    );
    expect(at('<main><h1>Pending third-party requests</h1><button>Approve</button></main>').page).toBe(
      'third-party-requests',
    );
  });

  it('matches whole words, not parts of words', () => {
    // "sign in" inside "design instructions" must not count.
    expect(at('<main><h1>Design instructions</h1></main>', '/en/y').page).toBe('unknown');
  });

  it('does not read hidden wizard panels, navigation, menus, footers or news lists', () => {
    const r = at(
      `<header><h2>Sign in</h2></header><nav><a href="/a">First time setup</a><h2>Business identifiers</h2></nav>
       <main><h1>Public bulletins</h1>
       <ul><li><h3>Business identifiers: what changed</h3><p>News</p></li><li><h3><a href="/n">User profile</a></h3></li></ul>
       <section hidden><h2>Business information</h2><label>Legal name <input></label></section>
       <section aria-hidden="true"><h2>Verify your business</h2></section>
       <section style="display:none"><h2>Review and submit</h2><button>Submit</button></section>
       <details><summary>More</summary><h2>Financial security</h2><label>Surety bond<input></label></details>
       </main><footer><h2>Manage business relationships</h2></footer>`,
      '/en/public-bulletins',
    );
    expect(r.page).toBe('unknown');
  });

  it('reads the visible panel of a wizard that keeps every panel in the DOM', () => {
    const r = at(
      `<main><h1>Register my business</h1>
       <section hidden><h2>Business identifiers</h2><label>Business number<input></label></section>
       <section><h2>Business information</h2><label>Legal name<input></label><label>City<input></label></section>
       <section hidden><h2>Review and submit</h2><button>Submit</button></section></main>`,
    );
    expect(r.page).toBe('business-information');
  });

  it('reads headings and labels inside open shadow roots (web components)', () => {
    class Heading extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = '<h1><slot></slot></h1>';
      }
    }
    class Input extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = `<label for="i">${this.getAttribute('label')}</label><input id="i">`;
      }
    }
    if (!customElements.get('xx-heading')) customElements.define('xx-heading', Heading);
    if (!customElements.get('xx-input')) customElements.define('xx-input', Input);
    const r = at(
      `<main><xx-heading>Legal name and address</xx-heading><xx-input label="Legal name"></xx-input>
       <xx-input label="Postal code"></xx-input></main>`,
    );
    expect(r.page).toBe('business-information');
  });

  it('uses the breadcrumb and the title as supporting signals, never alone', () => {
    const crumbs = `<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li aria-current="page">Business relationships</li></ol></nav>`;
    expect(at(`${crumbs}<main><h1>Relations</h1></main>`, '/en/z').page).toBe('unknown');
    expect(at('<main><h1>Relations</h1></main>', '/en/z', 'Sign in - CARM').page).toBe('unknown');
    const withStep = `${crumbs}<main><h1>Relations</h1><ol><li aria-current="step">Manage business relationships</li></ol></main>`;
    expect(at(withStep, '/en/z').page).toBe('business-relationships');
  });

  it('answers unknown on a close call, or keeps the page already shown', () => {
    const html =
      '<main><h1>Portal</h1><h2>Financial security</h2><label>Cash deposit<input></label><h2>Relationship details</h2><label>Access level<input></label></main>';
    document.body.innerHTML = html;
    const s = readSignals(document, new URL(`${PORTAL}/en/q`));
    expect(recognise(s).page).toBe('unknown');
    expect(recognise(s, 'relationship-details').page).toBe('relationship-details');
    expect(recognise(s, 'sign-in').page).toBe('unknown');
  });

  it('reads elements nested inside each other within its caps', () => {
    let at: Element = document.createElement('main');
    document.body.replaceChildren(at);
    const kinds = ['a', 'button', 'label', 'div', 'h2'];
    for (let i = 0; i < 3000; i++) {
      const el = document.createElement(kinds[i % kinds.length] ?? 'div');
      if (el.localName === 'a') el.setAttribute('href', `#n${i}`);
      if (el.localName === 'div') el.setAttribute('role', 'button');
      el.append(`Legal name ${i} `);
      at.append(el);
      at = el;
    }
    const s = readSignals(document, new URL(`${PORTAL}/en/q`));
    expect(s.headings.length + s.labels.length + s.actions.length).toBeLessThanOrEqual(80 + 120 + 120);
    // Every text is cut to 200 characters, however deep the element.
    expect(Math.max(...s.actions.map((a) => a.length))).toBeLessThanOrEqual(200);
  });

  it('stops reading a pathological page at its caps, and says so', () => {
    const parts: string[] = ['<main><h1>Business information</h1>'];
    for (let i = 0; i < 3000; i++) parts.push(`<label>Legal name ${i}<input></label>`);
    document.body.innerHTML = `${parts.join('')}</main>`;
    const s = readSignals(document, new URL(`${PORTAL}/en/q`));
    expect(s.truncated).toBe(true);
    expect(s.labels.length).toBeLessThanOrEqual(200);
    expect(recognise(s).page).toBe('business-information');
  });
});

describe('what the page adds later', () => {
  it('sees elements that gain a role, live regions and web components added after the first read', async () => {
    document.body.innerHTML = '<main><div id="t">Portal</div></main>';
    const url = new URL(`${PORTAL}/en/later`);
    expect(recognise(readSignals(document, url)).page).toBe('unknown');
    const title = document.getElementById('t');
    title?.setAttribute('role', 'heading');
    title?.setAttribute('aria-level', '1');
    if (title) title.textContent = 'Manage business relationships';
    expect(recognise(readSignals(document, url)).page).toBe('business-relationships');
    title?.remove();
    expect(recognise(readSignals(document, url)).page).toBe('unknown');
    class Late extends HTMLElement {
      connectedCallback() {
        if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Submit security</h2>';
      }
    }
    if (!customElements.get('xx-late')) customElements.define('xx-late', Late);
    document.querySelector('main')?.append(document.createElement('xx-late'));
    const s = readSignals(document, url);
    expect(s.headings).toContain('submit security');
  });
});
