import { describe, expect, it } from 'vitest';
import { gmailThreadSchema, type GmailThread } from '@/lib/model/gmail-thread';
import { pageContextSchema } from '@/lib/model/page-context';
import { gmailPageContext } from '@/lib/page/gmail-page-context';
import { readGmailThread } from '@/lib/page/read-gmail-thread';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

type Random = ReturnType<typeof random>;

/** Text put only inside scripts, styles and attributes: it must never reach the reader's output. */
const SECRET = 'HIDDEN_MARKUP';
const TAGS = [
  'div',
  'span',
  'p',
  'table',
  'td',
  'tr',
  'blockquote',
  'a',
  'b',
  'h2',
  'h3',
  'img',
  'br',
  'script',
  'style',
  'template',
];
const CLASSES = [
  'adn',
  'h7',
  'kv',
  'hP',
  'gD',
  'g2',
  'g3',
  'hb',
  'a3s',
  'ii',
  'gt',
  'gmail_quote',
  'gmail_extra',
  'gmail_signature',
  'zF',
  'iw',
  'gF',
];
const ATTRIBUTES: [string, (r: Random) => string][] = [
  [
    'email',
    (r) =>
      r.pick([
        'dana@northwind.example',
        '',
        'not-an-email',
        `${'x'.repeat(400)}@a.co`,
        '<b>@x.com',
      ]),
  ],
  ['name', (r) => r.pick(['Dana', '', '<script>alert(1)</script>', 'x'.repeat(2_000)])],
  ['data-message-id', (r) => r.pick(['#msg-f:1', '', 'y'.repeat(1_000)])],
  ['data-thread-perm-id', (r) => r.pick(['thread-f:1', '', 'z'.repeat(1_000)])],
  ['data-legacy-thread-id', (r) => r.pick(['18c2', ''])],
  ['title', (r) => r.pick(['Tue, Dec 1, 2026', '', `<i>${SECRET}</i>`])],
  ['data-smartmail', () => 'gmail_signature'],
  ['contenteditable', () => 'true'],
];
const WORDS = [
  'hello',
  '&lt;b&gt;',
  '-- ',
  '--',
  'On Monday Dana wrote:',
  '\u00a0',
  '\u200b',
  'Über',
  '👋',
  '\n',
  'thanks',
];

function randomTree(doc: Document, r: Random, depth: number): Node {
  const tag = r.pick(TAGS);
  const element = doc.createElement(tag);
  if (tag === 'script' || tag === 'style' || tag === 'template') {
    element.textContent = `${SECRET} <div class="a3s">${SECRET}</div>`;
    return element;
  }
  for (let index = r.int(4); index > 0; index -= 1) element.classList.add(r.pick(CLASSES));
  for (let index = r.int(3); index > 0; index -= 1) {
    const [name, value] = r.pick(ATTRIBUTES);
    element.setAttribute(name, value(r));
  }
  const children = depth <= 0 ? 0 : r.int(5);
  for (let index = 0; index < children; index += 1) {
    element.append(
      r.chance(0.35) ? doc.createTextNode(r.pick(WORDS)) : randomTree(doc, r, depth - 1),
    );
  }
  if (r.chance(0.02)) element.append(doc.createTextNode('huge '.repeat(60_000)));
  return element;
}

function expectPlainAndBounded(thread: GmailThread | null) {
  if (thread === null) return;
  expect(gmailThreadSchema.safeParse(thread).success).toBe(true);

  const texts = [
    thread.id,
    thread.subject,
    ...thread.messages.flatMap((m) => [m.body, m.quoted, m.signature, m.date, m.from?.name ?? '']),
  ];
  for (const text of texts) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/i);
  }
  expect(pageContextSchema.safeParse(gmailPageContext(thread, [], 1, 'UTC')).success).toBe(true);
}

describe('readGmailThread on random and hostile pages', () => {
  it.each(Array.from({ length: 100 }, (_, index) => index + 1))(
    'reads plain, bounded text or nothing (seed %i)',
    (seed) => {
      const r = random(seed);
      const doc = document.implementation.createHTMLDocument('fuzz');
      for (let index = 0; index < 3; index += 1) doc.body.append(randomTree(doc, r, 6));

      // Every page gets at least one thing that looks like a message, so the reader has work to do.
      const message = doc.createElement('div');
      message.className = 'adn h7';
      message.append(randomTree(doc, r, 5));
      doc.body.append(message);

      expect(() => readGmailThread(doc)).not.toThrow();
      expectPlainAndBounded(readGmailThread(doc));
    },
  );

  it('cuts a huge message and skips script tags in the body', () => {
    const doc = document.implementation.createHTMLDocument('huge');
    const message = doc.createElement('div');
    message.className = 'adn h7';
    message.setAttribute('data-message-id', '#msg-f:9');
    const body = doc.createElement('div');
    body.className = 'a3s';
    const script = doc.createElement('script');
    script.textContent = `document.title = "${SECRET}"`;
    body.append(doc.createTextNode('start '), script, doc.createTextNode('word '.repeat(200_000)));
    message.append(body);
    doc.body.append(message);

    const thread = readGmailThread(doc);

    expect(thread?.messages[0]?.body.startsWith('start word word')).toBe(true);
    expect(thread?.messages[0]?.body.length).toBeLessThanOrEqual(20_000);
    expectPlainAndBounded(thread);
  });

  it('drops markup from a sender name given in an attribute', () => {
    const doc = document.implementation.createHTMLDocument('name');
    const message = doc.createElement('div');
    message.className = 'adn h7';
    message.setAttribute('data-message-id', '#msg-f:10');
    const sender = doc.createElement('span');
    sender.className = 'gD';
    sender.setAttribute('email', 'dana@northwind.example');
    sender.setAttribute('name', '<img src=x onerror=alert(1)>Dana <script>x</script>Whitfield');
    message.append(sender);
    doc.body.append(message);

    const thread = readGmailThread(doc);

    expect(thread?.messages[0]?.from).toEqual({
      name: 'Dana xWhitfield',
      email: 'dana@northwind.example',
    });
    expectPlainAndBounded(thread);
  });

  it('reads nothing rather than guess when a message has no attributes at all', () => {
    const doc = document.implementation.createHTMLDocument('bare');
    const message = doc.createElement('div');
    message.className = 'adn';
    doc.body.append(message);

    expect(readGmailThread(doc)).toBeNull();
  });
});
