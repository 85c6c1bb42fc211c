import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings } from '@/lib/model/settings';
import { ValidationError } from '@/lib/model/validation';
import { FormStatus, type FormMessage } from './form-status';

interface Props {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
}

/** The user's name, own addresses and logging; storage is passed in so tests need no browser. */
export function SettingsForm({ load, save }: Props) {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [emails, setEmails] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<FormMessage | null>(null);

  useEffect(() => {
    void load().then((loaded) => {
      setSettings(loaded);
      setEmails(loaded.ownEmails.join(', '));
      setName(loaded.yourName);
    });
  }, [load]);

  if (!settings) return <p className="loading">Loading…</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const next = await save({
        yourName: name,
        ownEmails: emails.split(/[\s,;]+/).filter(Boolean),
      });
      setSettings(next);
      setMessage({ tone: 'info', text: 'Settings saved.' });
    } catch (error) {
      const text = error instanceof ValidationError ? error.issues.join('. ') : String(error);
      setMessage({
        tone: 'error',
        text: `Not saved: ${text}. Check your name and the addresses, then try again.`,
      });
    }
  }

  return (
    <form className="contact-fields" onSubmit={submit} aria-label="Settings">
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          value={name}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
        <p className="muted">Drafts are signed with it.</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-emails`}>Your own email addresses</label>
        <input
          id={`${id}-emails`}
          value={emails}
          placeholder="you@company.com"
          onChange={(event) => setEmails(event.target.value)}
        />
        <p className="muted">
          Rapport never offers you as the contact. Gmail's signed-in address is added on its own.
        </p>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.verboseLogging}
          onChange={async (event) =>
            setSettings(await save({ verboseLogging: event.target.checked }))
          }
        />{' '}
        Verbose logging in the browser console (for reporting a problem)
      </label>
      <FormStatus message={message} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save
        </button>
      </div>
    </form>
  );
}
