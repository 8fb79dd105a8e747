import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { reminderNotice } from './notification';
import { reconcileReminderAlarms, showDueReminder } from './reminder-alarms';
import { sampleSnapshot } from './sample-snapshot';
import { REFRESH_ALARM, reminderTargets } from './schedule';
import { readShown } from './shown';

const NOW = new Date('2026-11-26T12:00:00-05:00');
const on = (extra: Parameters<typeof sampleSnapshot>[0] = {}) =>
  sampleSnapshot({ ...extra, reminders: { enabled: true, ...extra.reminders } });

const names = async () => (await browser.alarms.getAll()).map((a) => a.name).sort();

describe('reconcileReminderAlarms', () => {
  it('schedules the planned reminders and a refresh alarm, and scheduling again changes nothing', async () => {
    const snapshot = on({ reminders: { daysBefore: [1], kinds: ['soa'] } });
    await reconcileReminderAlarms(browser.alarms, snapshot, NOW);
    const first = await names();
    expect(first).toEqual([
      REFRESH_ALARM,
      'reminder:soa-2026-12:1',
      'reminder:soa-2027-01:1',
      'reminder:soa-2027-02:1',
    ]);
    const again = await reconcileReminderAlarms(browser.alarms, snapshot, NOW);
    expect(again).toEqual({ cleared: [], created: [] });
    expect(await names()).toEqual(first);
  });

  it('removes every reminder alarm when reminders are turned off, and keeps other alarms', async () => {
    await browser.alarms.create('not-ours', { delayInMinutes: 10 });
    await reconcileReminderAlarms(browser.alarms, on(), NOW);
    await reconcileReminderAlarms(browser.alarms, sampleSnapshot(), NOW);
    expect(await names()).toEqual(['not-ours']);
  });

  it('drops the alarms of a deleted deadline', async () => {
    const bond = { id: 'bond', title: 'Renew', at: '2026-12-10T15:00:00.000Z' };
    await reconcileReminderAlarms(browser.alarms, on({ userDeadlines: [bond] }), NOW);
    expect(await names()).toContain('reminder:bond:7');
    await reconcileReminderAlarms(browser.alarms, on(), NOW);
    expect((await names()).filter((n) => n.includes('bond'))).toEqual([]);
  });
});

describe('showDueReminder', () => {
  const snapshot = on({ reminders: { daysBefore: [7], kinds: ['soa'] }, language: 'fr' });
  const fired = new Date('2026-12-18T05:00:00.000Z');
  const deps = (notify = vi.fn(async () => undefined), allowed = true) => ({
    snapshot,
    now: fired,
    lang: 'fr' as const,
    canNotify: async () => allowed,
    notify,
  });

  it('shows a due reminder once, with the alarm name as its id, and never again', async () => {
    const notify = vi.fn(async () => undefined);
    expect(await showDueReminder('reminder:soa-2026-12:7', deps(notify))).toBe('shown');
    expect(await showDueReminder('reminder:soa-2026-12:7', deps(notify))).toBe('already-shown');
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith('reminder:soa-2026-12:7', {
      title: 'Relevé de compte\u00a0: habituellement émis le 25',
      message: 'Le vendredi 25 décembre 2026 (dans 7 jours).',
    });
    expect((await readShown()).map((e) => e.key)).toEqual([
      'reminder:soa-2026-12:7@2026-12-18T05:00:00.000Z',
    ]);
  });

  it('shows nothing without the notifications permission, and does not use up the reminder', async () => {
    const notify = vi.fn(async () => undefined);
    expect(await showDueReminder('reminder:soa-2026-12:7', deps(notify, false))).toBe('not-allowed');
    expect(notify).not.toHaveBeenCalled();
    expect(await readShown()).toEqual([]);
  });

  it('ignores the refresh alarm and reminders that are no longer due', async () => {
    expect(await showDueReminder(REFRESH_ALARM, deps())).toBe('refresh');
    expect(await showDueReminder('reminder:soa-2027-01:7', deps())).toBe('not-due');
  });
});

describe('reminderNotice', () => {
  it('names both payment cut-offs and the due day, in English and French', () => {
    const snapshot = on();
    const target = reminderTargets(snapshot, NOW).find((t) => t.id === 'payment-2026-11');
    if (!target) throw new Error('no payment target');
    const at = new Date('2026-11-30T21:00:00.000Z');
    expect(reminderNotice(target, at, 'en')).toEqual({
      title: 'Payment due to CBSA',
      message:
        'Due Tuesday, December 1, 2026 (tomorrow). Mailed cheques must arrive by 4:00 p.m. ET; electronic payments are accepted until 11:59 p.m. ET.',
    });
    expect(reminderNotice(target, at, 'fr').message).toBe(
      'Exigible le mardi 1er décembre 2026 (demain). Les chèques postés doivent arriver au plus tard à 16\u00a0h HE; les paiements électroniques sont acceptés jusqu’à 23\u00a0h\u00a059 HE.',
    );
  });
});
