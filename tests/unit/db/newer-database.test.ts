// A database written by a newer release (native IndexedDB version 90, schema version 9) is
// refused: the app's declaration does not open it, the watcher reads which release wrote it
// without upgrading it, and a dump of the whole database is the same before and after.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/db/database';
import { clearStorageProblem, currentStorageProblem } from '../../../renderer/db/storage-status';
import { describeStorageProblem } from '../../../renderer/db/storage-errors';
import { watchDatabase } from '../../../renderer/db/watch-database';
import { readWrittenBy } from '../../../renderer/db/written-by';

const writtenBy = { appVersion: '9.0.0', schemaVersion: 9, at: Date.UTC(2027, 2, 1) };
const annotation = {
  id: 'a-1', documentId: 'begroting-2018', documentVersion: '5c0f3a1e9b2d77', color: 'geel', note: 'Van versie 9', tags: ['later'],
  visibility: 'prive', author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' }, createdAt: 1, updatedAt: 2, futureField: { nested: [1, 2] },
  target: { quote: { exact: 'Wat mag het kosten?', prefix: '', suffix: '' }, position: { start: 0, end: 19 }, blockId: 'h-12' },
};

/** Every object store of a version-9 release: the app's, one index fewer on annotations (so Dexie 4 would add it), and one more store. */
const STORES: Record<string, { keyPath: string; indexes: string[] }> = {
  readingPositions: { keyPath: 'documentId', indexes: [] },
  settings: { keyPath: 'key', indexes: [] },
  annotations: { keyPath: 'id', indexes: ['documentId', 'updatedAt', 'flag', 'color'] },
  meetings: { keyPath: 'id', indexes: ['date'] },
  agendaItems: { keyPath: 'id', indexes: ['meetingId'] },
  questions: { keyPath: 'id', indexes: ['meetingId', 'annotationId', 'status'] },
  trash: { keyPath: 'id', indexes: ['deletedAt', 'kind'] },
  meta: { keyPath: 'key', indexes: [] },
  sharedSets: { keyPath: 'id', indexes: [] },
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function createVersion9(name: string): Promise<void> {
  const open = indexedDB.open(name, 90);
  open.onupgradeneeded = () => {
    for (const [store, { keyPath, indexes }] of Object.entries(STORES)) {
      const created = open.result.createObjectStore(store, { keyPath });
      for (const index of indexes) created.createIndex(index, index);
    }
    const transaction = open.transaction!;
    transaction.objectStore('meta').put({ key: 'writtenBy', value: writtenBy });
    transaction.objectStore('annotations').put(annotation);
    transaction.objectStore('settings').put({ key: 'fontScale', value: 1.25 });
  };
  const database = await request(open);
  database.close();
}

/** The database as it is stored: version, stores with their key paths and indexes, every record. */
async function dump(name: string): Promise<unknown> {
  const database = await request(indexedDB.open(name));
  const stores = [...database.objectStoreNames];
  const transaction = database.transaction(stores, 'readonly');
  const content = await Promise.all(
    stores.map(async (store) => {
      const objectStore = transaction.objectStore(store);
      return { store, keyPath: objectStore.keyPath, indexes: [...objectStore.indexNames], records: await request(objectStore.getAll()) };
    }),
  );
  const result = { version: database.version, content };
  database.close();
  return result;
}

let name: string;
beforeEach(() => {
  name = `newer-${Date.now()}-${Math.random()}`;
  clearStorageProblem('newer-version', 'unavailable', 'closed', 'no-answer', 'quota', 'failed');
});
afterEach(async () => {
  await request(indexedDB.deleteDatabase(name));
});

describe('a database of a newer release', () => {
  it('is refused with a VersionError and stays exactly as it was', async () => {
    await createVersion9(name);
    const before = await dump(name);
    const database = createDatabase(name);
    const failure = await database.open().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe('VersionError');
    // Reads and writes fail too, instead of opening it after all.
    await expect(database.annotations.toArray()).rejects.toThrow();
    await expect(database.settings.put({ key: 'fontScale', value: 1 })).rejects.toThrow();
    database.close();
    expect(await dump(name)).toEqual(before);
    expect((before as { version: number }).version).toBe(90);
  });

  it('is named by the release that wrote it, read without changing anything', async () => {
    await createVersion9(name);
    const before = await dump(name);
    const database = createDatabase(name);
    await watchDatabase(database, '0.1.0');
    expect(currentStorageProblem()).toEqual({ kind: 'newer-version', writtenBy });
    expect(describeStorageProblem('newer-version', currentStorageProblem()?.writtenBy)).toMatch(
      /^Deze gegevens zijn gemaakt met Leestafel 9\.0\.0; installeer die versie of nieuwer\./,
    );
    database.close();
    expect(await dump(name)).toEqual(before);
  });

  it('reads nothing from a database that does not exist, and does not create it', async () => {
    expect(await readWrittenBy(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
  });
});

describe('the database of this release', () => {
  it('records once which release wrote it', async () => {
    const database = createDatabase(name);
    await watchDatabase(database, '0.1.0');
    const first = await database.meta.get('writtenBy');
    expect(first).toEqual({ key: 'writtenBy', value: { appVersion: '0.1.0', schemaVersion: 5, at: expect.any(Number) } });
    database.close();
    const again = createDatabase(name);
    await watchDatabase(again, '0.1.0');
    expect(await again.meta.get('writtenBy')).toEqual(first);
    await watchDatabase(again, '0.2.0');
    expect((await again.meta.get('writtenBy'))?.value).toMatchObject({ appVersion: '0.2.0', schemaVersion: 5 });
    expect(currentStorageProblem()).toBeNull();
    again.close();
  });

  it('stops and asks for a reload when another window upgrades it', async () => {
    const database = createDatabase(name);
    await watchDatabase(database, '0.1.0');
    // Another window with a newer release opens the database at a higher version.
    const other = await request(indexedDB.open(name, 90));
    other.close();
    expect(currentStorageProblem()).toEqual({ kind: 'closed' });
    await expect(database.settings.put({ key: 'fontScale', value: 1 })).rejects.toThrow(Dexie.DatabaseClosedError);
  });
});
