import { useEffect, useState } from 'react';
import { useUi } from './ui-store';

const INFO_MS = 8_000;

/** One message at a time at the bottom of the sidebar; errors stay until dismissed. */
export function ToastHost() {
  const toast = useUi((state) => state.toast);
  const dismiss = useUi((state) => state.dismissToast);
  const [undoing, setUndoing] = useState(false);

  useEffect(() => {
    if (!toast || toast.tone === 'error') return;

    const timer = setTimeout(dismiss, INFO_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  if (!toast) return null;

  const undo = toast.undo;
  return (
    <div
      className={`toast toast--${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
    >
      <span className="toast__text">{toast.text}</span>
      {undo ? (
        <button
          type="button"
          className="button button--text"
          disabled={undoing}
          onClick={async () => {
            setUndoing(true);
            try {
              await undo();
            } finally {
              setUndoing(false);
              dismiss();
            }
          }}
        >
          Undo
        </button>
      ) : null}
      <button
        type="button"
        className="button button--icon"
        aria-label="Dismiss message"
        onClick={dismiss}
      >
        ×
      </button>
    </div>
  );
}
