import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/messages/handle-message';
import { sendMessage } from '@/lib/messages/send-message';
import { watchSnapshot } from '@/lib/messages/watch-snapshot';
import type { ExportFile, Snapshot } from '@/lib/progress/schema';
import { readSnapshot } from '@/lib/progress/storage-items';
import { OptionsApp } from './options-app';
import type { OptionsDeps } from './options-deps';

const deps = { now: () => new Date() };

/** The background's wiring; fake-browser v2 ignores a returned promise, so the reply goes through sendResponse. */
const listenLikeTheBackground = () =>
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handleMessage(message, deps).then(sendResponse);
    return true;
  });

let container: HTMLElement;

const makeDeps = (overrides: Partial<OptionsDeps> = {}): OptionsDeps => ({
  send: sendMessage,
  watch: watchSnapshot,
  browserLang: 'en-CA',
  now: () => new Date(),
  requestNotifications: vi.fn(async () => true),
  hasNotifications: vi.fn(async () => false),
  removeNotifications: vi.fn(async () => true),
  download: vi.fn(),
  ...overrides,
});

const mount = async (overrides: Partial<OptionsDeps> = {}) => {
  const d = makeDeps(overrides);
  render(<OptionsApp deps={d} />, container);
  await vi.waitFor(() => expect(byTestId('profile-list')).toBeTruthy());
  return d;
};

const byTestId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = container.querySelector<T>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`No element with data-testid="${id}"`);
  return found;
};
const text = (id: string) => byTestId(id).textContent ?? '';
const stored = async (): Promise<Snapshot> => (await readSnapshot()).snapshot;

const typeInto = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

