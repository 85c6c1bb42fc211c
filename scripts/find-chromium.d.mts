/** The path of a Chromium-family browser; throws saying what to install when there is none. */
export function findChromium(): string;
