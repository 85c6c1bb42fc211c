import { create } from 'zustand';
import type { ContactDraft } from '@/lib/model/contact';

/** Where the sidebar is. Data is not kept here: it comes from live queries. */
export type View =
  | { name: 'today' }
  | { name: 'contacts' }
  | { name: 'reputation' }
  | { name: 'contact'; contactId: string }
  | { name: 'new-contact'; prefill: ContactDraft | null; guessed?: readonly string[] };

export interface Toast {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** Shown as an "Undo" button; the toast closes once it has run. */
  undo?: () => Promise<void>;
}

interface UiState {
  view: View;
  history: View[];
  toast: Toast | null;
  go(view: View): void;
  back(): void;
  showToast(toast: Omit<Toast, 'id'>): void;
  dismissToast(): void;
}

let toastIds = 0;

export const useUi = create<UiState>()((set) => ({
  view: { name: 'today' },
  history: [],
  toast: null,
  go: (view) => set((state) => ({ view, history: [...state.history.slice(-19), state.view] })),
  back: () =>
    set((state) => {
      const previous = state.history.at(-1);
      return previous
        ? { view: previous, history: state.history.slice(0, -1) }
        : { view: { name: 'today' } };
    }),
  showToast: (toast) => set({ toast: { ...toast, id: ++toastIds } }),
  dismissToast: () => set({ toast: null }),
}));
