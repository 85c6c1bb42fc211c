import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

interface ThreadOptions {
  messages: number;
  /** Messages at the start shown collapsed, as Gmail does with long threads. */
  collapsed?: number;
  /** Words in each expanded body. */
  words?: number;
}

/** A Gmail thread page with many messages, built with the same hooks as the fixtures, for benches. */
export function buildLongThread({ messages, collapsed = 0, words = 120 }: ThreadOptions): Document {
  const doc = gmailFixture('thread-single.html');
  const list = doc.querySelector('div[role="list"]');
  const template = doc.querySelector('div.adn');
  if (!list || !template)
    throw new Error('thread-single.html lost its message list; update buildLongThread.');

  list.replaceChildren();
  for (let index = 0; index < messages; index += 1) {
    const message = template.cloneNode(true) as Element;
    message.setAttribute('data-message-id', `#msg-f:${1_800_000_000_000_000_000 + index}`);
    const sender = message.querySelector('span.gD');
    sender?.setAttribute(
      'email',
      index % 2 === 0 ? 'dana@northwind.example' : 'sam@seller.example',
    );
    const body = message.querySelector('div.a3s');
    if (index < collapsed) {
      message.classList.replace('h7', 'kv');
      body?.parentElement?.remove();
    } else if (body) {
      const text = doc.createElement('div');
      text.textContent = Array.from(
        { length: words },
        (_, word) => `word${(word * 7 + index) % 97}`,
      ).join(' ');
      body.prepend(text);
    }
    list.append(message);
  }
  return doc;
}
