import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UI } from '@/lib/i18n/ui-strings';
import { checkReportTo, reportHref } from '@/lib/report/report-to';
import { type ReportKey, ReportOutline } from './report-outline';

const KEYS: ReportKey[] = [
  'reportPage',
  'reportIntro',
  'reportSendTo',
  'copy',
  'save',
  'copied',
  'saved',
  'copyFailed',
  'saveFailed',
  'closeReport',
];
const strings = (lang: 'en' | 'fr') =>
  Object.fromEntries(KEYS.map((k) => [k, UI[k][lang]])) as Record<ReportKey, string>;

const mount = (props: Partial<Parameters<typeof ReportOutline>[0]> = {}) => {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = { onCopy: vi.fn(), onSave: vi.fn(), onClose: vi.fn() };
  render(
    <ReportOutline
      outline={'CARM Guide page outline\n<img src=x onerror=alert(1)>'}
      status=""
      strings={strings('en')}
      reportTo=""
      {...actions}
      {...props}
    />,
    root,
  );
  return { root, actions };
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('Report this page: save, copy and where to send it', () => {
  it('shows the outline as text, with Save and Copy, and says nothing of an address when none was set', () => {
    const { root, actions } = mount();
    expect(root.querySelector('textarea')?.value).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-testid="report-to"]')).toBeNull();
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Save as a file', 'Copy', 'Close']);
    buttons[0]?.click();
    buttons[1]?.click();
    expect(actions.onSave).toHaveBeenCalledOnce();
    expect(actions.onCopy).toHaveBeenCalledOnce();
  });

  it('names the address set at build time, in both languages, as a mailto: or https: link', () => {
    let { root } = mount({ reportTo: 'guide@example.org' });
    const to = root.querySelector('[data-testid="report-to"]');
    expect(to?.textContent).toBe('Send it to guide@example.org.');
    expect(to?.querySelector('a')?.getAttribute('href')).toBe(
      'mailto:guide@example.org?subject=CARM%20Guide%20page%20outline',
    );
    document.body.replaceChildren();
    ({ root } = mount({ reportTo: 'https://example.org/report', strings: strings('fr') }));
    expect(root.querySelector('[data-testid="report-to"]')?.textContent).toBe(
      'Envoyez-le à https://example.org/report.',
    );
    expect(reportHref('https://example.org/report')).toBe('https://example.org/report');
  });

  it('says what happened after Save or Copy', () => {
    for (const [status, text] of [
      ['saved', 'Saved to your downloads folder.'],
      ['copied', 'Copied to the clipboard.'],
      ['save-failed', 'Could not save the file. Copy the text instead.'],
      ['copy-failed', 'Could not copy. Select the text and copy it yourself.'],
    ] as const) {
      const { root } = mount({ status });
      expect(root.querySelector('[role="status"]')?.textContent).toBe(text);
      document.body.replaceChildren();
    }
  });

  it('accepts only an e-mail or https address at build time', () => {
    expect(checkReportTo(undefined)).toBe('');
    expect(checkReportTo('  ')).toBe('');
    expect(checkReportTo('guide@example.org')).toBe('guide@example.org');
    expect(checkReportTo('https://example.org/r')).toBe('https://example.org/r');
    for (const bad of ['javascript:alert(1)', 'http://example.org', 'not an address', 'a@b', '<x@y.z>']) {
      expect(() => checkReportTo(bad)).toThrow(/CARM_GUIDE_REPORT_TO/);
    }
  });
});
