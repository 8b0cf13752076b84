/**
 * The one IndexedDB database of the reader (Dexie): every table the app stores lives here,
 * with its schema history. Components never touch the tables; they call the domain
 * functions (reader/reading-position.ts, settings/settings-store.ts, questions/…).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../model/annotation';
import type { AgendaItem, Meeting, Question } from '../model/question';
import type { MetaRecord } from '../model/database-meta';
import type { ReadingPosition } from '../model/reading-position';
import type { SettingRecord } from '../model/settings';
import type { ImportRecord, SharedQuestion } from '../model/shared';
import type { TrashEntry } from '../model/trash';

/** The schema version this release writes; a database of a higher version is not opened. */
export const SCHEMA_VERSION = 5;

/** The name of the app's database. Never change it after release: it holds the users' data. */
export const DATABASE_NAME = 'leestafel';

/** The reader's Dexie database with its typed tables. */
export class LeestafelDatabase extends Dexie {
  readingPositions!: EntityTable<ReadingPosition, 'documentId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  annotations!: EntityTable<Annotation, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  trash!: EntityTable<TrashEntry, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  sharedQuestions!: EntityTable<SharedQuestion, 'id'>;

  constructor(name: string) {
    super(name, { indexedDB: refusingNewerDatabases(Dexie.dependencies.indexedDB) });
    // Versions are never removed: each version(n) with its upgrade function stays, so a
    // database made by any earlier release still opens and its data is carried forward.
    this.version(1).stores({
      readingPositions: 'documentId',
      settings: 'key',
    });
    // Version 2 adds the raadslid's annotations; the tables of version 1 stay as they were.
    this.version(2).stores({
      annotations: 'id, documentId, updatedAt, flag, color, *tags',
    });
    // Version 3 adds vergaderingen, their agendapunten and the questions for them; nothing
    // of version 2 changes, so no upgrade function is needed.
    this.version(3).stores({
      meetings: 'id, date',
      agendaItems: 'id, meetingId',
      questions: 'id, meetingId, annotationId, status',
    });
    // Version 4 adds the Prullenbak (what deletes keep, to be put back) and facts about the
    // database itself (which release wrote it); nothing earlier changes.
    this.version(4).stores({
      trash: 'id, deletedAt, kind',
      meta: 'key',
    });
    // Version 5 adds what fractie members share: the imported files, and their question drafts;
    // shared annotations live among the own ones, found by the import that brought them.
    this.version(SCHEMA_VERSION).stores({
      annotations: 'id, documentId, updatedAt, flag, color, *tags, origin.importId',
      imports: 'id, authorKey, importedAt',
      sharedQuestions: 'id, meetingId, origin.importId',
    });
  }
}

/**
 * The browser's IndexedDB as Dexie sees it, except that a database of a newer release is
 * refused with a VersionError. Dexie 4 would open such a database anyway (on a VersionError it
 * opens again without a version, and may even add what it misses), so that an older release
 * would change a newer one's data; the app opens its database only at the version it declares.
 */
function refusingNewerDatabases(factory: IDBFactory | undefined): IDBFactory | undefined {
  if (!factory) return undefined;
  return {
    open(name: string, version?: number) {
      if (version === undefined) throw new DOMException(`De database ${name} is van een nieuwere versie.`, 'VersionError');
      return factory.open(name, version);
    },
    deleteDatabase: (name) => factory.deleteDatabase(name),
    cmp: (first, second) => factory.cmp(first, second),
    databases: () => factory.databases(),
  };
}

/** Opens (lazily) a database with the given name; tests pass their own name. */
export function createDatabase(name: string = DATABASE_NAME): LeestafelDatabase {
  return new LeestafelDatabase(name);
}

/** The app's database. */
export const db = createDatabase();
