/**
 * The reservekopie over the database: read every table in one consistent snapshot and make the
 * file, and restore a checked reservekopie by Samenvoegen or Vervangen, each in one Dexie
 * transaction over all tables, so a failure half-way (or a closed window) writes nothing.
 * Every function takes the database, defaulting to the app's, so a Node script or a test can
 * pass its own.
 */
import { version as packageVersion } from '../../../package.json';
import Dexie from 'dexie';
import { db, SCHEMA_VERSION, type LeestafelDatabase } from '../../db/database';
import { buildReservekopie } from './build';
import { countTables, reservekopieFileName, TABLE_NAMES, type Reservekopie, type TableName, type ReservekopieTables, type TableCounts } from './format';
import { planMerge, planReplace, type MergePlan } from './merge';

/** A made reservekopie: the file's name and text, and the snapshot it holds. */
export interface MadeReservekopie {
  fileName: string;
  text: string;
  counts: TableCounts;
  tables: ReservekopieTables;
}

/** Reads every table in one read transaction: a consistent snapshot of all user data. */
export function readAllTables(database: LeestafelDatabase = db): Promise<ReservekopieTables> {
  return database.transaction('r', database.tables, (transaction) =>
    // All tables are asked at once, with IndexedDB's own getAll: Dexie's toArray takes about a
    // third longer over 10,000 annotations, and the reading is most of making a reservekopie.
    // Dexie's promise keeps the transaction's zone, so this also works inside a transaction
    // that writes afterwards (Samenvoegen, Vervangen).
    Dexie.Promise.all(TABLE_NAMES.map((name) => getAll(transaction.idbtrans.objectStore(name)))).then((lists) => {
      const tables = {} as Record<TableName, unknown[]>;
      TABLE_NAMES.forEach((name, i) => (tables[name] = lists[i]!));
      return tables as unknown as ReservekopieTables;
    }),
  );
}

function getAll(store: IDBObjectStore): Promise<unknown[]> {
  return new Dexie.Promise<unknown[]>((resolve, reject) => {
    const request = store.getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('Een tabel kon niet worden gelezen.'));
  });
}

/** Options for making a reservekopie; the defaults are this release and now. */
export interface MakeOptions {
  appVersion?: string;
  now?: Date;
  /** Added to the file name before ".json", e.g. "voor-vervangen". */
  nameSuffix?: string;
}

/** Makes a reservekopie of everything in the database (nothing is saved or written). */
export async function makeReservekopie(database: LeestafelDatabase = db, { appVersion = packageVersion, now = new Date(), nameSuffix }: MakeOptions = {}): Promise<MadeReservekopie> {
  const tables = await readAllTables(database);
  const { text } = await buildReservekopie(tables, { appVersion, schemaVersion: SCHEMA_VERSION, exportedAt: now });
  const fileName = reservekopieFileName(now);
  return { fileName: nameSuffix ? fileName.replace(/\.json$/, `-${nameSuffix}.json`) : fileName, text, counts: countTables(tables), tables };
}

/** Notes in the database when the last reservekopie was saved (for the reminder to make one). */
export async function recordReservekopieSaved(at: number, database: LeestafelDatabase = db): Promise<void> {
  await database.meta.put({ key: 'lastBackupAt', value: at });
}

async function writePlan(database: LeestafelDatabase, plan: MergePlan): Promise<void> {
  const { tables } = plan;
  // Asked at once: the transaction writes them in this order all the same.
  await Promise.all([
    database.annotations.bulkPut(tables.annotations),
    database.meetings.bulkPut(tables.meetings),
    database.agendaItems.bulkPut(tables.agendaItems),
    database.questions.bulkPut(tables.questions),
    database.settings.bulkPut(tables.settings),
    database.readingPositions.bulkPut(tables.readingPositions),
    database.trash.bulkPut(tables.trash),
    database.meta.bulkPut(tables.meta),
    database.imports.bulkPut(tables.imports),
    database.sharedQuestions.bulkPut(tables.sharedQuestions),
  ]);
}

/** Samenvoegen (see merge.ts for the rules): adds and updates, never deletes. Returns what changed. */
export function mergeReservekopie(reservekopie: Reservekopie, database: LeestafelDatabase = db): Promise<MergePlan['changes']> {
  return database.transaction('rw', database.tables, async () => {
    const plan = planMerge(await readAllTables(database), reservekopie.tables);
    await writePlan(database, plan);
    return plan.changes;
  });
}

/**
 * Whether the user's data (every table but meta, the database's own) is what `before` read.
 * Both are read from this database, whose records keep the order of their keys, so plain JSON
 * text compares them: no canonical copy is needed, and a record stored again with its keys in
 * another order only counts as a change (a refusal to try again, never a silent overwrite).
 */
function sameUserData(before: ReservekopieTables, now: ReservekopieTables): boolean {
  return TABLE_NAMES.every((name) => name === 'meta' || (before[name].length === now[name].length && JSON.stringify(before[name]) === JSON.stringify(now[name])));
}

/**
 * Vervangen: every table gets exactly the file's records (meta by its own rule). `savedFirst`
 * is the snapshot saved as a reservekopie just before (as makeReservekopie read it from this
 * database); when the data has changed since (another window), nothing is written and the
 * promise rejects with a Dutch message.
 */
export async function replaceWithReservekopie(reservekopie: Reservekopie, savedFirst: ReservekopieTables, database: LeestafelDatabase = db): Promise<MergePlan['changes']> {
  return database.transaction('rw', database.tables, async () => {
    const current = await readAllTables(database);
    if (!sameUserData(savedFirst, current)) {
      throw new Error('Er is niets vervangen: je gegevens zijn veranderd nadat de reservekopie werd gemaakt. Probeer het opnieuw.');
    }
    const plan = planReplace(current, reservekopie.tables);
    await Promise.all(database.tables.map((table) => table.clear()));
    await writePlan(database, plan);
    return plan.changes;
  });
}
