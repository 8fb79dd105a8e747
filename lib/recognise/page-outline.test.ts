import { describe, expect, it } from 'vitest';
import { pageOutline, redact } from './page-outline';
import { readSignals } from './page-signals';
import { recognise } from './recognise-page';

const PORTAL = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';

describe('the "Report this page" outline', () => {
  it('replaces digits, drops e-mail addresses, greetings and long texts', () => {
    expect(redact('business number (bn9)')).toBe('business number (bn#)');
    expect(redact('123456789rm0001')).toBe('#rm#');
    expect(redact('k1a 0b1')).toBe('[postal code]');
    expect(redact('jane.doe@example.com')).toBeNull();
    expect(redact('welcome, jane doe')).toBeNull();
    expect(redact('bienvenue, alex tremblay')).toBeNull();
    expect(redact('x'.repeat(81))).toBeNull();
  });

  it('never contains what the user typed or a number the page shows', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main>
      <h1>Welcome, Jane Doe</h1>
      <h2>Business identifiers</h2>
      <label for="bn">Business Number (BN9)</label><input id="bn" value="123456789">
      <label for="ln">Legal name</label><input id="ln" value="Maple Leaf Imports Inc.">
      <p role="alert">Account 123456789RM0001 balance $1,284.50</p>
      <button>Next</button></main>`;
    const url = new URL(`${PORTAL}/en/business/register/42`);
    const signals = readSignals(document, url);
    const outline = pageOutline(signals, recognise(signals), { lang: 'en', version: '0.1.0' });
    expect(outline).toContain('business identifiers');
    expect(outline).toContain('path: /en/business/register/#');
    expect(outline).toContain('recognised: business-identifiers');
    for (const secret of ['123456789', 'maple leaf', 'jane', '1,284', '1284']) {
      expect(outline.toLowerCase()).not.toContain(secret);
    }
  });
});
