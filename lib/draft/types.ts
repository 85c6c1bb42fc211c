import type { Contact } from '../model/contact';
import type { Draft } from '../model/draft';
import type { Purpose } from '../model/touch';

/** Something helpful attached to a draft: an article from the library, or a tip. */
export interface DraftAttachment {
  id: string;
  title: string;
  url: string | null;
  /** One or two sentences on why it helps; written for the reader, not about us. */
  summary: string;
  /** Text that can be sent as it is (a tip), when there is no link. */
  text: string | null;
  /** Who wrote it or where it comes from, for readers who want sources (Thinkers). */
  source?: string;
}

/** Everything a draft writer may use. The style is read from the contact and never named in the text. */
export interface DraftContext {
  contact: Contact;
  purpose: Purpose;
  /** The user's own name, for the sign-off. */
  senderName: string;
  /** The goal or topic the draft is about; defaults to the contact's first goal. */
  topic: string | null;
  attachments: readonly DraftAttachment[];
  /** Free words from the user: what was discussed, what was promised. */
  note: string;
}

export type DraftWriter = (context: DraftContext) => Draft;
