import type { ExperienceEntry, LinkedInProfile } from '../model/linkedin-profile';
import { log } from '../log';
import { matchingSelector, queryHook, queryHookAll } from './linkedin-selectors';
import { normaliseLinkedInProfileUrl, profileIdOf } from './linkedin-profile-url';

const MAX_ENTRIES = 50;
const DATES = /\b(?:19|20)\d\d\b|\bpresent\b/i;

/**
 * Reads the LinkedIn profile the user has open: the logged-in member layout
 * or the logged-out public one. Null when the URL is not a profile or the
 * page shows no profile (yet). Never throws: a page that changed shape is
 * "not readable", and the user can still add the person by hand.
 */
export function readLinkedInProfile(doc: Document, url: string): LinkedInProfile | null {
  try {
    const profileUrl = normaliseLinkedInProfileUrl(url);
    if (!profileUrl) return null;

    const read = queryHook(doc, 'publicTopCard')
      ? readPublic(doc, profileUrl)
      : readMember(doc, profileUrl);
    if (!read) return null;

    // Built field by field within the schema's bounds (the tests parse every result with
    // linkedInProfileSchema), so the content script ships without zod.
    return clip(read);
  } catch (error) {
    log.debug(
      'Could not read the LinkedIn profile',
      error instanceof Error ? error.name : 'unknown error',
    );
    return null;
  }
}

function readMember(doc: Document, url: string): LinkedInProfile | null {
  if (!queryHook(doc, 'memberProfile')) return null;

  const embedded = embeddedProfile(doc, profileIdOf(url));
  const name = textOf(queryHook(doc, 'memberName')) || embedded?.name || '';
  if (!name) return null;

  const experience = memberExperience(doc);
  const current = experience.find((entry) => /present/i.test(entry.dates)) ?? experience[0];
  const headline = textOf(queryHook(doc, 'memberHeadline')) || embedded?.headline || '';
  const fromHeadline = splitHeadline(headline);

  return {
    url,
    name,
    headline,
    location: textOf(queryHook(doc, 'memberLocation')) || embedded?.location || '',
    company: currentCompanyLabel(doc) || current?.company || fromHeadline.company,
    title: current?.title || fromHeadline.title,
    about: sectionText(doc, 'memberAboutAnchor') || embedded?.about || '',
    experience,
    layout: 'member',
  };
}

function readPublic(doc: Document, url: string): LinkedInProfile | null {
  const ld = jsonLdPerson(doc, profileIdOf(url));
  const name = textOf(queryHook(doc, 'publicName')) || ld?.name || '';
  if (!name) return null;

  const experience = queryHookAll(doc, 'publicExperienceItem')
    .slice(0, MAX_ENTRIES)
    .map((item) => ({
      title: textOf(queryHook(item, 'publicExperienceTitle')),
      company: textOf(queryHook(item, 'publicExperienceCompany')),
      dates: textOf(queryHook(item, 'publicExperienceDates')),
    }))
    .filter((entry) => entry.title || entry.company);
  const current = experience.find((entry) => /present/i.test(entry.dates)) ?? experience[0];
  const headline = textOf(queryHook(doc, 'publicHeadline'));
  const fromHeadline = splitHeadline(headline);

  return {
    url,
    name,
    headline,
    location: textOf(queryHook(doc, 'publicLocation')) || ld?.location || '',
    company:
      textOf(queryHook(doc, 'publicCurrentCompany')) ||
      ld?.company ||
      current?.company ||
      fromHeadline.company,
    title: current?.title || ld?.title || fromHeadline.title,
    about: textOf(queryHook(doc, 'publicAbout')) || ld?.about || '',
    experience,
    layout: 'public',
  };
}

/** A job per entity; an entity holding nested ones is a company with several jobs. */
function memberExperience(doc: Document): ExperienceEntry[] {
  const section = sectionOf(doc, 'memberExperienceAnchor');
  if (!section) return [];

  const entitySelector = matchingSelector(section, 'memberEntity');
  if (!entitySelector) return [];

  const entries: ExperienceEntry[] = [];
  for (const entity of section.querySelectorAll(entitySelector)) {
    if (entity.parentElement?.closest(entitySelector)) continue;

    const nested = [...entity.querySelectorAll(entitySelector)];
    if (nested.length === 0) {
      const [title = '', company = '', ...rest] = visibleTexts(entity);
      entries.push({
        title,
        company: companyOnly(company),
        dates: rest.find((t) => DATES.test(t)) ?? '',
      });
      continue;
    }

    const company = visibleTexts(entity, entitySelector)[0] ?? '';
    for (const job of nested) {
      const [title = '', ...rest] = visibleTexts(job);
      entries.push({
        title,
        company: companyOnly(company),
        dates: rest.find((t) => DATES.test(t)) ?? '',
      });
    }
  }
  return entries.slice(0, MAX_ENTRIES);
}

/** "Northwind Traders · Full-time" -> "Northwind Traders". */
function companyOnly(text: string): string {
  return text.split(' · ')[0]?.trim() ?? '';
}

/** "Head of Sales at Northwind" -> both halves, the last resort for title and company. */
function splitHeadline(headline: string): { title: string; company: string } {
  const match = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(headline);
  if (!match) return { title: '', company: '' };
  return { title: match[1]?.trim() ?? '', company: match[2]?.split(/\s[|·]\s/)[0]?.trim() ?? '' };
}

