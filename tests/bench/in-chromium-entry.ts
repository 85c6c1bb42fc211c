/**
 * What `scripts/bench-in-chromium.mjs` bundles into the page: the page readers
 * as the content scripts run them, the builders of the large pages, and the
 * measuring loop, so that every figure is taken inside Chromium.
 */
import { gmailThreadFingerprint } from '@/lib/page/gmail-thread-fingerprint';
import { readGmailThread } from '@/lib/page/read-gmail-thread';
import { readLinkedInProfile } from '@/lib/page/read-linkedin-profile';
import { growGmailThread, growLinkedInProfile } from './large-pages';

let sink = 0;

/** One element pass, the baseline of every reader bench (as in the happy-dom benches). */
function querySelectorAllPass(): void {
  for (const element of document.querySelectorAll('*')) sink += element.childElementCount;
}

/**
 * Median milliseconds per call. Calls are timed in batches of at least 20 ms:
 * Chromium coarsens `performance.now()` on pages that are not cross-origin isolated.
 */
function medianMs(run: () => void, rounds = 15): number {
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) run();
    if (performance.now() - start >= 20) break;
    batch *= 2;
  }

  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) run();
    samples.push((performance.now() - start) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export interface Row {
  name: string;
  ms: number;
}

function gmail(): Row[] {
  growGmailThread(document, { messages: 50, collapsed: 10, words: 150 });
  if (readGmailThread(document)?.messages.length !== 50)
    throw new Error('The grown Gmail thread did not read as 50 messages.');

  return [
    { name: 'gmail: baseline querySelectorAll("*")', ms: medianMs(querySelectorAllPass) },
    {
      name: 'gmail: readGmailThread (50 messages)',
      ms: medianMs(() => (sink += readGmailThread(document)?.messages.length ?? 0)),
    },
    {
      name: 'gmail: the debounced check (fingerprint)',
      ms: medianMs(() => (sink += gmailThreadFingerprint(document).length)),
    },
  ];
}

function linkedIn(url: string): Row[] {
  growLinkedInProfile(document);
  if (readLinkedInProfile(document, url) === null)
    throw new Error('The grown LinkedIn profile did not read.');

  return [
    { name: 'linkedin: baseline querySelectorAll("*")', ms: medianMs(querySelectorAllPass) },
    {
      name: `linkedin: readLinkedInProfile (${document.querySelectorAll('*').length} elements)`,
      ms: medianMs(() => (sink += readLinkedInProfile(document, url)?.experience.length ?? 0)),
    },
  ];
}

Object.assign(globalThis, { rapportBench: { gmail, linkedIn, sink: () => sink } });
