import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_IDS, PAGE_IDS } from '../../lib/guide/ids';
import { counterpart, errorScreens, type Screen, screenFor, screens } from '../fixtures/portal/screens.js';

// The portal replica (test/fixtures/portal) is the model every recogniser test runs against; these tests keep
// it complete (every page in both languages), bilingual with the same structure, and varied in markup.

const mount = (screen: Screen, extra: Record<string, unknown> = {}) => {
  const root = document.createElement('div');
  document.body.append(root);
  screen.render(document, root, { go: vi.fn(), next: vi.fn(), back: vi.fn(), ...extra });
  return root;
};

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text as an accessible name counts it: without aria-hidden parts (a "$" affix, a required marker). */
const nameText = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return textOf(copy);
};

const FIELDS = 'input, select, textarea';
const BUTTONS = 'button, [role="button"], a[href]';

/** The accessible name a user (or a recogniser) would find for a form control, from any of the label markups. */
const labelOf = (control: Element): string => {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const by = control.getAttribute('aria-labelledby');
  if (by) {
    return by
      .split(/\s+/)
      .map((id) => {
        const el = document.getElementById(id);
        return el ? nameText(el) : '';
      })
      .join(' ')
      .trim();
  }
  if (control.id) {
    const label = document.querySelector(`label[for="${control.id}"]`);
    if (label) return nameText(label);
  }
  const wrapping = control.closest('label');
  return wrapping ? nameText(wrapping) : '';
};

const pairs = screens
  .filter((s) => s.lang === 'en')
  .map((en) => [en, counterpart(en)] as const)
  .map(([en, fr]) => [en.key, en, fr] as const);

afterEach(() => {
  document.body.replaceChildren();
});

describe('portal replica: coverage', () => {
  it('gives every screen a unique key ending in its language', () => {
    const keys = screens.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of screens) expect(s.key.endsWith(`.${s.lang}`)).toBe(true);
  });

  it.each(PAGE_IDS.filter((p) => p !== 'unknown'))('has an English and a French screen for %s', (page) => {
    expect(screenFor(page, 'en')?.lang).toBe('en');
    expect(screenFor(page, 'fr')?.lang).toBe('fr');
  });

  it('has at least two unknown (non-registration) screens per language', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(screens.filter((s) => s.page === 'unknown' && s.lang === lang).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses only known page and error ids, and paths under the screen language', () => {
    for (const s of screens) {
      expect(PAGE_IDS).toContain(s.page);
      if (s.error) expect(ERROR_IDS).toContain(s.error);
      expect(s.path.startsWith(`/${s.lang}/`)).toBe(true);
      if (s.match) expect(s.match.test(s.path)).toBe(true);
    }
  });

  it.each([
    ['name-address-mismatch', 'business-information'],
    ['bn-not-accepted', 'business-identifiers'],
    ['registration-failed', 'business-review'],
    ['error-code', 'business-verification'],
  ] as const)('shows the %s error on %s in both languages', (error, page) => {
    for (const lang of ['en', 'fr'] as const) {
      expect(errorScreens.some((s) => s.error === error && s.page === page && s.lang === lang)).toBe(true);
    }
  });

  it('gives the error-code screen its code', () => {
    const coded = errorScreens.filter((s) => s.error === 'error-code');
    expect(coded.map((s) => s.errorCode)).toEqual(['EC-1012', 'EC-1012']);
  });
});

