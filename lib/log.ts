/**
 * The one logger. Quiet by default: `debug` speaks only when the user turns
 * on "verbose logging" in the options (or in development builds); warnings
 * and errors always carry the prefix so they are easy to find in a console
 * full of Gmail's own noise.
 */
const PREFIX = '[rapport]';

let verbose = import.meta.env?.DEV === true;

export function setVerboseLogging(on: boolean): void {
  verbose = on;
}

export const log = {
  debug(...args: unknown[]): void {
    if (verbose) console.info(PREFIX, ...args);
  },
  warn(...args: unknown[]): void {
    console.warn(PREFIX, ...args);
  },
  error(...args: unknown[]): void {
    console.error(PREFIX, ...args);
  },
};
