import type { Transaction } from 'dexie';
import { vocabularyFromTags } from './vocabulary';
import { now } from '../clock';

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
  {
    // Issue 6: debriefs, follow-up plans, and reminders that are plan steps with a draft attached.
    version: 3,
    stores: {
      // A contact's debriefs in time order; all debriefs by date for the habits summary.
      debriefs: 'id, contactId, date, [contactId+date]',
      // A contact's plans; the active ones for the worker's recount.
      plans: 'id, contactId, status',
      // As v1, plus a plan's steps.
      reminders: 'id, contactId, [status+dueAt], planId',
    },
    upgrade: async (tx) => {
      await tx
        .table('reminders')
        .toCollection()
        .modify((reminder: Record<string, unknown>) => {
          reminder.planId ??= null;
          reminder.purpose ??= null;
          reminder.attachments ??= [];
        });
      await tx
        .table('contacts')
        .toCollection()
        .modify((contact: Record<string, unknown>) => {
          contact.keepInTouchDays ??= null;
        });
    },
  },
  {
    // Issue 4 (LinkedIn and tagging): tags users add join the autocomplete.
    version: 4,
    stores: {
      // Keyed by the normalised tag; listed in the order they were added.
      vocabulary: 'tag, addedAt',
    },
    // Tags already on contacts become the first entries, so nothing typed before is missing from autocomplete.
    upgrade: async (tx) => {
      const contacts = await tx.table('contacts').toArray();
      await tx.table('vocabulary').bulkPut(vocabularyFromTags(contacts, now()));
    },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]?.version ?? 1;
