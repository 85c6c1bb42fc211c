import { describe, expect, it } from 'vitest';
import { gmailThreadSchema } from '@/lib/model/gmail-thread';
import { readGmailAccount, readGmailThread, readGmailThreadId } from '@/lib/page/read-gmail-thread';
import { gmailFixture, openGmailFixture } from '../gmail-fixtures';

interface Expected {
  id: string;
  subject: string;
  messages: number;
  collapsed: number;
  lastSender: string;
  /** Text of the last expanded message's new text, its quote and its signature (empty: none). */
  body: string;
  quoted: string;
  signature: string;
}

const THREADS: [string, Expected][] = [
  [
    'thread-single.html',
    {
      id: 'thread-f:1783000000000000001',
      subject: 'Trade-show checklist',
      messages: 1,
      collapsed: 0,
      lastSender: 'dana@northwind.example',
      body: 'Thanks for the call today. The trade-show checklist would really help us convert more leads in March.',
      quoted: '',
      signature: 'Head of Operations, Northwind Traders',
    },
  ],
  [
    'thread-long.html',
    {
      id: 'thread-f:1783000000000000002',
      subject: 'Rollout plan',
      messages: 8,
      collapsed: 5,
      lastSender: 'sam@seller.example',
      body: 'Sounds good, I will send the plan on Monday.',
      quoted: 'We will go with the smaller rollout first.',
      signature: '',
    },
  ],
  [
    'thread-participants.html',
    {
      id: 'thread-f:1783000000000000003',
      subject: 'Introductions',
      messages: 3,
      collapsed: 0,
      lastSender: 'priya@raman-consulting.co.uk',
      body: 'Could we find a time next week to talk about the management training pilot?',
      quoted: '',
      signature: 'Principal, Raman Consulting Ltd',
    },
  ],
  [
    'thread-reply-in-progress.html',
    {
      id: 'thread-f:1783000000000000004',
      subject: 'Pilot dates',
      messages: 1,
      collapsed: 0,
      lastSender: 'dana@northwind.example',
      body: 'Does Tuesday work for the pilot kickoff?',
      quoted: '',
      signature: '',
    },
  ],
  [
    'thread-preview-pane.html',
    {
      id: '18c2a0000000a005',
      subject: 'Budget timing',
      messages: 1,
      collapsed: 0,
      lastSender: 'dana@northwind.example',
      body: 'Sam, the budget is approved for Q2. Let us talk in April.',
      quoted: '',
      signature: '',
    },
  ],
];

describe('readGmailThread', () => {
  it.each(THREADS)('reads %s', (fixture, expected) => {
    const thread = readGmailThread(gmailFixture(fixture));

    expect(thread).not.toBeNull();
    expect(gmailThreadSchema.safeParse(thread).success).toBe(true);
    expect(thread?.id).toBe(expected.id);
    expect(thread?.subject).toBe(expected.subject);
    expect(thread?.messages).toHaveLength(expected.messages);
    expect(thread?.messages.filter((message) => message.collapsed)).toHaveLength(
      expected.collapsed,
    );
    expect(thread?.messages.at(-1)?.from?.email).toBe(expected.lastSender);

    const last = thread?.messages.filter((message) => !message.collapsed).at(-1);
    expect(last?.body).toContain(expected.body);
    expect(last?.quoted).toContain(expected.quoted);
    expect(last?.quoted === '').toBe(expected.quoted === '');
    expect(last?.signature).toContain(expected.signature);
    expect(last?.signature === '').toBe(expected.signature === '');
  });

  it('keeps quoted history and the signature out of the new text', () => {
    const [single] = readGmailThread(gmailFixture('thread-single.html'))?.messages ?? [];
    const long = readGmailThread(gmailFixture('thread-long.html'))?.messages ?? [];

    expect(single?.body).toBe(
      'Hi Sam,\n\nThanks for the call today. The trade-show checklist would really help us convert more leads in March.\n\nBest,\nDana',
    );
    expect(long.at(-1)?.body).not.toContain('smaller rollout');
    expect(long.at(-2)?.quoted).toContain('here are the two options');
  });

  it('gives collapsed messages a sender and a date but no body', () => {
    const first = readGmailThread(gmailFixture('thread-long.html'))?.messages[0];

    expect(first).toMatchObject({
      collapsed: true,
      body: '',
      quoted: '',
      signature: '',
      date: 'Mon, Nov 10, 2026, 9:10 AM',
    });
    expect(first?.from).toEqual({ name: 'Dana Whitfield', email: 'dana@northwind.example' });
  });

  it('lists every recipient of a message once', () => {
    const last = readGmailThread(gmailFixture('thread-participants.html'))?.messages.at(-1);
    expect(last?.to.map((person) => person.email)).toEqual([
      'lee.okafor@gmail.com',
      'dana@northwind.example',
      'sam@seller.example',
    ]);
  });

  it.each(['inbox.html', 'settings.html', 'gmail-compose-2020.html'])(
    'rejects %s: no thread is open',
    (fixture) => {
      expect(readGmailThread(gmailFixture(fixture))).toBeNull();
      expect(readGmailThreadId(gmailFixture(fixture))).toBeNull();
    },
  );

  it('reads only the shown thread when Gmail keeps an earlier one hidden in the page', () => {
    const doc = openGmailFixture('thread-long.html');
    const earlier = gmailFixture('thread-single.html').querySelector('div.nH.if');
    if (!earlier) throw new Error('thread-single.html lost its thread view');
    const hidden = doc.importNode(earlier, true);
    hidden.setAttribute('style', 'display: none');
    doc.querySelector('div[role="main"]')?.prepend(hidden);

    const thread = readGmailThread(doc);

    expect(thread?.id).toBe('thread-f:1783000000000000002');
    expect(thread?.messages).toHaveLength(8);
  });

  it('reads nothing when every thread in the page is hidden (a list is showing)', () => {
    const doc = openGmailFixture('thread-single.html');
    doc.querySelector('div.nH.if')?.setAttribute('style', 'display: none');

    expect(readGmailThread(doc)).toBeNull();
    expect(readGmailThreadId(doc)).toBeNull();
  });

  it("falls back to the URL's thread id when the heading carries none", () => {
    const doc = openGmailFixture('thread-single.html');
    const heading = doc.querySelector('h2.hP');
    heading?.removeAttribute('data-thread-perm-id');
    heading?.removeAttribute('data-legacy-thread-id');
    doc.location.hash = '#inbox/FMfcgzQZTwxyzHkVbLmnPqRs';

    expect(readGmailThread(doc)?.id).toBe('FMfcgzQZTwxyzHkVbLmnPqRs');
    doc.location.hash = '';
  });
});

describe('readGmailAccount', () => {
  it("reads the signed-in address from the account button's label", () => {
    expect(readGmailAccount(gmailFixture('thread-single.html'))).toBe('sam@seller.example');
  });

  it('falls back to the window title when the account button is missing', () => {
    const doc = gmailFixture('inbox.html');
    doc.querySelector('header')?.remove();

    expect(readGmailAccount(doc)).toBe('sam@seller.example');
  });

  it('says nothing on a page with no account in sight', () => {
    expect(readGmailAccount(gmailFixture('gmail-compose-2020.html'))).toBeNull();
  });
});
