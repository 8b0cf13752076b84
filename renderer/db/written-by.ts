/**
 * Which release of the app last wrote the database: recorded once per start by the app, and
 * read from a database that this release refuses to open (a newer one) without changing it,
 * so that the app can say which version is needed.
 */
import Dexie from 'dexie';
import type { WrittenBy } from '../model/database-meta';
import { SCHEMA_VERSION, type LeestafelDatabase } from './database';

/** Stores this release as the one that wrote the database, unless it is already the one stored. */
export async function recordWrittenBy(database: LeestafelDatabase, appVersion: string, now: number = Date.now()): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const stored = await database.meta.get('writtenBy');
    const same = stored?.key === 'writtenBy' && stored.value.appVersion === appVersion && stored.value.schemaVersion === SCHEMA_VERSION;
    if (!same) await database.meta.put({ key: 'writtenBy', value: { appVersion, schemaVersion: SCHEMA_VERSION, at: now } });
  });
}

function isWrittenBy(value: unknown): value is WrittenBy {
  const { appVersion, schemaVersion, at } = (value ?? {}) as Partial<Record<keyof WrittenBy, unknown>>;
  return typeof appVersion === 'string' && typeof schemaVersion === 'number' && typeof at === 'number';
}

/**
 * Reads `writtenBy` from the database `name` as it is, whatever its version: a plain IndexedDB
 * open without a version (which never upgrades) and a read-only transaction, then closed.
 * Undefined when the database, its 'meta' store or the record is missing or cannot be read.
 */
export function readWrittenBy(name: string, factory: IDBFactory | undefined = Dexie.dependencies.indexedDB): Promise<WrittenBy | undefined> {
  return new Promise((resolve) => {
    if (!factory) return resolve(undefined);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(undefined);
    }
    // The database does not exist (any more): abort, so that opening does not create it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => {
      const connection = request.result;
      const done = (value: WrittenBy | undefined) => {
        connection.close();
        resolve(value);
      };
      if (!connection.objectStoreNames.contains('meta')) return done(undefined);
      try {
        const read = connection.transaction('meta', 'readonly').objectStore('meta').get('writtenBy');
        read.onsuccess = () => {
          const value: unknown = (read.result as { value?: unknown } | undefined)?.value;
          done(isWrittenBy(value) ? value : undefined);
        };
        read.onerror = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}
