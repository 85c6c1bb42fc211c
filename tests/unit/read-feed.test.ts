import { describe, expect, it } from 'vitest';
import { FeedError, readFeed } from '@/lib/library/read-feed';

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Sales Notes</title>
<item><title>How to follow up after a trade show</title><link>https://example.org/trade-show</link>
<description>&lt;p&gt;Follow up within &lt;b&gt;two days&lt;/b&gt;.&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description></item>
<item><title>Hiring your first salesperson</title><link>https://example.org/hiring</link><description>Plain text.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Leadership Weekly</title>
<entry><title>Delegation for new managers</title><link rel="alternate" href="https://example.org/delegation"/>
<summary type="html">&lt;em&gt;Hand over outcomes&lt;/em&gt;, not steps.</summary><author><name>R. Author</name></author></entry>
</feed>`;

describe('readFeed', () => {
  it('reads RSS items as text, with HTML and scripts stripped, and proposes topics', () => {
    const rows = readFeed(RSS, new DOMParser());

    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      title: 'How to follow up after a trade show',
      url: 'https://example.org/trade-show',
      source: 'Sales Notes',
    });
    expect(rows[0]?.summary).toBe('Follow up within two days.alert(1)');
    expect(rows[0]?.topics).toContain('trade shows');
  });

  it('reads Atom entries with their link and author', () => {
    const [row] = readFeed(ATOM, new DOMParser());
    expect(row).toMatchObject({
      title: 'Delegation for new managers',
      url: 'https://example.org/delegation',
      summary: 'Hand over outcomes, not steps.',
      source: 'R. Author',
    });
    expect(row?.topics).toContain('delegation');
  });

  it.each([
    ['not XML at all', '<html><body>Not a feed'],
    ['XML that is not a feed', '<?xml version="1.0"?><note>hi</note>'],
  ])('refuses %s', (_, text) => {
    expect(() => readFeed(text, new DOMParser())).toThrow(FeedError);
  });
});
