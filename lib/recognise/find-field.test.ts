import { describe, expect, it } from 'vitest';
import { findField } from './find-field';

const build = (html: string) => {
  document.body.innerHTML = `<main>${html}</main><carm-guide><label>Business Number</label><input id="ours"></carm-guide>`;
  return document.querySelector<HTMLElement>('carm-guide');
};

describe('finding the field a tip concerns, by its label only', () => {
  it('follows label[for]', () => {
    const own = build('<label for="a">Business Number (BN9)</label><input id="a">');
    expect(findField(document, ['business number'], own)?.id).toBe('a');
  });
  it('finds a control wrapped in its label', () => {
    const own = build('<label>Numéro d’entreprise <input name="x"></label>');
    expect(findField(document, ["numero d'entreprise"], own)?.getAttribute('name')).toBe('x');
  });
  it('follows aria-labelledby', () => {
    const own = build('<span id="l1">Transaction number</span><input aria-labelledby="l1" name="t">');
    expect(findField(document, ['transaction number'], own)?.getAttribute('name')).toBe('t');
  });
  it('reads aria-label', () => {
    const own = build('<input aria-label="Total duties and taxes" name="d">');
    expect(findField(document, ['duties and taxes'], own)?.getAttribute('name')).toBe('d');
  });
  it('finds the input of a Material form field by its floating label', () => {
    const own = build(
      '<mat-form-field><mat-label>Program reference number</mat-label><input name="rm"></mat-form-field>',
    );
    expect(findField(document, ['program reference number'], own)?.getAttribute('name')).toBe('rm');
  });
  it('returns null when no field says so, and never returns our own', () => {
    const own = build('<label for="z">City</label><input id="z">');
    expect(findField(document, ['business number'], own)).toBeNull();
  });
});
