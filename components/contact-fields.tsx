import { useId, useState, type FormEvent } from 'react';
import { STAGES, STAGE_LABELS, type Contact, type Stage } from '@/lib/model/contact';

/** The editable text fields of a contact, as the form holds them. */
export interface ContactFieldValues {
  name: string;
  emails: string;
  linkedInUrl: string;
  company: string;
  title: string;
  location: string;
  stage: Stage;
  notes: string;
}

export function fieldValuesOf(contact: Partial<Contact> | null): ContactFieldValues {
  return {
    name: contact?.name ?? '',
    emails: (contact?.emails ?? []).join(', '),
    linkedInUrl: contact?.linkedInUrl ?? '',
    company: contact?.company ?? '',
    title: contact?.title ?? '',
    location: contact?.location ?? '',
    stage: contact?.stage ?? 'prospect',
    notes: contact?.notes ?? '',
  };
}

/** Form values to the shape the contact schema parses (it does the validating). */
export function contactPatchOf(values: ContactFieldValues) {
  return {
    name: values.name,
    emails: values.emails.split(/[\s,;]+/).filter(Boolean),
    linkedInUrl: values.linkedInUrl.trim() || null,
    company: values.company,
    title: values.title,
    location: values.location,
    stage: values.stage,
    notes: values.notes,
  };
}

interface Props {
  initial: ContactFieldValues;
  /** Fields filled by a guess from the page, marked so the user checks them. */
  guessed?: readonly string[];
  submitLabel: string;
  onSubmit(values: ContactFieldValues): Promise<boolean>;
  onCancel?: () => void;
}

/** Name, addresses, company and the rest; saving keeps the form as typed if the write fails. */
export function ContactFields({ initial, guessed = [], submitLabel, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  function field(
    name: keyof ContactFieldValues,
    label: string,
    props: { type?: string; placeholder?: string } = {},
  ) {
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>
          {label}
          {guessed.includes(name) ? <span className="guess"> (guessed, please check)</span> : null}
        </label>
        <input
          id={`${id}-${name}`}
          type={props.type ?? 'text'}
          placeholder={props.placeholder}
          value={values[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      </div>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    await onSubmit(values);
    setSaving(false);
  }

  return (
    <form className="contact-fields" onSubmit={submit} aria-label="Contact details">
      {field('name', 'Name', { placeholder: 'Dana Whitfield' })}
      {field('emails', 'Email addresses', { placeholder: 'dana@company.com, dana@gmail.com' })}
      {field('linkedInUrl', 'LinkedIn profile', {
        type: 'url',
        placeholder: 'https://www.linkedin.com/in/…/',
      })}
      {field('company', 'Company')}
      {field('title', 'Title')}
      {field('location', 'Location')}
      <div className="field">
        <label htmlFor={`${id}-stage`}>Stage</label>
        <select
          id={`${id}-stage`}
          value={values.stage}
          onChange={(event) => setValues({ ...values, stage: event.target.value as Stage })}
        >
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={values.notes}
          onChange={(event) => setValues({ ...values, notes: event.target.value })}
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={saving || (!dirty && submitLabel === 'Save')}
        >
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
