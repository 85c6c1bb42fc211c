import { describe, expect, it } from 'vitest';
import { gmailThreadFingerprint, urlNamesThread } from '@/lib/page/gmail-thread-fingerprint';
import { gmailFixture, openGmailFixture } from '../gmail-fixtures';

describe('gmailThreadFingerprint', () => {
  it('stays the same when Gmail changes something unrelated to the thread', () => {
    const doc = gmailFixture('thread-long.html');
    const before = gmailThreadFingerprint(doc);

    doc.querySelector('header')?.append(doc.createElement('div'));
    doc.querySelector('span.g3')?.setAttribute('aria-label', 'read');
    doc.querySelector('div.a3s')?.append(doc.createTextNode(' '));

    expect(gmailThreadFingerprint(doc)).toBe(before);
  });

  it.each([
    [
      'a collapsed message is expanded and its body loads',
      (doc: Document) => {
        const message = doc.querySelector('div.adn.kv');
        const body = doc.createElement('div');
        body.className = 'ii gt';
        body.append(Object.assign(doc.createElement('div'), { className: 'a3s' }));
        message?.append(body);
      },
    ],
    [
      'a new message arrives',
      (doc: Document) =>
        doc
          .querySelector('div[role="list"]')
          ?.append(doc.querySelector('div.adn')?.cloneNode(true) ?? ''),
    ],
    [
      'another thread opens',
      (doc: Document) =>
        doc.querySelector('h2.hP')?.setAttribute('data-thread-perm-id', 'thread-f:9'),
    ],
  ])('changes when %s', (_, change) => {
    const doc = gmailFixture('thread-long.html');
    const before = gmailThreadFingerprint(doc);

    change(doc);

    expect(gmailThreadFingerprint(doc)).not.toBe(before);
  });

  it('changes with the URL', () => {
    const doc = openGmailFixture('inbox.html');
    const before = gmailThreadFingerprint(doc);
    doc.location.hash = '#settings/general';

    expect(gmailThreadFingerprint(doc)).not.toBe(before);
    doc.location.hash = '';
  });
});

describe('urlNamesThread', () => {
  it.each([
    ['#inbox/FMfcgzQZTwxyzHkVbLmnPqRs', true],
    ['#label/Clients/FMfcgzQZTwxyzHkVbLmnPqRs', true],
    ['#search/budget/18c2a0000000a005', true],
    ['#inbox', false],
    ['#settings/general', false],
    ['#inbox/p2', false],
    ['', false],
  ])('%s names a thread: %s', (hash, expected) => {
    expect(urlNamesThread(hash)).toBe(expected);
  });
});
