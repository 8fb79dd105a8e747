export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const intersects = (a: Box, b: Box) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

const CONTROLS = 'input:not([type="hidden"]),select,textarea,button,[role="button"],a[href]';
// What a form's main button says on the portal, EN and FR (carm-facts.md §6.4 labels).
const PRIMARY =
  /^(next|continue|submit|save|register|approve|send|suivant|continuer|poursuivre|soumettre|enregistrer|approuver|envoyer)\b/i;

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/** The label(s) the user reads for `field`: <label for>, a wrapping label, aria-labelledby, a Material label. */
const labelsOf = (field: HTMLElement): Element[] => {
  const doc = field.ownerDocument;
  const out: Element[] = [...((field as HTMLInputElement).labels ?? [])];
  for (const id of (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const l = doc.getElementById(id);
    if (l) out.push(l);
  }
  const mat = field.closest('mat-form-field')?.querySelector('mat-label, label');
  if (mat) out.push(mat);
  return out;
};

/**
 * What a field tip must never cover: the field itself, its label, the next field the user will reach, and the
 * page's primary buttons (Next, Submit…). Read from the page at the moment the tip is placed.
 */
export const avoidRects = (field: HTMLElement): Box[] => {
  const doc = field.ownerDocument;
  const boxes: Element[] = [field, ...labelsOf(field)];
  const controls = [...doc.querySelectorAll(CONTROLS)].filter(
    (el) => !el.closest('carm-guide') && visible(el),
  );
  const at = controls.indexOf(field);
  const next = controls.slice(at + 1).find((el) => el.matches('input,select,textarea'));
  if (next) boxes.push(next, ...labelsOf(next as HTMLElement));
  for (const c of controls) {
    const text = (c.textContent ?? (c as HTMLInputElement).value ?? '').trim();
    if ((c as HTMLButtonElement).type === 'submit' || PRIMARY.test(text)) boxes.push(c);
  }
  return boxes.map((b) => (b.matches(CONTROLS) ? b.getBoundingClientRect() : textBox(b)));
};

/** A label's text, not its box: block labels span the whole form width, their words do not. */
const textBox = (el: Element): Box => {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const r = range.getBoundingClientRect();
  return r.width > 0 ? r : el.getBoundingClientRect();
};
