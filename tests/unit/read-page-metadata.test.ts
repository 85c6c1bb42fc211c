import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/lib/page/read-page-metadata';
import { proposeTopics } from '@/lib/library/propose-topics';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('readPageMetadata', () => {
  it('prefers Open Graph over the plain title and description', () => {
    const doc = page(
      `<title>Site | Page</title><meta name="description" content="plain">
       <meta property="og:title" content="Running better meetings"><meta property="og:description" content="Agenda first.">
       <meta property="og:url" content="https://example.org/meetings"><meta property="og:site_name" content="Example">`,
    );
    expect(readPageMetadata(doc)).toEqual({
      title: 'Running better meetings',
      description: 'Agenda first.',
      url: 'https://example.org/meetings',
      siteName: 'Example',
      author: '',
    });
  });

  it('falls back to the title element, the description meta and the canonical link', () => {
    const doc = page(
      '<title>  Negotiation   basics </title><meta name="description" content="Know your walk-away point."><link rel="canonical" href="https://example.org/negotiation">',
    );
    expect(readPageMetadata(doc)).toMatchObject({
      title: 'Negotiation basics',
      description: 'Know your walk-away point.',
      url: 'https://example.org/negotiation',
    });
  });

  it('drops a link that is not a web address', () => {
    expect(
      readPageMetadata(page('<meta property="og:url" content="javascript:alert(1)">')).url,
    ).toBe('');
  });
});

describe('proposeTopics', () => {
  it('proposes the vocabulary topics a text talks about', () => {
    expect(proposeTopics('How to follow up on trade show leads and hire salespeople')).toEqual(
      expect.arrayContaining(['trade shows', 'follow-up']),
    );
  });

  it('proposes nothing for text on no known topic', () => {
    expect(proposeTopics('Quarterly weather in Lisbon')).toEqual([]);
  });
});
