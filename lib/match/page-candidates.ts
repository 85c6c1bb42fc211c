import type { PageContext, PagePerson } from '../model/page-context';

/**
 * The people on a page who could be "the contact": everyone but the user,
 * in the page's order (the last sender, the profile owner first), each once.
 */
export function pageCandidates(context: PageContext, ownEmails: readonly string[]): PagePerson[] {
  const own = new Set(ownEmails.map((email) => email.toLowerCase()));
  const seen = new Set<string>();

  return context.people.filter((person) => {
    const email = person.email?.toLowerCase() ?? null;
    if (email && own.has(email)) return false;

    const key = email ?? person.linkedInUrl ?? person.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
