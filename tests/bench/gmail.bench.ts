import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bench, describe } from 'vitest';
import { gmailThreadFingerprint } from '@/lib/page/gmail-thread-fingerprint';
import { readGmailThread } from '@/lib/page/read-gmail-thread';
import { buildLongThread } from '../gmail-fixtures';

// A long thread as Gmail shows it: the oldest messages collapsed, the rest expanded.
const doc = buildLongThread({ messages: 50, collapsed: 10, words: 150 });
let sink = 0;

/**
 * The baseline both benches are measured against: one bare pass over every
 * element of the page. It visits each element, since happy-dom may hand back
 * a cached list for an unchanged document.
 */
function querySelectorAllPass() {
  for (const element of doc.querySelectorAll('*')) sink += element.childElementCount;
}

describe('reading a 50-message Gmail thread', () => {
  bench('baseline: querySelectorAll("*") over the page', querySelectorAllPass);
  // For scale: the least any reader does, every body's textContent with nothing kept apart.
  bench('naive: querySelectorAll bodies and their textContent', () => {
    for (const body of doc.querySelectorAll('div.a3s')) sink += body.textContent?.length ?? 0;
  });
  bench('readGmailThread', () => {
    sink += readGmailThread(doc)?.messages.length ?? 0;
  });
});

describe('the content script after a burst of mutations (thread unchanged)', () => {
  bench('baseline: querySelectorAll("*") over the page', querySelectorAllPass);
  bench('the debounced check (thread fingerprint)', () => {
    sink += gmailThreadFingerprint(doc).length;
  });
});

const script = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/gmail.js');
if (existsSync(script)) {
  const source = readFileSync(script);
  process.stdout.write(
    `Gmail content script: ${source.length} bytes, ${gzipSync(source).length} bytes gzipped\n`,
  );
}
