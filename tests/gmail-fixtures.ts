import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { growGmailThread, type ThreadOptions } from './bench/large-pages';

export const GMAIL_FIXTURES = resolve(import.meta.dirname, 'fixtures/gmail');

/** A fixture page as a Document of its own (scripts do not run). */
export function gmailFixture(name: string): Document {
  const html = readFileSync(join(GMAIL_FIXTURES, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Loads a fixture into the test's own `document`, where focus, selection and events work. */
export function openGmailFixture(name: string): Document {
  const html = readFileSync(join(GMAIL_FIXTURES, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)),
  );
  return document;
}

/** A Gmail thread page with many messages, built with the same hooks as the fixtures, for benches. */
export function buildLongThread(options: ThreadOptions): Document {
  return growGmailThread(gmailFixture('thread-single.html'), options);
}
