import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/text';
import {
  checkDeadlineForm,
  type DeadlineField,
  type DeadlineFormErrors,
  type DeadlineFormValues,
  NOTE_MAX,
  TITLE_MAX,
} from './popup-model';
import { p } from './popup-strings';

export interface DeadlineDraft {
  title: string;
  /** ISO instant. */
  at: string;
  note: string;
}

export interface DeadlineFormProps {
  lang: Lang;
  mode: 'add' | 'edit';
  initial: DeadlineFormValues;
  now: () => Date;
  /** Sends the draft; resolves to the background's error message, or null when it was saved. */
  onSubmit: (draft: DeadlineDraft) => Promise<string | null>;
  onCancel: () => void;
}

const FIELDS: DeadlineField[] = ['title', 'date', 'time', 'note'];
const id = (field: DeadlineField) => `pp-f-${field}`;

/**
 * Add or edit one of the user's deadlines. Checked here first (errors next to each field, focus on the first),
 * then by the background, whose refusal is shown above the buttons. Escape cancels.
 */
export const DeadlineForm = ({ lang, mode, initial, now, onSubmit, onCancel }: DeadlineFormProps) => {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<DeadlineFormErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>(`#${id('title')}`)?.focus();
  }, []);

  const set = (field: DeadlineField) => (e: Event) =>
    setValues((v) => ({ ...v, [field]: (e.currentTarget as HTMLInputElement).value }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const checked = checkDeadlineForm(values, now());
    setErrors(checked.errors);
    setRefusal(null);
    if (!checked.at) {
      const first = FIELDS.find((f) => checked.errors[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus();
      return;
    }
    setSaving(true);
    const error = await onSubmit({ title: values.title.trim(), at: checked.at, note: values.note.trim() });
    setSaving(false);
    if (error) setRefusal(error);
  };

  const describedBy = (field: DeadlineField, ...extra: string[]) =>
    [...extra, errors[field] ? `${id(field)}-err` : ''].filter(Boolean).join(' ') || undefined;

  const errorText = (field: DeadlineField) => {
    const key = errors[field];
    return key ? (
      <p id={`${id(field)}-err`} class="pp-field-error">
        {p(lang, key)}
      </p>
    ) : null;
  };

  return (
    <form
      ref={formRef}
      class="pp-form"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
      aria-labelledby="pp-form-h"
    >
      <h3 id="pp-form-h">{p(lang, mode === 'add' ? 'newDeadline' : 'editDeadline')}</h3>
      {Object.keys(errors).length > 0 && <p class="pp-field-error">{p(lang, 'formProblems')}</p>}
      <div class="pp-field">
        <label for={id('title')}>{p(lang, 'fieldTitle')}</label>
        <p id={`${id('title')}-hint`} class="pp-hint">
          {p(lang, 'fieldTitleHint')}
        </p>
        {errorText('title')}
        <input
          id={id('title')}
          type="text"
          value={values.title}
          maxLength={TITLE_MAX}
          required
          autoComplete="off"
          aria-invalid={errors.title ? 'true' : undefined}
          aria-describedby={describedBy('title', `${id('title')}-hint`)}
          onInput={set('title')}
        />
      </div>
      <p id="pp-f-when-hint" class="pp-hint">
        {p(lang, 'fieldWhenHint')}
      </p>
      <div class="pp-when">
        <div class="pp-field">
          <label for={id('date')}>{p(lang, 'fieldDate')}</label>
          {errorText('date')}
          <input
            id={id('date')}
            type="date"
            value={values.date}
            required
            aria-invalid={errors.date ? 'true' : undefined}
            aria-describedby={describedBy('date', 'pp-f-when-hint')}
            onInput={set('date')}
          />
        </div>
        <div class="pp-field">
          <label for={id('time')}>{p(lang, 'fieldTime')}</label>
          {errorText('time')}
          <input
            id={id('time')}
            type="time"
            value={values.time}
            required
            aria-invalid={errors.time ? 'true' : undefined}
            aria-describedby={describedBy('time', 'pp-f-when-hint')}
            onInput={set('time')}
          />
        </div>
      </div>
      <div class="pp-field">
        <label for={id('note')}>{p(lang, 'fieldNote')}</label>
        <p id={`${id('note')}-hint`} class="pp-hint">
          {p(lang, 'fieldNoteHint')}
        </p>
        {errorText('note')}
        <textarea
          id={id('note')}
          value={values.note}
          rows={2}
          maxLength={NOTE_MAX}
          aria-invalid={errors.note ? 'true' : undefined}
          aria-describedby={describedBy('note', `${id('note')}-hint`)}
          onInput={set('note')}
        />
      </div>
      <div role="alert" class="pp-refusal">
        {refusal}
      </div>
      <div class="pp-actions">
        <button type="submit" class="gc-button" disabled={saving}>
          {p(lang, 'save')}
        </button>
        <button type="button" class="gc-button gc-secondary" onClick={onCancel}>
          {p(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
};
