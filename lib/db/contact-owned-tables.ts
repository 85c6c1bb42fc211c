import type { Table } from 'dexie';
import type { RapportDatabase } from './database';

/**
 * Every table whose records belong to a contact: found from the schema,
 * not listed, so tables other features add (debriefs, plans, articles
 * sent...) move with a merge without this file knowing them.
 */
export function contactOwnedTables(db: RapportDatabase): Table[] {
  return db.tables.filter(
    (table) =>
      table.name !== 'contacts' &&
      (keyedByContact(table) ||
        table.schema.indexes.some((index) => index.keyPath === 'contactId')),
  );
}

/**
 * A table whose primary key holds the contact id (one record per contact,
 * or per contact and article): its records cannot be re-pointed in place,
 * and two contacts may each have one under the same key.
 */
export function keyedByContact(table: Table): boolean {
  const keyPath = table.schema.primKey.keyPath;
  return keyPath === 'contactId' || (Array.isArray(keyPath) && keyPath.includes('contactId'));
}

export function primaryKeyOf(table: Table, record: object): unknown {
  const keyPath = table.schema.primKey.keyPath;
  const fields = record as Record<string, unknown>;
  if (Array.isArray(keyPath)) return keyPath.map((path) => fields[path]);
  return typeof keyPath === 'string' ? fields[keyPath] : undefined;
}