function currentCompanyLabel(doc: Document): string {
  const label = queryHook(doc, 'memberCurrentCompany')?.getAttribute('aria-label') ?? '';
  return label
    .replace(/^Current company:\s*/, '')
    .replace(/\.\s*Click.*$/s, '')
    .trim();
}

function sectionOf(
  doc: Document,
  anchor: 'memberAboutAnchor' | 'memberExperienceAnchor',
): Element | null {
  return queryHook(doc, anchor)?.parentElement ?? null;
}

/** The about text: the section's visible text minus its heading and buttons. */
function sectionText(doc: Document, anchor: 'memberAboutAnchor'): string {
  const section = sectionOf(doc, anchor);
  if (!section) return '';

  return visibleTexts(section, 'h1, h2, h3, button').join('\n');
}

/**
 * The visible text pieces of an element in document order: the
 * aria-hidden copies when the page doubles text for screen readers (the
 * visually-hidden twin is skipped), else its plain text.
 */
function visibleTexts(root: Element, skip?: string): string[] {
  const skipped = (el: Element): boolean => {
    const holder = skip ? el.closest(skip) : null;
    return holder !== null && holder !== root && root.contains(holder);
  };
  const copies = queryHookAll(root, 'visibleCopy').filter(
    (el) => !skipped(el) && !el.parentElement?.closest('[aria-hidden="true"]'),
  );
  if (copies.length > 0) return copies.map((el) => clean(el.textContent)).filter(Boolean);

  const plain = textOf(root);
  return plain ? [plain] : [];
}

/** An element's text without screen-reader duplicates, whitespace collapsed. */
function textOf(el: Element | null): string {
  if (!el) return '';

  const copy = queryHook(el, 'visibleCopy');
  if (copy) return clean(copy.textContent);

  const hidden = new Set(queryHookAll(el, 'screenReaderOnly'));
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ([...hidden].some((h) => h.contains(node))) continue;
    text += ` ${node.textContent ?? ''}`;
  }
  return undouble(clean(text));
}

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "About About" -> "About": a duplicate that no class marked as screen-reader text. */
function undouble(text: string): string {
  const half = text.length / 2;
  if (Number.isInteger(half - 0.5)) {
    const left = text.slice(0, half - 0.5);
    if (left && text === `${left} ${left}`) return left;
  }
  return text;
}

interface Embedded {
  name: string;
  headline: string;
  location: string;
  about: string;
}

/**
 * The profile in LinkedIn's embedded page data, only if it names the
 * profile in the URL: after an in-app navigation the page can still carry
 * the previous profile's data.
 */
function embeddedProfile(doc: Document, id: string): Embedded | null {
  for (const code of queryHookAll(doc, 'memberEmbeddedJson')) {
    const data = parseJson(code.textContent);
    const included = isRecord(data) && Array.isArray(data.included) ? data.included : [data];
    for (const item of included) {
      if (!isRecord(item) || typeof item.publicIdentifier !== 'string') continue;
      if (item.publicIdentifier.toLowerCase() !== decodeURIComponent(id)) continue;

      const geo = isRecord(item.geoLocation) ? item.geoLocation : {};
      return {
        name: [str(item.firstName), str(item.lastName)].filter(Boolean).join(' '),
        headline: str(item.headline),
        location: str(item.locationName) || str(geo.defaultLocalizedName),
        about: str(item.summary),
      };
    }
  }
  return null;
}

interface LdPerson {
  name: string;
  title: string;
  company: string;
  location: string;
  about: string;
}

/** The public page's JSON-LD Person, only if its url is this profile. */
function jsonLdPerson(doc: Document, id: string): LdPerson | null {
  for (const script of queryHookAll(doc, 'publicJsonLd')) {
    const data = parseJson(script.textContent);
    const graph = isRecord(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
    for (const node of graph) {
      if (!isRecord(node) || node['@type'] !== 'Person') continue;
      const own = normaliseLinkedInProfileUrl(str(node.url));
      if (!own || profileIdOf(own) !== id) continue;

      const worksFor = Array.isArray(node.worksFor) ? node.worksFor.find(isRecord) : node.worksFor;
      const jobTitle = Array.isArray(node.jobTitle) ? node.jobTitle[0] : node.jobTitle;
      const address = isRecord(node.address) ? node.address : {};
      return {
        name: str(node.name),
        title: str(jobTitle),
        company: isRecord(worksFor) ? str(worksFor.name) : '',
        location: str(address.addressLocality),
        about: str(node.description),
      };
    }
  }
  return null;
}

function parseJson(text: string | null): unknown {
  if (!text || text.length > 2_000_000) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? clean(value) : '';
}

/** Long texts are cut to the schema's bounds rather than failing the read. */
function clip(profile: LinkedInProfile): LinkedInProfile {
  return {
    ...profile,
    name: cut(profile.name, 200),
    headline: cut(profile.headline),
    location: cut(profile.location),
    company: cut(profile.company),
    title: cut(profile.title),
    about: cut(profile.about, 20_000),
    experience: profile.experience.map((entry) => ({
      title: cut(entry.title),
      company: cut(entry.company),
      dates: cut(entry.dates),
    })),
  };
}

function cut(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
