import { ValidationError } from '../model/validation';
import { DuplicateContactError } from './contacts';

/**
 * Turns a failed write into a sentence for the user: what happened, what to
 * do, and that nothing saved before was lost (Dexie rolls the transaction
 * back, so that is true).
 */
export function describeWriteError(error: unknown): string {
  if (error instanceof ValidationError) return `Not saved. ${error.issues.join('. ')}.`;
  if (error instanceof DuplicateContactError) return `Not saved: ${error.message}`;

  const name = errorName(error);
  if (name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(String(error)))) {
    return "Not saved: the browser's storage for Rapport is full. Free some disk space, or export and remove old contacts, then try again. Everything saved before is intact.";
  }
  if (name === 'DatabaseClosedError') {
    return "Not saved: Rapport's database was closed, usually because the extension was just updated. Close and reopen the sidebar, then try again. Everything saved before is intact.";
  }
  if (name === 'ConstraintError') {
    return 'Not saved: a record with the same id already exists. Reload the sidebar and try again.';
  }

  const detail = error instanceof Error ? error.message : String(error);
  return `Not saved (${detail}). Try again; everything saved before is intact.`;
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';

  // Dexie wraps the browser's DOMException; the cause carries the real name.
  const inner = (error as { inner?: { name?: unknown } }).inner;
  if (inner && typeof inner.name === 'string' && inner.name === 'QuotaExceededError')
    return inner.name;

  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}
