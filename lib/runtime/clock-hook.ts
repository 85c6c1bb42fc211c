import { browser } from 'wxt/browser';
import { setClockOffset } from '../clock';
import { log } from '../log';

/**
 * A test hook, nothing more: end-to-end tests "move the clock" by writing
 * a number of milliseconds to storage.local under this key; the sidebar and
 * the service worker add it to Date.now() (lib/clock.ts). Nothing in the
 * product writes it. A sidebar reads it when it opens; the worker also on
 * every change, then recounts.
 */
export const CLOCK_OFFSET_KEY = 'clockOffsetMs';

function apply(value: unknown): boolean {
  const offset = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  if (offset !== 0)
    log.warn(
      `Rapport's clock is moved by ${offset} ms (the end-to-end test hook "${CLOCK_OFFSET_KEY}").`,
    );
  setClockOffset(offset);
  return offset !== 0;
}

/** Reads the offset now; resolves once it is applied. */
export async function loadClockOffset(): Promise<void> {
  apply((await browser.storage.local.get(CLOCK_OFFSET_KEY))[CLOCK_OFFSET_KEY]);
}

/** Applies every later change of the offset and calls `onChange`. Returns the function that stops following. */
export function followClockOffset(onChange: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CLOCK_OFFSET_KEY in changes)) return;
    apply(changes[CLOCK_OFFSET_KEY]?.newValue);
    onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
