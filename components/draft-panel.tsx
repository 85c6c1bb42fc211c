import { useId, useMemo, useState } from 'react';
import { availablePurposes, composeDraft } from '@/lib/draft/compose';
import { firstName } from '@/lib/draft/greeting';
import { completeReminder } from '@/lib/db/reminders';
import { logTouch } from '@/lib/db/touches';
import { recordSentAttachments } from '@/lib/db/articles';
import { attachmentsInText } from '@/lib/draft/sent-attachments';
import type { Contact } from '@/lib/model/contact';
import type { Draft } from '@/lib/model/draft';
import { PURPOSE_LABELS, type Channel, type Purpose } from '@/lib/model/touch';
import { copyDraft, insertDraftInTab } from '@/lib/runtime/insert-draft';
import { useDraft } from './draft-store';
import { SelfPromotionWarning } from './self-promotion-warning';
import { usePage } from './page-store';
import { useServices } from './services';
import { useWrite } from './use-write';
import { FormStatus, type FormMessage } from './form-status';

/**
 * Writes a draft for the contact, for the chosen purpose and their style,
 * and puts it into the page's compose box for the user to edit and send.
 * Rapport never sends: the user sees every word first.
 */
export function DraftPanel({ contact }: { contact: Contact }) {
  const { db } = useServices();
  const write = useWrite();
  const id = useId();
  const draftState = useDraft();
  const { tabId, context, settings } = usePage();
  const [result, setResult] = useState<FormMessage | null>(null);
  const open = draftState.open && draftState.contactId === contact.id;

  const generated = useMemo<Draft | null>(() => {
    if (!open) return null;
    return composeDraft({
      contact,
      purpose: draftState.purpose,
      senderName: settings.yourName,
      topic: null,
      attachments: draftState.attachments,
      note: draftState.note,
    });
  }, [
    open,
    contact,
    draftState.purpose,
    draftState.attachments,
    draftState.note,
    settings.yourName,
  ]);

  // The text is the user's to edit; a new purpose, note or attachment writes it afresh.
  const [edited, setEdited] = useState<{ from: Draft | null; draft: Draft } | null>(null);
  const current =
    edited && edited.from === generated ? edited.draft : (generated ?? { subject: '', body: '' });
  const { subject, body } = current;
  const setSubject = (value: string) =>
    setEdited({ from: generated, draft: { ...current, subject: value } });
  const setBody = (value: string) =>
    setEdited({ from: generated, draft: { ...current, body: value } });

  if (!open) {
    return (
      <button
        type="button"
        className="button button--primary"
        onClick={() => draftState.start(contact.id)}
      >
        Write to {firstName(contact.name)}
      </button>
    );
  }

  const site = context?.site ?? null;
  const draft = current;

  async function deliver(mode: 'reply' | 'new' | 'copy') {
    setResult(null);
    const channel: Channel = site === 'linkedin' ? 'linkedin' : 'email';

    if (mode !== 'copy' && tabId !== null) {
      const to = mode === 'new' ? (contact.emails[0] ?? null) : null;
      const inserted = await insertDraftInTab(tabId, draft, mode, to);
      if (inserted.ok) {
        await recordTouch(channel);
        setResult({
          tone: 'info',
          text: `Draft placed in ${inserted.where}. Check it, then send it from there.`,
        });
        return;
      }
      await copyOrSay(
        `${inserted.reason} The draft was copied to the clipboard instead; paste it into your message.`,
      );
      return;
    }
    await copyOrSay(
      'Copied to the clipboard. Paste it into your message, then send it from there.',
    );
  }

  /** The attached articles still in the text being sent (the user may have cut some). */
  const sentIds = () =>
    attachmentsInText(`${subject}\n${body}`, draftState.attachments).map((a) => a.id);

  async function copyOrSay(text: string) {
    try {
      await copyDraft(draft);
      // Copied to be pasted and sent: the attached articles count as sent, so they are not suggested again.
      await write(() => recordSentAttachments(db, contact.id, sentIds(), null));
      setResult({ tone: 'info', text });
    } catch {
      setResult({
        tone: 'error',
        text: 'Could not copy to the clipboard. Select the text below and copy it by hand.',
      });
    }
  }

  async function recordTouch(channel: Channel) {
    const reminderId = draftState.reminderId;
    await write(
      async () => {
        const touch = await logTouch(db, {
          contactId: contact.id,
          channel,
          purpose: draftState.purpose,
          subject,
          body,
        });
        await recordSentAttachments(db, contact.id, sentIds(), touch.id);
        if (reminderId) await completeReminder(db, reminderId);
      },
      { reminders: reminderId !== null },
    );
  }

  return (
    <section className="draft" aria-labelledby={`${id}-heading`}>
      <div className="draft__header">
        <h3 id={`${id}-heading`}>Write to {firstName(contact.name)}</h3>
        <button
          type="button"
          className="button button--icon"
          aria-label="Close the draft"
          onClick={draftState.close}
        >
          ×
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>Purpose</label>
        <select
          id={`${id}-purpose`}
          value={draftState.purpose}
          onChange={(event) => draftState.setPurpose(event.target.value as Purpose)}
        >
          {availablePurposes().map((purpose) => (
            <option key={purpose} value={purpose}>
              {PURPOSE_LABELS[purpose]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>What to mention (optional)</label>
        <input
          id={`${id}-note`}
          value={draftState.note}
          placeholder="the budget timing, the trade-show checklist"
          onChange={(event) => draftState.setNote(event.target.value)}
        />
      </div>
      {draftState.attachments.length > 0 ? (
        <ul className="draft__attachments" aria-label="Attached">
          {draftState.attachments.map((attachment) => (
            <li key={attachment.id} className="chip">
              <span>{attachment.title}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${attachment.title} from the draft`}
                onClick={() => draftState.detach(attachment.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input
          id={`${id}-subject`}
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>Message</label>
        <textarea
          id={`${id}-body`}
          rows={10}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      <SelfPromotionWarning
        purpose={draftState.purpose}
        text={`${subject}\n${body}`}
        ownEmails={settings.ownEmails}
      />
      <div className="form-actions draft__actions">
        {site === 'gmail' ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={!body.trim()}
              onClick={() => deliver('reply')}
            >
              Reply with this draft
            </button>
            <button
              type="button"
              className="button"
              disabled={!body.trim() || contact.emails.length === 0}
              onClick={() => deliver('new')}
            >
              New email
            </button>
          </>
        ) : site === 'linkedin' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!body.trim()}
            onClick={() => deliver('reply')}
          >
            Insert draft
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={!body.trim()}
          onClick={() => deliver('copy')}
        >
          Copy
        </button>
      </div>
      <FormStatus message={result} />
    </section>
  );
}
