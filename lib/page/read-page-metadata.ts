/** What a page says about itself, for "Save this page to Rapport". */
export interface PageMetadata {
  title: string;
  description: string;
  url: string;
  siteName: string;
  author: string;
}

/**
 * Reads a page's title, description and Open Graph metadata. It runs in the
 * page through scripting.executeScript, so it must stay self-contained:
 * no imports, no helpers outside its body. Returns text only.
 */
export function readPageMetadata(doc: Document = document): PageMetadata {
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
      const content = element?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
      if (content) return content;
    }
    return '';
  };
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  let url = meta('og:url') || canonical || doc.location?.href || '';
  try {
    url = new URL(url, doc.location?.href).href;
  } catch {
    url = '';
  }

  return {
    title: (
      meta('og:title', 'twitter:title') ||
      doc.title ||
      doc.querySelector('h1')?.textContent ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300),
    description: meta('og:description', 'description', 'twitter:description').slice(0, 2_000),
    url: /^https?:/i.test(url) ? url : '',
    siteName: meta('og:site_name', 'application-name'),
    author: meta('author', 'article:author'),
  };
}
