/**
 * Grows a fixture page into the large pages the benches read. DOM calls only,
 * no Node imports: the same code runs in happy-dom (`npm run bench`) and, bundled,
 * inside Chromium (`scripts/bench-in-chromium.mjs`), so both measure one page.
 */

export interface ThreadOptions {
  messages: number;
  /** Messages at the start shown collapsed, as Gmail does with long threads. */
  collapsed?: number;
  /** Words in each expanded body. */
  words?: number;
}

/** Turns `thread-single.html` into a thread of many messages, with the same hooks. */
export function growGmailThread(
  doc: Document,
  { messages, collapsed = 0, words = 120 }: ThreadOptions,
): Document {
  const list = doc.querySelector('div[role="list"]');
  const template = doc.querySelector('div.adn');
  if (!list || !template)
    throw new Error('thread-single.html lost its message list; update growGmailThread.');

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

/** Turns `member-full.html` into a large profile: 50 experience entries and a feed-sized rest of the page. */
export function growLinkedInProfile(doc: Document): Document {
  const list = doc.querySelector('#experience')?.parentElement?.querySelector('ul');
  const entry = list?.firstElementChild;
  if (!list || !entry) throw new Error('member-full.html lost its experience list');

  for (let i = 0; i < 48; i += 1) list.append(entry.cloneNode(true));
  for (let i = 0; i < 3_000; i += 1) {
    const post = doc.createElement('div');
    post.className = 'feed-shared-update-v2';
    const line = doc.createElement('span');
    line.textContent = `Someone shared post ${i}`;
    post.append(line);
    doc.body.append(post);
  }
  return doc;
}
