/**
 * The one form Rapport stores a profile address in:
 * https://www.linkedin.com/in/<id>/ with the id lower-cased and its
 * percent-encoding made canonical. Country hosts (uk.linkedin.com), query
 * strings, hashes and the contact-info overlay all name the same profile.
 * Anything else (the feed, search, a company, a profile's "details" pages)
 * is not a profile page: null.
 */
export function normaliseLinkedInProfileUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname !== 'linkedin.com' && !url.hostname.endsWith('.linkedin.com')) return null;

  const match = /^\/in\/([^/]+)\/?(?:overlay\/[^?#]*)?$/.exec(url.pathname);
  const encoded = match?.[1];
  if (!encoded) return null;

  const id = decodeId(encoded);
  if (!id) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(id)}/`;
}

/** The <id> of a normalised profile URL. */
export function profileIdOf(normalisedUrl: string): string {
  return normalisedUrl.replace(/^https:\/\/www\.linkedin\.com\/in\//, '').replace(/\/$/, '');
}

function decodeId(encoded: string): string | null {
  try {
    const id = decodeURIComponent(encoded).trim().toLowerCase();
    return id.length > 0 && id.length <= 200 && !/[/\s]/.test(id) ? id : null;
  } catch {
    return null;
  }
}
