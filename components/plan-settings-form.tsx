import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings } from '@/lib/model/settings';
import { ValidationError } from '@/lib/model/validation';
import { FormStatus, type FormMessage } from './form-status';

interface Props {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
}

type PlanFields = Pick<
  Settings,
  'planSpacingDays' | 'planMaxNudges' | 'planHelpfulBeforeValue' | 'planHour'
>;

const FIELDS: { name: keyof PlanFields; label: string; hint: string; min: number; max: number }[] =
  [
    {
      name: 'planSpacingDays',
      label: 'Days between nudges, at least',
      hint: 'Helpful messages are never closer than this.',
      min: 1,
      max: 120,
    },
    {
      name: 'planMaxNudges',
      label: 'Most nudges before a call-back',
      hint: 'Replies fall with each further follow-up, so plans stop here.',
      min: 1,
      max: 12,
    },
    {
      name: 'planHelpfulBeforeValue',
      label: 'Helpful messages before any value material',
      hint: 'Material about your offering lands better after helpful messages.',
      min: 0,
      max: 12,
    },
    {
      name: 'planHour',
      label: 'Hour planned steps come due (0 to 23)',
      hint: 'On working days, in your time zone.',
      min: 0,
      max: 23,
    },
  ];

/** The follow-up plan settings: spacing, cap, value material, and the hour of day. */
export function PlanSettingsForm({ load, save }: Props) {
  const id = useId();
  const [values, setValues] = useState<Record<keyof PlanFields, string> | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);

  useEffect(() => {
    void load().then((settings) =>
      setValues({
        planSpacingDays: String(settings.planSpacingDays),
        planMaxNudges: String(settings.planMaxNudges),
        planHelpfulBeforeValue: String(settings.planHelpfulBeforeValue),
        planHour: String(settings.planHour),
      }),
    );
  }, [load]);

  if (!values) return <p className="loading">Loading…</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values) return;
    try {
      await save({
        planSpacingDays: Number(values.planSpacingDays),
        planMaxNudges: Number(values.planMaxNudges),
        planHelpfulBeforeValue: Number(values.planHelpfulBeforeValue),
        planHour: Number(values.planHour),
      });
      setMessage({ tone: 'info', text: 'Plan settings saved. New plans use them.' });
    } catch (error) {
      const text = error instanceof ValidationError ? error.issues.join('. ') : String(error);
      setMessage({
        tone: 'error',
        text: `Not saved: ${text}. Use whole numbers in the ranges shown.`,
      });
    }
  }

  return (
    <form className="contact-fields" onSubmit={submit} aria-label="Follow-up plan settings">
      {FIELDS.map((field) => (
        <div key={field.name} className="field">
          <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
          <input
            id={`${id}-${field.name}`}
            type="number"
            min={field.min}
            max={field.max}
            step={1}
            value={values[field.name]}
            onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
          />
          <p className="muted">{field.hint}</p>
        </div>
      ))}
      <FormStatus message={message} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save plan settings
        </button>
      </div>
    </form>
  );
}
