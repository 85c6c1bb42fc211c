import { create } from 'zustand';
import type { Purpose } from '@/lib/model/touch';
import type { DraftAttachment } from '@/lib/draft/types';

/**
 * The draft being prepared in the sidebar. Other parts fill it: a library
 * suggestion adds an attachment, a plan step sets the purpose and opens it.
 */
interface DraftState {
  /** The contact the draft is for; switching contacts starts a fresh draft. */
  contactId: string | null;
  open: boolean;
  purpose: Purpose;
  attachments: DraftAttachment[];
  note: string;
  /** Set when a plan step opened this draft, so sending it can close the step. */
  reminderId: string | null;
  start(
    contactId: string,
    options?: Partial<Pick<DraftState, 'purpose' | 'attachments' | 'note' | 'reminderId'>>,
  ): void;
  setPurpose(purpose: Purpose): void;
  setNote(note: string): void;
  attach(attachment: DraftAttachment): void;
  detach(id: string): void;
  close(): void;
}

export const useDraft = create<DraftState>()((set, get) => ({
  contactId: null,
  open: false,
  purpose: 'thank-you',
  attachments: [],
  note: '',
  reminderId: null,
  start: (contactId, options = {}) =>
    set({
      contactId,
      open: true,
      purpose: options.purpose ?? 'thank-you',
      attachments: options.attachments ?? [],
      note: options.note ?? '',
      reminderId: options.reminderId ?? null,
    }),
  setPurpose: (purpose) => set({ purpose }),
  setNote: (note) => set({ note }),
  attach: (attachment) => {
    const { attachments } = get();
    if (!attachments.some((a) => a.id === attachment.id))
      set({ attachments: [...attachments, attachment], open: true });
  },
  detach: (id) => set({ attachments: get().attachments.filter((a) => a.id !== id) }),
  close: () => set({ open: false, reminderId: null }),
}));
