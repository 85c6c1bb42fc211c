import { z } from 'zod';
import { articleSchema, sentArticleSchema } from '../model/article';
import { contactSchema } from '../model/contact';
import { debriefSchema } from '../model/debrief';
import { planSchema } from '../model/plan';
import { reminderSchema } from '../model/reminder';
import { touchSchema } from '../model/touch';
import { vocabularyEntrySchema } from '../model/vocabulary-entry';
import { describeIssues } from '../model/validation';
import { now } from '../clock';
import type { RapportDatabase } from './database';
import { LATEST_VERSION } from './versions';

/**
 * Every table and the schema its records must pass. A backup holds all of
 * them; tests/unit/backup.test.ts fails when a table is added without an
 * entry here, so no table is ever left out of a backup.
 */
export const BACKUP_TABLES = {
  contacts: contactSchema,
  reminders: reminderSchema,
  touches: touchSchema,
  debriefs: debriefSchema,
  plans: planSchema,
  articles: articleSchema,
  sentArticles: sentArticleSchema,
  vocabulary: vocabularyEntrySchema,
} as const;

export type BackupTable = keyof typeof BACKUP_TABLES;
const TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTable[];

const FORMAT = 'rapport-backup';

const backupFileSchema = z.object({
  format: z.literal(FORMAT, { message: 'This is not a Rapport backup file.' }),
  databaseVersion: z.number().int().positive(),
  exportedAt: z.number().int().nonnegative(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export interface Backup {
  databaseVersion: number;
  exportedAt: number;
  tables: Record<BackupTable, object[]>;
}

/** Everything in the database, as one JSON-ready object. Read in one transaction, so it is consistent. */
export async function exportBackup(db: RapportDatabase): Promise<Backup> {
  const tables = TABLE_NAMES.map((name) => db.table(name));

  return db.transaction('r', tables, async () => {
    const contents = {} as Record<BackupTable, object[]>;
    for (const name of TABLE_NAMES) contents[name] = (await db.table(name).toArray()) as object[];
    return { databaseVersion: LATEST_VERSION, exportedAt: now(), tables: contents };
  });
}

export function backupFileName(at: number): string {
  return `rapport-backup-${new Date(at).toISOString().slice(0, 10)}.json`;
}

export function serialiseBackup(backup: Backup): string {
  return JSON.stringify({ format: FORMAT, ...backup }, null, 2);
}

/** What reading a backup file found: the valid records, and every problem by table and row. */
export interface BackupReading {
  backup: Backup | null;
  /** "contacts row 3: emails.0: That does not look like an email address" */
  problems: string[];
}

/**
 * Reads a backup file's text. A file that is not JSON, not a Rapport
 * backup, from a newer Rapport, or with any invalid record is refused as a
 * whole (the problems say where), so a restore never writes half a backup.
 */
export function readBackup(text: string): BackupReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      backup: null,
      problems: ['The file is not JSON. Choose a file that Rapport exported.'],
    };
  }

  const file = backupFileSchema.safeParse(raw);
  if (!file.success) return { backup: null, problems: describeIssues(file.error) };
  if (file.data.databaseVersion > LATEST_VERSION) {
    return {
      backup: null,
      problems: ['This backup comes from a newer Rapport. Update Rapport, then restore it.'],
    };
  }

  const problems: string[] = [];
  const tables = {} as Record<BackupTable, object[]>;
  for (const name of TABLE_NAMES) {
    tables[name] = [];
    (file.data.tables[name] ?? []).forEach((record, index) => {
      const parsed = BACKUP_TABLES[name].safeParse(record);
      if (parsed.success) tables[name].push(parsed.data as object);
      else
        for (const issue of describeIssues(parsed.error))
          problems.push(`${name} row ${index + 1}: ${issue}`);
    });
  }
  for (const name of Object.keys(file.data.tables)) {
    if (!TABLE_NAMES.includes(name as BackupTable))
      problems.push(`Unknown table "${name}" in the backup.`);
  }

  if (problems.length > 0) return { backup: null, problems };
  return {
    backup: {
      databaseVersion: file.data.databaseVersion,
      exportedAt: file.data.exportedAt,
      tables,
    },
    problems,
  };
}

/** How many records of each table a restore will write. */
export function backupCounts(backup: Backup): Record<BackupTable, number> {
  return Object.fromEntries(
    TABLE_NAMES.map((name) => [name, backup.tables[name].length]),
  ) as Record<BackupTable, number>;
}

/**
 * Restores a backup into the database in one transaction: records with the
 * same key are replaced by the backup's, everything else already there is
 * kept. Either all of it is written or none of it (a full disk rolls back).
 */
export async function restoreBackup(db: RapportDatabase, backup: Backup): Promise<number> {
  const tables = TABLE_NAMES.map((name) => db.table(name));

  return db.transaction('rw', tables, async () => {
    let written = 0;
    for (const name of TABLE_NAMES) {
      const records = backup.tables[name];
      if (records.length === 0) continue;
      await db.table(name).bulkPut(records);
      written += records.length;
    }
    return written;
  });
}
