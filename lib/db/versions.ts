import type { Transaction } from 'dexie';

/**
 * The database's history, oldest first. Never edit a version that has
 * shipped: add a new one with the stores that changed and an upgrade that
 * carries every record over. tests/unit/migrations.test.ts opens a database
 * written by each version with the next and checks nothing was lost.
 */
export interface DatabaseVersion {
  version: number;
  /** Dexie store specs for tables added or changed in this version. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const VERSIONS: readonly DatabaseVersion[] = [
  {
    version: 1,
    stores: {
      // Lookups: by any email address (multi-entry), by profile URL, by name for the list.
      contacts: 'id, *emails, linkedInUrl, name, updatedAt',
      // "Due before a time" for open and snoozed reminders, and a contact's reminders.
      reminders: 'id, contactId, [status+dueAt]',
      // A contact's touches in time order.
      touches: 'id, contactId, [contactId+at], at',
    },
  },
  {
    version: 2,
    stores: {
      // The library (issue 5): by topic (multi-entry) for filters, by URL and title for duplicates.
      articles: 'id, *topics, url, title, addedAt',
      // What was sent to whom: one row per contact and article, so "already sent" is a key lookup.
      sentArticles: '[contactId+articleId], contactId, articleId',
    },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]?.version ?? 1;
