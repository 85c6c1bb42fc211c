/**
 * The time as Rapport sees it. Everything that decides "is this due?" asks
 * here instead of calling Date.now(), so tests (and the end-to-end clock
 * hook) can move time without touching the system clock.
 */
let offsetMs = 0;

export function now(): number {
  return Date.now() + offsetMs;
}

/** Shift Rapport's clock; used by tests and the e2e time hook only. */
export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

export function clockOffset(): number {
  return offsetMs;
}
