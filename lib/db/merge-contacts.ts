import type { Table } from 'dexie';
import { contactSchema, type Contact } from '../model/contact';
import { TAG_KINDS } from '../model/tag';
import { parseOrThrow } from '../model/validation';
import { now } from '../clock';
import type { RapportDatabase } from './database';
import { contactOwnedTables, keyedByContact, primaryKeyOf } from './contact-owned-tables';

/** The single-value fields where the kept contact wins and the other fills gaps. */
const FIELDS = ['linkedInUrl', 'company', 'title', 'location', 'style'] as const;
type Field = (typeof FIELDS)[number];

export interface MergePreview {
  keep: Contact;
  merge: Contact;
  /** The contact as it will be after the merge. */
  result: Contact;
  /** Records that move from `merge` to `keep`, per table ("reminders": 2, "touches": 5, ...). */
  moving: Record<string, number>;
  /** Which contact each field's value comes from, for fields where they differ. */
  fields: { field: Field | 'name' | 'stage'; value: string; from: 'keep' | 'merge' }[];
  /** Tags `merge` brings that `keep` does not have, per kind. */
  newTags: Record<(typeof TAG_KINDS)[number], string[]>;
  /** Email addresses `merge` brings. */
  newEmails: string[];
}

/** Everything needed to put both contacts and their records back as they were. */
export interface MergeSnapshot {
  keep: Contact;
  merge: Contact;
  /** Primary keys of the records moved, per table. */
  moved: Record<string, unknown[]>;
  /** Records that could not move because `keep` already had one under the same key (tables keyed by contactId). */
  setAside: Record<string, unknown[]>;
}

/** The contact that results from merging `merge` into `keep`: nothing of either is dropped. */
export function mergedContact(keep: Contact, merge: Contact, at = now()): Contact {
  const filled = Object.fromEntries(
    FIELDS.map((field) => [field, keep[field] || merge[field] || keep[field]]),
  );
  const tags = Object.fromEntries(TAG_KINDS.map((kind) => [kind, [...keep[kind], ...merge[kind]]]));
  // Where both had a different value, the other one is kept in the notes rather than lost.
  const overruled = [...FIELDS, 'name' as const]
    .filter((field) => keep[field] && merge[field] && keep[field] !== merge[field])
    .map((field) => `${field}: ${String(merge[field])}`);
  const aside =
    overruled.length > 0
      ? `Also recorded as (merged ${new Date(at).toISOString().slice(0, 10)}): ${overruled.join('; ')}`
      : '';
  const notes = [keep.notes.trim(), merge.notes.trim()].filter(Boolean);
  const uniqueNotes = notes.length === 2 && notes[0] === notes[1] ? [notes[0]] : notes;
  if (aside) uniqueNotes.push(aside);

  return parseOrThrow(
    contactSchema,
    {
      ...keep,
      ...filled,
      ...tags,
      emails: [...keep.emails, ...merge.emails],
      notes: uniqueNotes.join('\n\n'),
      sample: keep.sample && merge.sample,
      createdAt: Math.min(keep.createdAt, merge.createdAt),
      updatedAt: at,
    },
    'Merged contact',
  );
}

/** Says what mergeContacts would do, changing nothing. */
export async function previewMerge(
  db: RapportDatabase,
  keepId: string,
  mergeId: string,
): Promise<MergePreview> {
  const tables = contactOwnedTables(db);

  return db.transaction('r', [db.contacts, ...tables], async () => {
    const [keep, merge] = await bothContacts(db, keepId, mergeId);
    const moving: Record<string, number> = {};
    for (const table of tables) moving[table.name] = await ownedBy(table, mergeId).count();

    const result = mergedContact(keep, merge);
    const fields: MergePreview['fields'] = [];
    for (const field of ['name', 'stage', ...FIELDS] as const) {
      const ours = keep[field];
      const theirs = merge[field];
      if (!theirs || ours === theirs) continue;
      fields.push({ field, value: String(result[field] ?? ''), from: ours ? 'keep' : 'merge' });
    }

    const newTags = Object.fromEntries(
      TAG_KINDS.map((kind) => [kind, merge[kind].filter((tag) => !keep[kind].includes(tag))]),
    ) as MergePreview['newTags'];
    const newEmails = merge.emails.filter((email) => !keep.emails.includes(email));
    return { keep, merge, result, moving, fields, newTags, newEmails };
  });
}

/**
 * Merges `merge` into `keep` in one transaction: every record of every
 * contact-owned table moves over, tags and addresses are unioned, notes
 * joined, gaps filled; `merge` is deleted. Returns what undoMerge needs.
 */
export async function mergeContacts(
  db: RapportDatabase,
  keepId: string,
  mergeId: string,
): Promise<MergeSnapshot> {
  const tables = contactOwnedTables(db);

  return db.transaction('rw', [db.contacts, ...tables], async () => {
    const [keep, merge] = await bothContacts(db, keepId, mergeId);
    const snapshot: MergeSnapshot = { keep, merge, moved: {}, setAside: {} };

    for (const table of tables) {
      if (keyedByContact(table)) {
        // A record moves only if `keep` has none under the same key; otherwise it waits in the snapshot.
        const theirs = (await ownedBy(table, mergeId).toArray()) as object[];
        const moved: unknown[] = [];
        const aside: unknown[] = [];
        for (const record of theirs) {
          await table.delete(primaryKeyOf(table, record) as never);
          const next = { ...record, contactId: keepId };
          if ((await table.get(primaryKeyOf(table, next) as never)) === undefined) {
            await table.add(next);
            moved.push(primaryKeyOf(table, next));
          } else {
            aside.push(record);
          }
        }
        snapshot.moved[table.name] = moved;
        snapshot.setAside[table.name] = aside;
        continue;
      }

      const keys = await ownedBy(table, mergeId).primaryKeys();
      await ownedBy(table, mergeId).modify({ contactId: keepId });
      snapshot.moved[table.name] = keys;
    }

    await db.contacts.put(mergedContact(keep, merge));
    await db.contacts.delete(mergeId);
    return snapshot;
  });
}

/** Puts both contacts and every moved record back exactly as they were before the merge. */
export async function undoMerge(db: RapportDatabase, snapshot: MergeSnapshot): Promise<void> {
  const tables = contactOwnedTables(db);
  const { keep, merge } = snapshot;

  await db.transaction('rw', [db.contacts, ...tables], async () => {
    for (const table of tables) {
      const keys = snapshot.moved[table.name] ?? [];
      if (keyedByContact(table)) {
        for (const key of keys) {
          const moved: unknown = await table.get(key as never);
          if (moved === undefined) continue;
          await table.delete(key as never);
          await table.add({ ...(moved as object), contactId: merge.id });
        }
        for (const record of snapshot.setAside[table.name] ?? []) await table.put(record);
        continue;
      }
      if (keys.length > 0)
        await table
          .where(':id')
          .anyOf(keys as never[])
          .modify({ contactId: merge.id });
    }

    await db.contacts.put(keep);
    await db.contacts.put(merge);
  });
}

function ownedBy(table: Table, contactId: string) {
  return table.where('contactId').equals(contactId);
}

async function bothContacts(
  db: RapportDatabase,
  keptId: string,
  mergeId: string,
): Promise<[Contact, Contact]> {
  if (keptId === mergeId) throw new Error('A contact cannot be merged with itself.');

  const [keep, merge] = await db.contacts.bulkGet([keptId, mergeId]);
  if (!keep || !merge)
    throw new Error(
      'One of the two contacts no longer exists; it may have been deleted in another window. Nothing was merged.',
    );
  return [keep, merge];
}
