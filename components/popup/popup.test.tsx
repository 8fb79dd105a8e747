import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '@/lib/i18n/text';
import type { MessageInput, Reply } from '@/lib/messages/schema';
import type { Snapshot } from '@/lib/progress/schema';
import { sampleSnapshot } from '@/lib/reminders/sample-snapshot';
import { Popup, type PopupActions, type PopupState } from './popup';

const NOW = new Date('2026-11-26T12:00:00-05:00');

const snapshotWithVisit = (extra: Parameters<typeof sampleSnapshot>[0] = {}): Snapshot =>
  sampleSnapshot({
    profile: {
      // Three hours before NOW, on the business numbers page.
      lastVisit: { at: '2026-11-26T14:00:00.000Z', page: 'business-identifiers', lang: 'en' },
      ticks: { 'prepare-bn9': { done: true, at: '2026-11-20T15:00:00.000Z', by: 'user' } },
    },
    userDeadlines: [{ id: 'bond', title: 'Renew the customs bond', at: '2026-12-10T15:00:00.000Z' }],
    ...extra,
  });

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const actionsWith = (reply?: (m: MessageInput) => Reply): PopupActions & { sent: MessageInput[] } => {
  const sent: MessageInput[] = [];
  return {
    sent,
    send: vi.fn(async (m: MessageInput) => {
      sent.push(m);
      return reply ? reply(m) : { ok: true as const, state: snapshotWithVisit() };
    }),
    openOptions: vi.fn(),
    openTab: vi.fn(),
    download: vi.fn(),
    retry: vi.fn(),
  };
};

const show = async (
  options: {
    lang?: Lang;
    state?: PopupState;
    now?: Date;
    actions?: ReturnType<typeof actionsWith>;
    allowed?: boolean | null;
  } = {},
) => {
  const now = options.now ?? NOW;
  const actions = options.actions ?? actionsWith();
  await act(() => {
    render(
      <Popup
        lang={options.lang ?? 'en'}
        clock={() => now}
        state={options.state ?? { status: 'ready', snapshot: snapshotWithVisit() }}
        notificationsAllowed={options.allowed ?? null}
        actions={actions}
      />,
      root,
    );
  });
  return actions;
};

