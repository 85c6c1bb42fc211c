import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMessage } from '@/lib/messages';

describe('parseMessage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts a page context from a content script', () => {
    const message = {
      type: 'page-context',
      context: {
        site: 'gmail',
        key: 'thread-f:1789',
        title: 'Trade show follow-up',
        people: [
          {
            name: 'Dana',
            email: 'dana@northwind.example',
            linkedInUrl: null,
            company: '',
            title: '',
            location: '',
            guessed: [],
            writing: '',
            lastWroteAt: 1_000,
          },
        ],
        readAt: 1,
      },
    };

    expect(parseMessage(message)).toEqual(message);
  });

  it('accepts a person from an older content script that does not say when they last wrote', () => {
    const person = {
      name: 'Dana',
      email: 'dana@northwind.example',
      linkedInUrl: null,
      company: '',
      title: '',
      location: '',
      guessed: [],
      writing: '',
    };
    const message = {
      type: 'page-context',
      context: { site: 'gmail', key: 'thread-f:1789', title: '', people: [person], readAt: 1 },
    };

    expect(parseMessage(message)).toEqual({
      ...message,
      context: { ...message.context, people: [{ ...person, lastWroteAt: null }] },
    });
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    [
      'a page context with a person lacking fields',
      {
        type: 'page-context',
        context: { site: 'gmail', key: 'k', title: '', people: [{ name: 'x' }], readAt: 1 },
      },
    ],
    [
      'a draft with an empty body',
      { type: 'insert-draft', draft: { subject: '', body: '' }, mode: 'reply', to: null },
    ],
    ['a string', 'reminders-changed'],
    ['nothing', undefined],
  ])('drops %s and logs why', (_, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(parseMessage(raw)).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      '[rapport]',
      'Dropped a malformed message:',
      expect.any(String),
    );
  });
});
