import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Article, SentArticle } from '../model/article';
import type { Contact } from '../model/contact';
import type { Debrief } from '../model/debrief';
import type { Plan } from '../model/plan';
import type { Reminder } from '../model/reminder';
import type { Touch } from '../model/touch';
import type { VocabularyEntry } from '../model/vocabulary-entry';
import { VERSIONS } from './versions';

export const DATABASE_NAME = 'rapport';

/**
 * Rapport's one database. It lives in the extension's own origin: the side
 * panel, the options page and the service worker open it; a content script
 * never does (its IndexedDB would belong to the web page).
 */
export class RapportDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  debriefs!: EntityTable<Debrief, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  vocabulary!: EntityTable<VocabularyEntry, 'tag'>;
  articles!: EntityTable<Article, 'id'>;
  sentArticles!: Table<SentArticle, [string, string]>;

  /** `upTo` opens an older version of the schema; only the migration tests use it. */
  constructor(
    name = DATABASE_NAME,
    options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });

    for (const step of VERSIONS) {
      if (options.upTo !== undefined && step.version > options.upTo) break;

      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

let shared: RapportDatabase | null = null;

/** The database of this extension context, opened on first use. */
export function getDatabase(): RapportDatabase {
  shared ??= new RapportDatabase();
  return shared;
}