describe.each(screens.map((s) => [s.key, s] as const))('portal replica screen %s', (_key, screen) => {
  it('renders text and a heading', () => {
    const root = mount(screen);
    expect(textOf(root).length).toBeGreaterThan(20);
    expect(root.querySelector('h1, h2, [role="heading"]')).not.toBeNull();
  });

  it('labels every form control', () => {
    const root = mount(screen);
    for (const control of root.querySelectorAll(FIELDS)) {
      expect(labelOf(control), control.outerHTML).not.toBe('');
    }
  });

  it('gives every text-like field an autocomplete attribute', () => {
    const root = mount(screen);
    for (const control of root.querySelectorAll(
      'input:not([type=checkbox]):not([type=radio]):not([type=file]), select',
    )) {
      expect(control.getAttribute('autocomplete'), control.outerHTML).toBeTruthy();
    }
  });

  it('renders fresh ids each time, as a framework would', () => {
    const ids = (root: Element) => [...root.querySelectorAll('[id]')].map((el) => el.id);
    const first = ids(mount(screen));
    const second = ids(mount(screen));
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});

describe.each(pairs)('portal replica: %s in English and French', (_key, en, fr) => {
  it('is the same page, error and lateness', () => {
    expect(fr.lang).toBe('fr');
    expect([fr.page, fr.error, fr.errorCode, fr.lateMs, fr.wizard]).toEqual([
      en.page,
      en.error,
      en.errorCode,
      en.lateMs,
      en.wizard,
    ]);
  });

  it('has the same structure (fields, buttons, headings, labels, tables, in order)', () => {
    const a = mount(en);
    const b = mount(fr);
    expect(b.querySelectorAll(FIELDS).length).toBe(a.querySelectorAll(FIELDS).length);
    expect(b.querySelectorAll(BUTTONS).length).toBe(a.querySelectorAll(BUTTONS).length);
    // The significant elements in document order; decoration may differ ("$" before or after an amount).
    const outline = (root: Element) =>
      [
        ...root.querySelectorAll(
          `h1, h2, h3, [role="heading"], label, fieldset, table, tr, ${FIELDS}, ${BUTTONS}`,
        ),
      ]
        .map((el) => el.tagName + (el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''))
        .join(' ');
    expect(outline(b)).toBe(outline(a));
  });

  it('is actually translated', () => {
    expect(textOf(mount(fr))).not.toBe(textOf(mount(en)));
    expect(fr.title).not.toBe(en.title);
  });
});

describe.each(errorScreens.map((s) => [s.key, s] as const))(
  'portal replica error screen %s',
  (_key, screen) => {
    it('shows its message and code', () => {
      const text = textOf(mount(screen));
      expect(screen.message).toBeTruthy();
      expect(text).toContain(screen.message);
      if (screen.errorCode) expect(text).toContain(screen.errorCode);
    });

    it('keeps the form of the page it appears on', () => {
      const plain = screenFor(screen.page, screen.lang);
      expect(plain).toBeDefined();
      if (!plain) return;
      expect(mount(screen).querySelectorAll(FIELDS).length).toBe(
        mount(plain).querySelectorAll(FIELDS).length,
      );
    });
  },
);

describe('portal replica: what public sources show of each screen (docs/facts.md, "The portal\'s screens")', () => {
  const screenOf = (key: string) => {
    const screen = screens.find((s) => s.key === key);
    if (!screen) throw new Error(`no screen ${key}`);
    return screen;
  };
  const labelsOn = (page: Parameters<typeof screenFor>[0], lang: 'en' | 'fr') => {
    const screen = screenFor(page, lang);
    if (!screen) throw new Error(`no ${page}.${lang}`);
    const root = mount(screen);
    return [...root.querySelectorAll(FIELDS)].map(labelOf);
  };
  const textOn = (page: Parameters<typeof screenFor>[0] | string, lang: 'en' | 'fr') => {
    const screen = page.includes('.')
      ? screenOf(page)
      : screenFor(page as Parameters<typeof screenFor>[0], lang);
    if (!screen) throw new Error(`no ${page}.${lang}`);
    return textOf(mount(screen));
  };
  const actionNames = (key: string) =>
    [...mount(screenOf(key)).querySelectorAll(BUTTONS)].map(
      (b) => b.getAttribute('aria-label') ?? nameText(b),
    );

  it('labels the sign-in buttons as CBSA does, Sign-in Partner first', () => {
    expect(textOn('sign-in', 'en')).toMatch(/Continue to Sign-in Partner.*Continue to GCKey/);
    expect(textOn('sign-in', 'fr')).toMatch(/Poursuivre vers un partenaire de connexion.*CléGC/);
  });

  it('registers multi-factor authentication on two screens, then confirms it', () => {
    for (const lang of ['en', 'fr'] as const) {
      const [first, second, done] = screens.filter((s) => s.page === 'mfa-setup' && s.lang === lang);
      if (!(first && second && done)) throw new Error(`three MFA screens in ${lang}`);
      expect(first.path).not.toBe(second.path);
      const firstRoot = mount(first);
      expect(firstRoot.querySelectorAll('input[type="email"]')).toHaveLength(2);
      expect(firstRoot.querySelectorAll('input[type="checkbox"]')).toHaveLength(1);
      expect(firstRoot.querySelector('input[autocomplete="one-time-code"]')).toBeNull();
      const secondRoot = mount(second);
      expect(secondRoot.querySelector('input[autocomplete="one-time-code"]')).not.toBeNull();
      expect(secondRoot.querySelector('input[type="email"]')).toBeNull();
    }
    expect(actionNames('mfa-setup.en')).toContain('Continue');
    expect(actionNames('mfa-setup-passcode.en')).toContain('Submit');
    expect(actionNames('mfa-setup-passcode.fr')).toContain('Soumettre');
    expect(labelsOn('mfa-setup', 'en')).toEqual([
      'Email address',
      'Confirm email address',
      expect.stringMatching(/consent/),
    ]);
    expect(textOn('mfa-setup-confirmation.en', 'en')).toMatch(/complete/);
  });

  it('labels and groups the user profile as a broker shows it', () => {
    expect(labelsOn('user-profile', 'en')).toEqual([
      'First name',
      'Last name',
      'Telephone number',
      'Ext.',
      'E-mail address',
      'Email notifications',
      // A label wrapping a <select> also holds the options' text.
      expect.stringMatching(/^Preferred language/),
    ]);
    expect(textOn('user-profile', 'en')).toMatch(
      /User Information.*Settings and preferences.*Email notifications/,
    );
  });

  it('puts the employee search on the left of First time setup and "Register my business" on the right', () => {
    expect(textOn('first-time-setup', 'en')).toMatch(
      /First time setup.*Employee Access Request.*Register my business/,
    );
    expect(textOn('first-time-setup', 'fr')).toMatch(/Première configuration.*Enregistrer mon entreprise/);
    expect(labelsOn('first-time-setup', 'en')).toEqual([expect.stringContaining('business number')]);
  });

  it('opens the wizard on the required details, then "Next"', () => {
    const [start] = screens.filter((s) => s.wizard && s.lang === 'en');
    expect(start?.page).toBe('business-start');
    expect(actionNames('business-start.en')).toContain('Next');
    expect(actionNames('business-start.fr')).toContain('Suivant');
    expect(labelsOn('business-start', 'en')).toEqual([]);
  });

  it('asks for the business number and program account, then a confirmation of the authentication', () => {
    expect(labelsOn('business-identifiers', 'en')).toEqual(
      expect.arrayContaining([expect.stringContaining('Business Number (BN9)'), 'Program reference number']),
    );
    const fr = labelsOn('business-identifiers', 'fr');
    expect(fr).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Numéro d'entreprise unique (NE9)"),
        'Numéro de référence du programme',
        "Confirmez l'authentification",
      ]),
    );
    expect(fr.at(-1)).toBe("Confirmez l'authentification");
    expect(labelsOn('business-identifiers', 'en').at(-1)).toBe('Confirm authentication');
    expect(textOn('business-identifiers', 'fr')).toMatch(/Confirmez l'authentification.*Suivant/);
  });

  it('refuses "Next" on the Business Number step until the authentication is confirmed', () => {
    const next = vi.fn();
    const root = mount(screenOf('business-identifiers.en'), { next });
    const button = [...root.querySelectorAll('button')].find((b) => nameText(b) === 'Next');
    button?.click();
    expect(next).not.toHaveBeenCalled();
    expect(textOf(root)).toContain('Confirm the authentication to continue.');
    root.querySelector<HTMLInputElement>('input[name="confirmAuthentication"]')?.click();
    button?.click();
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('labels the legal name and address', () => {
    expect(labelsOn('business-information', 'en')).toEqual(
      expect.arrayContaining(['Legal entity name', 'Street address', 'City', 'Postal code or ZIP code']),
    );
    expect(labelsOn('business-information', 'fr')).toEqual(
      expect.arrayContaining([
        'Dénomination sociale',
        'Adresse municipale',
        'Ville',
        'Code postal ou code ZIP',
      ]),
    );
  });

  it("labels the three verification questions under the narration's step name", () => {
    expect(labelsOn('business-verification', 'en')).toEqual([
      'Transaction number',
      'Total duties and taxes',
      'Payment date',
      'Payment amount',
      'Statement of account date',
      'Statement balance',
    ]);
    expect(labelsOn('business-verification', 'fr')).toEqual([
      'Numéro de transaction',
      'Total des droits et taxes',
      'Date du paiement',
      'Montant du paiement',
      'Date du relevé de compte',
      'Solde du relevé',
    ]);
    expect(textOn('business-verification', 'en')).toContain('Validate your transaction information');
  });

  it('gives the BSF900 its French title and the documents brokers name', () => {
    expect(textOn('nri-documents', 'fr')).toContain(
      "Entente de conservation des documents ailleurs qu'au lieu d'affaires au Canada",
    );
    expect(textOn('nri-documents', 'fr')).not.toContain('tenue');
    expect(textOn('nri-documents', 'en')).toMatch(/Corporate registry.*proof of good standing/);
  });

  it('has terms and conditions about delegation between importers and customs brokers', () => {
    expect(textOn('business-review', 'en')).toContain(
      'delegation of authority between importers and customs brokers',
    );
    expect(textOn('business-review', 'fr')).toContain(
      'délégation de pouvoirs entre les importateurs et les courtiers en douane',
    );
  });

  it('shows home with its real blocks: Menu, Recent Transactions, the balance and Make a Payment, Most requested on the right', () => {
    for (const key of ['portal-home.en', 'portal-home-homepage.en']) {
      const root = mount(screenOf(key));
      expect(textOf(root)).toMatch(
        /Menu.*Upload a document.*Setup my portal.*Recent Transactions.*Current open balance.*Make a Payment.*Most requested.*Manage pending third party requests.*Manage pending employee requests/,
      );
      const setup = [...root.querySelectorAll('a[href]')].find((a) => nameText(a) === 'Setup my portal');
      expect(setup, 'Setup my portal is a link').toBeDefined();
      const menu = [...root.querySelectorAll('button')].find((b) => nameText(b) === 'Menu');
      expect(menu?.getAttribute('aria-expanded')).toBe('false');
      // "Most requested" is the second box of the right-hand column (about halfway down).
      const most = [...root.querySelectorAll('h2')].find((h2) => nameText(h2) === 'Most requested');
      const column = most?.closest('section')?.parentElement;
      expect(column?.previousElementSibling).not.toBeNull();
      expect(column?.lastElementChild).toBe(most?.closest('section'));
    }
    expect(textOn('portal-home', 'fr')).toMatch(/Menu.*Télécharger un document/);
  });

  it('serves home at both /home and /homepage', () => {
    const homes = screens.filter((s) => s.page === 'portal-home' && s.lang === 'en').map((s) => s.path);
    expect(homes.sort()).toEqual(['/en/home', '/en/homepage']);
  });

  it('shows third-party requests as an inbox with Received requests and a check mark to approve', () => {
    expect(textOn('third-party-requests', 'en')).toMatch(/Received requests/);
    const names = actionNames('third-party-requests.en');
    expect(names).toEqual(expect.arrayContaining(['Approve', 'Reject', 'Details']));
    const root = mount(screenOf('third-party-requests.en'));
    const approve = root.querySelector('button[aria-label="Approve"]');
    expect(approve?.textContent).toBe('✓');
    expect(root.querySelector('table')).toBeNull();
  });

  it("shows the third party's comments and the Transaction Visibility Rules on request details", () => {
    expect(textOn('relationship-details', 'en')).toMatch(
      /Comments from the third party.*Business Management.*Program Management.*Transaction Visibility Rules/,
    );
    expect(actionNames('relationship-details.en')).toContain('Approve');
  });

  it('asks the RPP question as the broker walkthrough quotes it', () => {
    expect(textOn('rpp-enrolment', 'en')).toMatch(
      /Release Prior to Payment \(RPP\).*Are you requesting a modification to the security requirement calculation\?/i,
    );
    expect(textOn('rpp-enrolment', 'fr')).toContain('Mainlevée avant paiement');
    expect(textOn('rpp-security', 'en')).toMatch(/Submit security.*Surety bond.*Cash deposit/);
    expect(textOn('program-account-profile', 'en')).toContain('Sub-Programs');
  });

  it('calls the actions column « Mesures » in French tables', () => {
    for (const s of screens.filter((x) => x.lang === 'fr')) {
      const heads = [...mount(s).querySelectorAll('th')].map(nameText);
      expect(heads, s.key).not.toContain('Actions');
    }
    expect([...mount(screenOf('business-relationships.fr')).querySelectorAll('th')].map(nameText)).toContain(
      'Mesures',
    );
  });

  it('keeps English segments in French paths, except one page with a translated slug', () => {
    expect(screenOf('sign-in.fr').path).toBe('/fr/auth/login');
    expect(screenOf('portal-home.fr').path).toBe('/fr/home');
    const translated = screens
      .filter((s) => s.lang === 'fr' && s.path.slice(3) !== counterpart(s).path.slice(3))
      .map((s) => s.page);
    expect([...new Set(translated)]).toEqual(['first-time-setup']);
  });
});

describe('portal replica: markup variety (no recogniser may rely on one markup)', () => {
  const all = () => {
    const root = document.createElement('div');
    document.body.append(root);
    for (const s of screens) {
      const box = document.createElement('section');
      root.append(box);
      s.render(document, box, { go: vi.fn(), next: vi.fn(), back: vi.fn() });
    }
    return root;
  };

  it.each([
    ['an h1 heading', 'h1'],
    ['a role=heading aria-level=1 heading', 'div[role="heading"][aria-level="1"]'],
    ['a <button>', 'button'],
    ['a div role=button', 'div[role="button"][tabindex="0"]'],
    ['a label/for pair', 'label[for]'],
    ['an aria-labelledby field', 'input[aria-labelledby]'],
    ['a field wrapped in its label', 'label input'],
    ['an aria-label-only field', 'input[aria-label]:not([id])'],
    ['a Material form field', 'mat-form-field mat-label'],
    ['a Material-like div field', '.mat-form-field .mat-label'],
  ])('includes %s', (_what, selector) => {
    const root = all();
    expect(root.querySelector(selector)).not.toBeNull();
  });

  it('has screens whose only top heading is an h2', () => {
    const screensWithoutH1 = screens.filter((s) => {
      const root = mount(s);
      return !root.querySelector('h1, [role="heading"][aria-level="1"]') && root.querySelector('h2');
    });
    expect(screensWithoutH1.length).toBeGreaterThan(0);
  });

  it('marks elements with a different _ngcontent attribute on every screen', () => {
    const attrs = screens.map((s) => {
      const first = mount(s).firstElementChild;
      return first
        ? [...first.attributes].map((a) => a.name).find((n) => n.startsWith('_ngcontent-'))
        : undefined;
    });
    expect(attrs.every(Boolean)).toBe(true);
    expect(new Set(attrs).size).toBe(screens.length);
  });

  it('lets the app rebuild the identifiers and information forms with new nodes', () => {
    for (const page of ['business-identifiers', 'business-information'] as const) {
      const screen = screenFor(page, 'en');
      if (!screen) throw new Error(page);
      const regions: { container: HTMLElement; fill: () => Node[] }[] = [];
      const root = mount(screen, {
        region: (container: HTMLElement, fill: () => Node[]) => regions.push({ container, fill }),
      });
      expect(regions).toHaveLength(1);
      const before = root.querySelector('input');
      const labelBefore = before ? labelOf(before) : '';
      const region = regions[0];
      if (!region) throw new Error('no region');
      region.container.replaceChildren(...region.fill());
      const after = root.querySelector('input');
      expect(after).not.toBeNull();
      expect(after).not.toBe(before);
      expect(labelOf(after as Element)).toBe(labelBefore);
      expect(labelBefore).not.toBe('');
    }
  });
});
