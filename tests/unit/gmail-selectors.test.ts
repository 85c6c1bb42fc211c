import { describe, expect, it } from 'vitest';
import { GMAIL_SELECTORS, queryHookAll, type GmailHook } from '@/lib/page/gmail-selectors';
import { gmailFixture } from '../gmail-fixtures';

const THREAD_PAGE = { main: 1, account: 1, composeButton: 1 } as const;

/** How many elements each hook finds on each fixture page; a hook not listed finds none. */
const EXPECTED: Record<string, Partial<Record<GmailHook, number>>> = {
  'thread-single.html': {
    ...THREAD_PAGE,
    subject: 1,
    message: 1,
    sender: 1,
    recipients: 1,
    date: 1,
    body: 1,
    signature: 1,
    replyButton: 1,
  },
  'thread-long.html': {
    ...THREAD_PAGE,
    subject: 1,
    message: 8,
    sender: 3,
    recipients: 3,
    date: 8,
    body: 3,
    quote: 3,
    replyButton: 3,
  },
  'thread-participants.html': {
    ...THREAD_PAGE,
    subject: 1,
    message: 3,
    sender: 3,
    recipients: 9,
    date: 3,
    body: 3,
    replyButton: 3,
  },
  'thread-reply-in-progress.html': {
    ...THREAD_PAGE,
    subject: 1,
    message: 1,
    sender: 1,
    recipients: 1,
    date: 1,
    body: 1,
    quote: 1,
    replyButton: 1,
    inlineReply: 1,
    editor: 1,
    composeThread: 1,
  },
  'thread-preview-pane.html': {
    ...THREAD_PAGE,
    subject: 1,
    message: 1,
    sender: 1,
    recipients: 1,
    date: 1,
    body: 1,
    replyButton: 1,
  },
  // An unread row names its sender the way a collapsed message does; the reader looks only inside messages.
  'inbox.html': { ...THREAD_PAGE, sender: 1 },
  // The settings page's signature box is a text box too; the writer ignores editors outside compose and replies.
  'settings.html': { ...THREAD_PAGE, editor: 1 },
  // The real compose window holds a `.M9` as well; the writer asks for the window first.
  'gmail-compose-2020.html': {
    composeDialog: 1,
    inlineReply: 1,
    editor: 1,
    subjectInput: 1,
    toInput: 1,
    composeThread: 1,
  },
};

const HOOKS = Object.keys(GMAIL_SELECTORS) as GmailHook[];

describe('the Gmail selectors', () => {
  describe.each(Object.entries(EXPECTED))('on %s', (fixture, counts) => {
    const doc = gmailFixture(fixture);

    it.each(HOOKS)('%s finds the expected number of elements', (hook) => {
      expect(queryHookAll(doc, hook)).toHaveLength(counts[hook] ?? 0);
    });
  });

  it('dates every selector it lists', () => {
    const undated = HOOKS.filter(
      (hook) => !GMAIL_SELECTORS[hook].every(({ seen }) => /^\d{4}(-\d{2})?$/.test(seen)),
    );
    expect(undated).toEqual([]);
  });

  it('has every hook match on at least one fixture page', () => {
    const unmatched = HOOKS.filter((hook) =>
      Object.values(EXPECTED).every((counts) => !counts[hook]),
    );
    expect(unmatched).toEqual([]);
  });
});
