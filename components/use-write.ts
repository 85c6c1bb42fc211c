import { useCallback } from 'react';
import { describeWriteError } from '@/lib/db/write-error';
import { log } from '@/lib/log';
import { useServices } from './services';
import { useUi } from './ui-store';

interface WriteOptions {
  /** Said in a toast after the write succeeds. */
  done?: string;
  /** Offered as "Undo" in that toast. */
  undo?: () => Promise<void>;
  /** The write touched reminders: recount the badge. */
  reminders?: boolean;
}

/**
 * Runs a database write from the UI. A failure becomes a toast that says
 * what to do (nothing saved before is lost: Dexie rolled it back), and the
 * returned value is undefined so callers keep the user's input.
 */
export function useWrite() {
  const { remindersChanged } = useServices();
  const showToast = useUi((state) => state.showToast);

  return useCallback(
    async <T>(write: () => Promise<T>, options: WriteOptions = {}): Promise<T | undefined> => {
      try {
        const result = await write();
        if (options.reminders) remindersChanged();
        if (options.done) {
          const undo = options.undo;
          showToast({
            tone: 'info',
            text: options.done,
            ...(undo
              ? {
                  undo: async () => {
                    await undo();
                    if (options.reminders) remindersChanged();
                  },
                }
              : {}),
          });
        }
        return result;
      } catch (error) {
        log.warn('A write failed', error);
        showToast({ tone: 'error', text: describeWriteError(error) });
        return undefined;
      }
    },
    [remindersChanged, showToast],
  );
}
