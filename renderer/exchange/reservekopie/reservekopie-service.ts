/**
 * The reservekopie over the database: read every table in one consistent snapshot and make the
 * file, and restore a checked reservekopie by Samenvoegen or Vervangen, each in one Dexie
 * transaction over all tables, so a failure half-way (or a closed window) writes nothing.
 * Every function takes the database, defaulting to the app's, so a Node script or a test can
 * pass its own.
 */
import { version as packageVersion } from '../../../package.json';
import { db, SCHEMA_VERSION, type LeestafelDatabase } from '../../db/database';
import { buildReservekopie } from './build';
import { canonicalJson } from './checksum';
import { countTables, reservekopieFileName, type Reservekopie, type ReservekopieTables, type TableCounts } from './format';
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
  return database.transaction('r', database.tables, async () => ({
    annotations: await database.annotations.toArray(),
    meetings: await database.meetings.toArray(),
    agendaItems: await database.agendaItems.toArray(),
    questions: await database.questions.toArray(),
    settings: await database.settings.toArray(),
    readingPositions: await database.readingPositions.toArray(),
    trash: await database.trash.toArray(),
    meta: await database.meta.toArray(),
    imports: await database.imports.toArray(),
    sharedQuestions: await database.sharedQuestions.toArray(),
  }));
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
  await database.annotations.bulkPut(tables.annotations);
  await database.meetings.bulkPut(tables.meetings);
  await database.agendaItems.bulkPut(tables.agendaItems);
  await database.questions.bulkPut(tables.questions);
  await database.settings.bulkPut(tables.settings);
  await database.readingPositions.bulkPut(tables.readingPositions);
  await database.trash.bulkPut(tables.trash);
  await database.meta.bulkPut(tables.meta);
  await database.imports.bulkPut(tables.imports);
  await database.sharedQuestions.bulkPut(tables.sharedQuestions);
}

/** Samenvoegen (see merge.ts for the rules): adds and updates, never deletes. Returns what changed. */
export function mergeReservekopie(reservekopie: Reservekopie, database: LeestafelDatabase = db): Promise<MergePlan['changes']> {
  return database.transaction('rw', database.tables, async () => {
    const plan = planMerge(await readAllTables(database), reservekopie.tables);
    await writePlan(database, plan);
    return plan.changes;
  });
}

/** The user's data of a snapshot, as compared before Vervangen (meta is the database's own). */
function userData(tables: ReservekopieTables): string {
  const { meta: _meta, ...rest } = tables;
  return canonicalJson(rest);
}

/**
 * Vervangen: every table gets exactly the file's records (meta by its own rule). `savedFirst`
 * is the snapshot that was saved as a reservekopie just before; when the data has changed
 * since (another window), nothing is written and the promise rejects with a Dutch message.
 */
export async function replaceWithReservekopie(reservekopie: Reservekopie, savedFirst: ReservekopieTables, database: LeestafelDatabase = db): Promise<MergePlan['changes']> {
  const expected = userData(savedFirst);
  return database.transaction('rw', database.tables, async () => {
    const current = await readAllTables(database);
    if (userData(current) !== expected) {
      throw new Error('Er is niets vervangen: je gegevens zijn veranderd nadat de reservekopie werd gemaakt. Probeer het opnieuw.');
    }
    const plan = planReplace(current, reservekopie.tables);
    await Promise.all(database.tables.map((table) => table.clear()));
    await writePlan(database, plan);
    return plan.changes;
  });
}
