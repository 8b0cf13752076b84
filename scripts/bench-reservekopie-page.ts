/**
 * The browser side of scripts/bench-reservekopie.ts, bundled by it: the app's own reservekopie
 * code (renderer/exchange/reservekopie) over Chromium's real IndexedDB, each step next to its
 * baseline on the same records in the same page.
 *
 * - make: makeReservekopie (read every table in one transaction, canonical JSON, SHA-256, the
 *   file's text) against a plain `toArray` of every table and `JSON.stringify` of the result;
 * - restore: parseReservekopie (size, JSON, schema of every record, counts, duplicates,
 *   checksum) and then mergeReservekopie (Samenvoegen) into an empty database, against a plain
 *   `bulkPut` of the same records into an empty database, in one transaction;
 * - replace: Vervangen as the screen does it over a database that already holds the data: the
 *   file read and checked, a reservekopie of the current data made first (not saved: there is
 *   no file dialog here), then replaceWithReservekopie.
 *
 * Every database is a new one, deleted after its step, so no step sees another's records.
 */
import { createDatabase, type LeestafelDatabase } from '../renderer/db/database';
import { buildReservekopie } from '../renderer/exchange/reservekopie/build';
import { countTables, TABLE_NAMES, type ReservekopieTables, type TableCounts } from '../renderer/exchange/reservekopie/format';
import { parseReservekopie } from '../renderer/exchange/reservekopie/parse';
import { makeReservekopie, mergeReservekopie, readAllTables, replaceWithReservekopie } from '../renderer/exchange/reservekopie/reservekopie-service';

let records: ReservekopieTables;
/** The file made by the last `make`, which `restore` and `replace` read. */
let fileText = '';
let counter = 0;

function newDatabase(): LeestafelDatabase {
  return createDatabase(`bench-reservekopie-${Date.now()}-${counter++}`);
}

/** Puts every record into `database` in one transaction (what the baseline of a restore times). */
function putAll(database: LeestafelDatabase, tables: ReservekopieTables): Promise<void> {
  return database.transaction('rw', database.tables, async () => {
    for (const name of TABLE_NAMES) await database.table(name).bulkPut(tables[name]);
  });
}

async function countsIn(database: LeestafelDatabase): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const name of TABLE_NAMES) counts[name] = await database.table(name).count();
  return counts;
}

/**
 * Throws unless `database` holds exactly as many records per table as the bench's data. A
 * restore keeps the database's own meta records (merge.ts), so only the user's tables count then.
 */
async function expectAllRecords(database: LeestafelDatabase, what: string, withMeta = true): Promise<void> {
  const expected = countTables(records);
  const actual = await countsIn(database);
  for (const name of TABLE_NAMES) {
    if (name === 'meta' && !withMeta) continue;
    if (actual[name] !== expected[name]) throw new Error(`${what}: ${actual[name]} ${name} in de database, verwacht ${expected[name]}`);
  }
}

async function withDatabase<T>(fn: (database: LeestafelDatabase) => Promise<T>): Promise<T> {
  const database = newDatabase();
  try {
    await database.open();
    return await fn(database);
  } finally {
    await database.delete();
  }
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

async function make(): Promise<{ makeMs: number; collectMs: number; buildMs: number; baselineMs: number; fileBytes: number; baselineBytes: number }> {
  return withDatabase(async (database) => {
    await putAll(database, records);
    await expectAllRecords(database, 'vullen');
    // Baseline first and the app's code second, alternating with nothing else in between.
    let start = performance.now();
    const plain = JSON.stringify(await database.transaction('r', database.tables, () => Promise.all(database.tables.map((table) => table.toArray()))));
    const baselineMs = performance.now() - start;

    start = performance.now();
    const made = await makeReservekopie(database, { appVersion: '0.1.0', now: new Date('2026-12-03T09:30:00.000Z') });
    const makeMs = performance.now() - start;
    fileText = made.text;

    // The two halves of makeReservekopie, timed apart, to see where the time goes.
    start = performance.now();
    const tables = await readAllTables(database);
    const collectMs = performance.now() - start;
    start = performance.now();
    await buildReservekopie(tables, { appVersion: '0.1.0', schemaVersion: 4, exportedAt: new Date('2026-12-03T09:30:00.000Z') });
    const buildMs = performance.now() - start;
    return { makeMs, collectMs, buildMs, baselineMs, fileBytes: utf8Bytes(made.text), baselineBytes: utf8Bytes(plain) };
  });
}

async function restore(): Promise<{ totalMs: number; parseMs: number; applyMs: number; baselineMs: number }> {
  if (!fileText) throw new Error('eerst make');
  const baselineMs = await withDatabase(async (database) => {
    const start = performance.now();
    await putAll(database, records);
    const ms = performance.now() - start;
    await expectAllRecords(database, 'basislijn bulkPut');
    return ms;
  });
  return withDatabase(async (database) => {
    const start = performance.now();
    const parsed = await parseReservekopie(fileText);
    const parseMs = performance.now() - start;
    if (!parsed.ok) throw new Error(`De reservekopie werd geweigerd: ${parsed.message}`);
    await mergeReservekopie(parsed.reservekopie, database);
    const totalMs = performance.now() - start;
    await expectAllRecords(database, 'Samenvoegen', false);
    return { totalMs, parseMs, applyMs: totalMs - parseMs, baselineMs };
  });
}

async function replace(): Promise<{ totalMs: number; safetyMs: number; applyMs: number }> {
  if (!fileText) throw new Error('eerst make');
  return withDatabase(async (database) => {
    await putAll(database, records);
    const start = performance.now();
    const parsed = await parseReservekopie(fileText);
    if (!parsed.ok) throw new Error(`De reservekopie werd geweigerd: ${parsed.message}`);
    const safetyStart = performance.now();
    const safety = await makeReservekopie(database, { nameSuffix: 'voor-vervangen' });
    const safetyMs = performance.now() - safetyStart;
    const applyStart = performance.now();
    await replaceWithReservekopie(parsed.reservekopie, safety.tables, database);
    const end = performance.now();
    await expectAllRecords(database, 'Vervangen', false);
    return { totalMs: end - start, safetyMs, applyMs: end - applyStart };
  });
}

declare global {
  interface Window {
    benchReservekopie: {
      load: (json: string) => TableCounts;
      make: typeof make;
      restore: typeof restore;
      replace: typeof replace;
    };
  }
}

window.benchReservekopie = {
  load(json) {
    records = JSON.parse(json) as ReservekopieTables;
    return countTables(records);
  },
  make,
  restore,
  replace,
};
