import { normalise } from './normalise';

const CONTROL =
  'input:not([type="hidden"]),select,textarea,[contenteditable="true"],[role="textbox"],[role="combobox"]';

const isControl = (el: Element | null): el is HTMLElement => !!el && el.matches(CONTROL);

/** The control a label-ish element names, by the usual ways a form ties them together. */
const controlOf = (doc: Document, labelEl: Element): HTMLElement | null => {
  if (labelEl instanceof HTMLLabelElement) {
    if (labelEl.htmlFor) {
      const target = doc.getElementById(labelEl.htmlFor);
      if (isControl(target)) return target;
    }
    const inside = labelEl.querySelector(CONTROL);
    if (inside) return inside as HTMLElement;
  }
  if (isControl(labelEl)) return labelEl;
  // Angular Material style: the floating label and its input share a form-field container.
  const field = labelEl.closest('mat-form-field,[class*="form-field"],[class*="form-group"],fieldset');
  const inField = field?.querySelector(CONTROL);
  return inField ? (inField as HTMLElement) : null;
};

/**
 * Finds the field a tip concerns from its label text (lower-case fragments), never from ids or classes.
 * Reads labels only, never a value. Returns null when the page does not show such a field (the tip is then docked).
 */
export const findField = (
  doc: Document,
  fragments: readonly string[],
  own?: Node | null,
): HTMLElement | null => {
  const wanted = fragments.map(normalise);
  const says = (raw: string | null | undefined) => {
    const text = normalise(raw ?? '');
    return text !== '' && wanted.some((w) => text.includes(w));
  };
  const mine = (el: Node) => !!own?.contains(el);
  for (const el of doc.querySelectorAll('label,mat-label,legend')) {
    if (mine(el) || !says(el.textContent)) continue;
    const control = controlOf(doc, el);
    if (control && !mine(control)) return control;
  }
  for (const el of doc.querySelectorAll<HTMLElement>('[aria-label],[aria-labelledby]')) {
    if (mine(el) || !isControl(el)) continue;
    const by = el.getAttribute('aria-labelledby');
    const named = by
      ? by
          .split(/\s+/)
          .map((id) => doc.getElementById(id)?.textContent ?? '')
          .join(' ')
      : el.getAttribute('aria-label');
    if (says(named)) return el;
  }
  return null;
};
