import { expect } from 'vitest';
import { RapportDatabase } from '@/lib/db/database';

/**
 * Writes records with the schema of version `from`, closes the database,
 * opens it with the latest schema, and checks that every record of every
 * old table is still there with its fields intact (an upgrade may add
 * fields, never drop or change one). Returns the reopened database.
 */
export async function expectUpgradeKeepsRecords(
  from: number,
  seed: (db: RapportDatabase) => Promise<void>,
): Promise<RapportDatabase> {
  const name = `rapport-migration-${from}-${Math.random().toString(36).slice(2)}`;

  const old = new RapportDatabase(name, { upTo: from });
  await old.open();
  await seed(old);
  const before = new Map<string, unknown[]>();
  for (const table of old.tables) before.set(table.name, await table.toArray());
  old.close();

  const latest = new RapportDatabase(name);
  await latest.open();
  for (const [tableName, records] of before) {
    const after = await latest.table(tableName).toArray();
    expect(after, `table ${tableName} lost records`).toHaveLength(records.length);
    for (const record of records) {
      const key = latest.table(tableName).schema.primKey.keyPath as string;
      const match = after.find(
        (row) => (row as Record<string, unknown>)[key] === (record as Record<string, unknown>)[key],
      );
      expect(match, `table ${tableName} changed a record`).toMatchObject(record as object);
    }
  }
  return latest;
}