const chooseFile = (input: HTMLInputElement, content: string) => {
  const file = new File([content], 'progress.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

beforeEach(() => {
  listenLikeTheBackground();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('options page: role', () => {
  it('stores the role chosen for the active profile and says so', async () => {
    await mount();
    byTestId<HTMLInputElement>('role-nri').click();
    await vi.waitFor(async () => expect((await stored()).progress.profiles[0]?.role).toBe('nri'));
    await vi.waitFor(() => expect(text('status')).toContain('Non-resident importer'));
    expect(byTestId<HTMLInputElement>('role-nri').checked).toBe(true);
  });

  it('puts the role chooser first, with a welcome, while the active profile has no role', async () => {
    await mount();
    const headings = [...container.querySelectorAll('main h2')].map((h) => h.textContent);
    expect(headings[0]).toBe('Your role');
    expect(container.querySelector('.opt-welcome')?.textContent).toContain('Welcome');
  });

  it('ends the first run on the portal: once the role is chosen, it offers to open the portal', async () => {
    await mount();
    expect(container.querySelector('[data-testid="first-run-next"]')).toBeNull();
    byTestId<HTMLInputElement>('role-importer').click();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="first-run-next"]')).not.toBeNull());
    const link = byTestId<HTMLAnchorElement>('open-portal');
    expect(link.textContent).toBe('Open the CARM Client Portal');
    expect(link.getAttribute('href')).toBe('https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/en/auth/login');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(text('first-run-next')).toMatch(/side panel/);
  });

  it('lists the profiles first once a role is chosen', async () => {
    await handleMessage({ type: 'set-role', role: 'importer' }, deps);
    await mount();
    const headings = [...container.querySelectorAll('main h2')].map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual(['Business profiles', 'Your role']);
    expect(container.querySelector('.opt-welcome')).toBeNull();
  });
});

describe('options page: business profiles', () => {
  it('creates a profile with a role, makes it active, and switches back', async () => {
    await mount();
    typeInto(byTestId('profile-create-label'), '  Maple Imports  ');
    const role = byTestId<HTMLSelectElement>('profile-create-role');
    role.value = 'broker';
    role.dispatchEvent(new Event('change', { bubbles: true }));
    byTestId('profile-create').click();

    await vi.waitFor(() => expect(byTestId('profile-list').children).toHaveLength(2));
    const after = await stored();
    const created = after.progress.profiles.find((p) => p.label === 'Maple Imports');
    expect(created?.role).toBe('broker');
    expect(after.progress.activeProfileId).toBe(created?.id);
    expect(text('status')).toContain('“Maple Imports” was added');
    expect(byTestId<HTMLInputElement>('profile-create-label').value).toBe('');

    byTestId('profile-switch-default').click();
    await vi.waitFor(async () => expect((await stored()).progress.activeProfileId).toBe('default'));
    await vi.waitFor(() => expect(text('profile-default')).toContain('Active'));
    expect(text('status')).toContain('“My business” is now the active profile');
  });

  it('refuses an empty name next to the field and sends nothing', async () => {
    const send = vi.fn(sendMessage);
    await mount({ send });
    send.mockClear();
    typeInto(byTestId('profile-create-label'), '   ');
    byTestId('profile-create').click();
    await vi.waitFor(() => expect(container.textContent).toContain('Enter a name of 1 to 60 characters.'));
    // Only reads (the journey view the page asks for after each change): no change was sent.
    expect(send.mock.calls.filter(([m]) => (m as { type: string }).type !== 'get-state')).toEqual([]);
    expect(byTestId('profile-create-label').getAttribute('aria-invalid')).toBe('true');
  });

  it('renames a profile with its own label field', async () => {
    await mount();
    byTestId('profile-rename-default').click();
    const input = await vi.waitFor(() => byTestId<HTMLInputElement>('profile-rename-label-default'));
    typeInto(input, 'Northern Goods');
    byTestId('profile-rename-save-default').click();
    await vi.waitFor(async () => expect((await stored()).progress.profiles[0]?.label).toBe('Northern Goods'));
    await vi.waitFor(() => expect(text('profile-default')).toContain('Northern Goods'));
  });

  it('deletes a profile only after confirming, and explains why the last one cannot be deleted', async () => {
    await handleMessage({ type: 'profile-create', label: 'Client A', role: null, activate: false }, deps);
    await mount();
    const other = (await stored()).progress.profiles[1];
    if (!other) throw new Error('expected a second profile');
    byTestId(`profile-delete-${other.id}`).click();
    expect((await stored()).progress.profiles).toHaveLength(2);
    const confirm = await vi.waitFor(() => byTestId(`profile-delete-confirm-${other.id}`));
    confirm.click();
    await vi.waitFor(async () => expect((await stored()).progress.profiles).toHaveLength(1));
    await vi.waitFor(() => expect(byTestId('profile-list').children).toHaveLength(1));
    expect(container.querySelector('[data-testid="profile-delete-default"]')).toBeNull();
    expect(text('profile-last-note')).toContain('only business profile');
  });

  it('shows the last portal visit and the days left before inactivity deactivation', async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await handleMessage({ type: 'visit', page: 'portal-home', lang: 'en' }, { now: () => tenDaysAgo });
    await mount();
    expect(text('profile-default')).toMatch(/Last portal visit: \w+day/);
    expect(text('profile-default')).toMatch(/deactivated after 180 days without sign-in: 1[67]\d days left/);
  });
});

describe('options page: import, export, reset', () => {
  it('says a foreign file is not ours and changes nothing', async () => {
    await handleMessage({ type: 'set-role', role: 'importer' }, deps);
    const before = await stored();
    await mount();
    chooseFile(byTestId('import-file'), JSON.stringify({ hello: 'world' }));
    await vi.waitFor(() => expect(text('import-status')).toContain('not a CARM Guide progress file'));
    expect(text('import-status')).toContain('Nothing was changed');
    expect(text('alert')).toContain('not a CARM Guide progress file');
    expect(await stored()).toEqual(before);
  });

  it('restores progress from a valid export', async () => {
    await handleMessage({ type: 'set-role', role: 'importer' }, deps);
    await handleMessage({ type: 'tick', itemId: 'prepare-bn9', done: true }, deps);
    await handleMessage({ type: 'profile-create', label: 'Client B', role: 'nri', activate: false }, deps);
    const exported = await handleMessage({ type: 'export' }, deps);
    const file = exported.ok ? (exported.file as ExportFile) : undefined;
    await handleMessage({ type: 'reset', scope: 'all', confirm: true }, deps);

    await mount();
    chooseFile(byTestId('import-file'), JSON.stringify(file));
    await vi.waitFor(() => expect(text('import-status')).toBe('Progress imported: 2 business profiles.'));
    const after = await stored();
    expect(after.progress.profiles[0]?.ticks['prepare-bn9']?.done).toBe(true);
    expect(after.progress.profiles.map((p) => p.label)).toEqual([null, 'Client B']);
    await vi.waitFor(() => expect(byTestId('profile-list').children).toHaveLength(2));
  });

  it('exports the progress as a JSON file named for today', async () => {
    const download = vi.fn();
    await mount({ download, now: () => new Date('2025-04-01T12:00:00Z') });
    byTestId('export').click();
    await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, content] = download.mock.calls[0] as [string, string];
    expect(name).toBe('carm-guide-progress-2025-04-01.json');
    expect(JSON.parse(content)).toMatchObject({ format: 'carm-guide-progress', version: 2 });
    expect(text('status')).toContain(name);
  });

  it('resets nothing until the confirmation is ticked, then deletes everything', async () => {
    await handleMessage({ type: 'tick', itemId: 'prepare-bn9', done: true }, deps);
    await handleMessage({ type: 'profile-create', label: 'Client C', role: null }, deps);
    await mount();
    byTestId('reset-all').click();
    await vi.waitFor(() => expect(text('alert')).toContain('Nothing was reset'));
    expect((await stored()).progress.profiles).toHaveLength(2);

    byTestId<HTMLInputElement>('reset-confirm').click();
    byTestId('reset-all').click();
    await vi.waitFor(async () => expect((await stored()).progress.profiles).toHaveLength(1));
    expect((await stored()).progress.profiles[0]?.ticks).toEqual({});
    await vi.waitFor(() => expect(text('status')).toContain('Everything was deleted'));
    expect(byTestId<HTMLInputElement>('reset-confirm').checked).toBe(false);
  });

  it('resets only the active profile’s checklist when asked to', async () => {
    await handleMessage({ type: 'set-role', role: 'importer' }, deps);
    await handleMessage({ type: 'tick', itemId: 'prepare-bn9', done: true }, deps);
    await mount();
    byTestId<HTMLInputElement>('reset-confirm').click();
    byTestId('reset-profile').click();
    await vi.waitFor(async () => expect((await stored()).progress.profiles[0]?.ticks).toEqual({}));
    expect((await stored()).progress.profiles[0]?.role).toBe('importer');
  });
});

describe('options page: language, help, reminders', () => {
  it('switches the whole page to French at once', async () => {
    await mount();
    byTestId<HTMLInputElement>('language-fr').click();
    await vi.waitFor(() =>
      expect(container.querySelector('h1')?.textContent).toContain('Paramètres du Guide GCRA'),
    );
    expect(document.documentElement.lang).toBe('fr-CA');
    expect(text('unofficial-badge')).toBe('Non officiel');
    expect(container.textContent).toContain('Importateur non résident');
    expect(text('status')).toBe('Enregistré. Langue\u00a0: Français.');
    expect((await stored()).settings.language).toBe('fr');
  });

  it('saves which help to show and the overlay side', async () => {
    await mount();
    byTestId<HTMLInputElement>('help-fieldTips').click();
    await vi.waitFor(async () => expect((await stored()).settings.help.fieldTips).toBe(false));
    byTestId<HTMLInputElement>('overlay-side-left').click();
    await vi.waitFor(async () => expect((await stored()).settings.overlay.side).toBe('left'));
    expect(text('status')).toBe('Saved.');
  });

  it('keeps reminders off and says so when notifications are refused', async () => {
    const requestNotifications = vi.fn(async () => false);
    await mount({ requestNotifications });
    byTestId<HTMLInputElement>('reminders-enabled').click();
    await vi.waitFor(() => expect(text('alert')).toContain('Reminders stay off'));
    expect(requestNotifications).toHaveBeenCalledTimes(1);
    expect((await stored()).settings.reminders.enabled).toBe(false);
    expect(byTestId<HTMLInputElement>('reminders-enabled').checked).toBe(false);
  });

  it('turns reminders on once notifications are allowed, and offers to remove the permission when off', async () => {
    let held = false;
    const removeNotifications = vi.fn(async () => true);
    await mount({
      requestNotifications: async () => {
        held = true;
        return true;
      },
      hasNotifications: async () => held,
      removeNotifications,
    });
    byTestId<HTMLInputElement>('reminders-enabled').click();
    await vi.waitFor(async () => expect((await stored()).settings.reminders.enabled).toBe(true));
    await vi.waitFor(() => expect(text('status')).toBe('Reminders are on.'));

    byTestId<HTMLInputElement>('reminders-enabled').click();
    await vi.waitFor(async () => expect((await stored()).settings.reminders.enabled).toBe(false));
    const remove = await vi.waitFor(() => byTestId('reminders-remove-permission'));
    remove.click();
    await vi.waitFor(() => expect(removeNotifications).toHaveBeenCalledTimes(1));
  });

  it('saves reminder days and kinds', async () => {
    await mount();
    byTestId<HTMLInputElement>('reminder-day-14').click();
    await vi.waitFor(async () => expect((await stored()).settings.reminders.daysBefore).toEqual([14, 7, 1]));
    byTestId<HTMLInputElement>('reminder-kind-soa').click();
    await vi.waitFor(async () =>
      expect((await stored()).settings.reminders.kinds).toEqual(['payment', 'custom', 'inactivity']),
    );
  });
});

describe('options page: problems and live updates', () => {
  it('shows the recovery report and dismisses it', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await mount();
    await vi.waitFor(() => expect(text('problems')).toContain('Some saved progress could not be read'));
    expect(text('problems')).toContain('settings: string instead of an object');
    byTestId('problems-dismiss').click();
    await vi.waitFor(() => expect(container.querySelector('[data-testid="problems"]')).toBeNull());
    expect((await stored()).problems).toBeNull();
  });

  it('re-renders when another tab changes the stored state', async () => {
    await mount();
    await handleMessage({ type: 'set-role', role: 'employee' }, deps);
    await vi.waitFor(() => expect(byTestId<HTMLInputElement>('role-employee').checked).toBe(true));
    await handleMessage({ type: 'settings-update', patch: { language: 'fr' } }, deps);
    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toContain('Paramètres'));
  });
});