const text = (selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Lets pending promises (a message sent, its reply handled) settle inside act(). */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

const submit = async () => {
  await act(() => (root.querySelector('.pp-form') as HTMLFormElement).requestSubmit());
  await settle();
};

const type = (selector: string, value: string) => {
  const input = root.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('Popup', () => {
  it('shows the next payment due date for November 26, 2026: Tuesday, December 1, 2026, with both cut-offs', async () => {
    await show();
    expect(text('[data-testid="payment-due-date"]')).toBe('Due Tuesday, December 1, 2026');
    const payment = text('[data-testid="payment-due"]');
    expect(payment).toContain('Mailed cheques: must arrive by 4:00 p.m. ET');
    expect(payment).toContain('Time left: 5 days, 4 hours');
    expect(payment).toContain('Electronic payments: until 11:59 p.m. ET');
    expect(payment).toContain('Time left: 5 days, 11 hours, 59 minutes');
    expect(text('[data-testid="soa-date"]')).toBe('Friday, December 25, 2026');
  });

  it('says it in French, with French dates and the Eastern zone named', async () => {
    await show({ lang: 'fr' });
    expect(text('[data-testid="payment-due-date"]')).toBe('Exigible le mardi 1er décembre 2026');
    expect(text('[data-testid="payment-due"]')).toContain('Temps restant : 5 jours et 4 heures');
    expect(text('[data-testid="soa-date"]')).toBe('vendredi 25 décembre 2026');
    expect(text('h1')).toBe('Guide GCRA');
    expect(text('[data-testid="last-visit"]')).toBe(
      'Dernière visite du portail : Numéro d’entreprise et compte de programme, il y a 3 heures'.replace(
        '’',
        "'",
      ),
    );
  });

  it('lists the May 2024 cutover plan in the history as superseded, never as upcoming', async () => {
    await show();
    const cutover = root.querySelector('[data-testid="history"] [data-id="may-2024-cutover-plan"]');
    expect(cutover?.getAttribute('data-status')).toBe('superseded');
    expect(cutover?.textContent).toContain('Superseded');
    expect(cutover?.textContent).toContain('Cancelled by Customs Notice 24-17');
    expect(root.querySelector('.pp-deadlines [data-id="may-2024-cutover-plan"]')).toBeNull();
    expect(text('[data-testid="history"] summary')).toMatch(/^Past CARM dates \(\d+\)$/);
    expect(text('[data-testid="history"] [data-id="october-2024-cutover"]')).toContain(
      'Ended 2 years, 1 month ago',
    );
  });

  it('writes a window within one day once, with both times', async () => {
    await show();
    const date = '[data-testid="history"] [data-id="portal-maintenance-tcc26-0081"] .pp-date';
    expect(text(date)).toBe('Saturday, April 18, 2026, 8:00 a.m. to 5:00 p.m. ET');
    await show({ lang: 'fr' });
    expect(text(date)).toBe('Samedi 18 avril 2026, de 8 h à 17 h HE');
  });

  it('shows where the user last was on the portal, and how long ago', async () => {
    await show();
    expect(text('[data-testid="last-visit"]')).toBe(
      'Last on the portal: Business Number and program account, 3 hours ago',
    );
  });

  it('says so when the portal was never opened with the guide', async () => {
    const snapshot = snapshotWithVisit({ profile: { lastVisit: undefined } });
    await show({ state: { status: 'ready', snapshot } });
    expect(text('[data-testid="last-visit"]')).toBe('You have not opened the portal with the guide yet.');
    expect(root.querySelector('[data-testid="inactivity"]')).toBeNull();
  });

  it('counts the days left before an inactive profile can be deactivated', async () => {
    await show();
    expect(text('[data-testid="inactivity"]')).toContain('180 days left');
    expect(text('[data-testid="inactivity"]')).toContain('from Tuesday, May 25, 2027');
  });

  it('after day 180, drops the inactivity countdown and says the profile may already be deactivated', async () => {
    const snapshot = snapshotWithVisit({
      profile: { lastVisit: { at: '2026-05-01T14:00:00.000Z', page: 'portal-home', lang: 'en' } },
    });
    await show({ state: { status: 'ready', snapshot } });
    expect(root.querySelector('[data-testid="inactivity"]')).toBeNull();
    expect(text('[data-testid="inactivity-lapsed"]')).toMatch(/may already be deactivated/);
    expect(text('[data-testid="inactivity-lapsed"]')).toMatch(/helpdesk can reactivate/);
    expect(root.querySelector('[data-testid="inactivity-lapsed"]')?.closest('[role="alert"]')).toBeNull();
  });

  it('does not show the December statement as issued on Christmas Day, and says why', async () => {
    await show();
    expect(text('[data-testid="soa"] h3')).toBe('Statement of Account: normally issued on the 25th');
    expect(text('[data-testid="soa"] [data-testid="caveat"]')).toMatch(/Christmas Day/);
    expect(root.querySelector('[data-testid="payment-due"] [data-testid="caveat"]')).toBeNull();
  });

  it('flags the payment due on Canada Day 2027 with a caveat', async () => {
    await show({ now: new Date('2027-06-20T12:00:00-04:00') });
    expect(text('[data-testid="payment-due-date"]')).toBe('Due Thursday, July 1, 2027');
    expect(text('[data-testid="payment-due"] [data-testid="caveat"]')).toMatch(/falls on Canada Day/);
  });

  it('keeps countdowns out of live regions, so screen readers are not interrupted every minute', async () => {
    await show();
    for (const el of root.querySelectorAll('.pp-countdown')) {
      expect(el.closest('[aria-live], [role="status"], [role="alert"], [role="timer"]')).toBeNull();
    }
  });

  it('shows the step, its progress and the next thing to do, and opens the portal where to do it', async () => {
    const actions = await show();
    expect(text('[data-testid="current-step"] h3')).toBe('Step 1 of 5 · Gather your details');
    expect(text('[data-testid="next-action"]')).toMatch(/^Next: /);
    const open = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Open the CARM'));
    await act(() => open?.click());
    expect(actions.openTab).toHaveBeenCalledWith(
      'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca/en/auth/login',
    );
  });

  it('ticks a checklist item of the current step', async () => {
    const actions = await show();
    const box = root.querySelector('#pp-tick-prepare-bn9') as HTMLInputElement;
    expect(box.checked).toBe(true);
    await act(() => box.click());
    await settle();
    expect(actions.sent).toContainEqual({ type: 'tick', itemId: 'prepare-bn9', done: false });
  });

  it('offers to choose a role in the settings when none is chosen', async () => {
    const snapshot = snapshotWithVisit({ profile: { role: null } });
    const actions = await show({ state: { status: 'ready', snapshot } });
    const choose = [...root.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Choose your role'),
    );
    await act(() => choose?.click());
    expect(actions.openOptions).toHaveBeenCalled();
  });

  it('adds a deadline entered in Eastern time', async () => {
    const actions = await show();
    await act(() => (root.querySelector('#pp-add') as HTMLButtonElement).click());
    expect(document.activeElement?.id).toBe('pp-f-title');
    await act(() => {
      type('#pp-f-title', '  Renew the bond  ');
      type('#pp-f-date', '2026-12-15');
      type('#pp-f-time', '16:30');
    });
    await submit();
    expect(actions.sent).toContainEqual({
      type: 'deadline-add',
      title: 'Renew the bond',
      at: '2026-12-15T21:30:00.000Z',
    });
    expect(text('[role="status"]')).toBe('Deadline saved.');
  });

  it('explains what is wrong next to the field and sends nothing', async () => {
    const actions = await show();
    await act(() => (root.querySelector('#pp-add') as HTMLButtonElement).click());
    await act(() => type('#pp-f-date', '2026-11-01'));
    await submit();
    expect(actions.sent).toEqual([]);
    expect(text('#pp-f-title-err')).toBe('Enter a title.');
    expect(text('#pp-f-date-err')).toBe('This date and time have passed. Choose a later one.');
    expect(root.querySelector('#pp-f-title')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('pp-f-title');
  });

  it('shows the background’s reason when it refuses a deadline', async () => {
    const refusal: Reply = {
      ok: false,
      error: { code: 'limit-reached', message: { en: 'Too many deadlines.', fr: 'Trop d’échéances.' } },
    };
    await show({ lang: 'fr', actions: actionsWith(() => refusal) });
    await act(() => (root.querySelector('#pp-add') as HTMLButtonElement).click());
    await act(() => {
      type('#pp-f-title', 'Caution');
      type('#pp-f-date', '2026-12-15');
    });
    await submit();
    expect(text('.pp-form [role="alert"]')).toBe('Trop d’échéances.');
  });

  it('edits and deletes the user’s own deadline', async () => {
    const actions = await show();
    await act(() => (root.querySelector('#pp-edit-bond') as HTMLButtonElement).click());
    expect((root.querySelector('#pp-f-date') as HTMLInputElement).value).toBe('2026-12-10');
    expect((root.querySelector('#pp-f-time') as HTMLInputElement).value).toBe('10:00');
    await act(() => type('#pp-f-time', '11:15'));
    await submit();
    expect(actions.sent).toContainEqual({
      type: 'deadline-update',
      id: 'bond',
      title: 'Renew the customs bond',
      at: '2026-12-10T16:15:00.000Z',
      note: null,
    });
    await act(() => (root.querySelector('#pp-del-bond') as HTMLButtonElement).click());
    expect(text('.pp-confirm')).toContain('Delete “Renew the customs bond”?');
    await act(() => (root.querySelector('#pp-yes-bond') as HTMLButtonElement).click());
    await settle();
    expect(actions.sent).toContainEqual({ type: 'deadline-delete', id: 'bond' });
  });

  it('says reminders are off and points to the settings', async () => {
    await show();
    expect(text('[data-testid="reminders"]')).toContain('Reminders are off.');
    const on = snapshotWithVisit({ reminders: { enabled: true, daysBefore: [1, 7] } });
    await show({ state: { status: 'ready', snapshot: on }, allowed: true });
    expect(text('[data-testid="reminders"]')).toBe(
      'Reminders are on: 7 days and 1 day before each deadline.',
    );
    await show({ state: { status: 'ready', snapshot: on }, allowed: false });
    expect(text('[data-testid="reminders"]')).toContain('does not allow notifications');
  });

  it('downloads an .ics file of the upcoming deadlines', async () => {
    const actions = await show();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('.ics'));
    await act(() => button?.click());
    const [name, ics, mime] = vi.mocked(actions.download).mock.calls[0] ?? [];
    expect(name).toBe('carm-guide-deadlines.ics');
    expect(mime).toMatch(/^text\/calendar/);
    expect(ics).toContain('UID:bond@carm-guide.invalid');
  });

  it('still shows the CBSA deadlines and history, and a clear message, when saved data cannot be read', async () => {
    const actions = await show({ state: { status: 'error', message: 'Could not read.' } });
    expect(text('[data-testid="load-error"]')).toContain('Could not read.');
    expect(text('[data-testid="payment-due-date"]')).toBe('Due Tuesday, December 1, 2026');
    expect(root.querySelector('[data-testid="history"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="last-visit"]')).toBeNull();
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    await act(() => retry?.click());
    expect(actions.retry).toHaveBeenCalled();
  });

  it('marks itself unofficial and opens the settings', async () => {
    const actions = await show();
    expect(text('.pp-header')).toContain('Unofficial');
    expect(text('.pp-header')).toContain('Not a Government of Canada product.');
    await act(() => (root.querySelector('.pp-settings') as HTMLButtonElement).click());
    expect(actions.openOptions).toHaveBeenCalled();
  });
});
