// What the app keeps in IndexedDB, read and written from the e2e tests as an outsider would:
// through the browser's own indexedDB in the page, never through the app's Dexie code.
import type { Page } from '@playwright/test';

/** The name of the app's database (renderer/db/database.ts). */
export const DATABASE_NAME = 'leestafel';

/** An annotation record as the tests look at it. */
export interface StoredAnnotation {
  id: string;
  documentId: string;
  documentVersion: string;
  target: { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number }; blockId?: string };
  color: string;
  flag?: string;
  note: string;
  tags: string[];
  visibility: string;
  author: { naam: string; fractie: string };
}

type StoreRequest = { kind: 'get'; key: string } | { kind: 'getAll' } | { kind: 'put'; records: unknown[] } | { kind: 'delete'; key: string };

// One transaction on one object store; the database is closed again afterwards so the app's
// own connection (and any schema upgrade it makes) is never blocked by the test's.
function inStore(page: Page, store: string, request: StoreRequest): Promise<unknown> {
  return page.evaluate(
    ([databaseName, storeName, wanted]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(databaseName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(storeName)) {
            database.close();
            if (wanted.kind === 'put' || wanted.kind === 'delete') reject(new Error(`no object store ${storeName}`));
            else resolve(wanted.kind === 'get' ? null : []);
            return;
          }
          const writing = wanted.kind === 'put' || wanted.kind === 'delete';
          const transaction = database.transaction(storeName, writing ? 'readwrite' : 'readonly');
          const objectStore = transaction.objectStore(storeName);
          let result: unknown;
          if (wanted.kind === 'put') {
            for (const record of wanted.records) objectStore.put(record);
          } else if (wanted.kind === 'delete') {
            objectStore.delete(wanted.key);
          } else {
            const read = wanted.kind === 'get' ? objectStore.get(wanted.key) : objectStore.getAll();
            read.onsuccess = () => (result = read.result ?? null);
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(result);
          };
          transaction.onerror = () => {
            database.close();
            reject(transaction.error);
          };
        };
      }),
    [DATABASE_NAME, store, request] as const,
  );
}

/** One record of an object store in the app's database, or null (also when the store does not exist yet). */
export async function readStored(page: Page, store: string, key: string): Promise<unknown> {
  return inStore(page, store, { kind: 'get', key });
}

/** Every record of an object store, in key order ([] when the store does not exist yet). */
export async function readAllStored<T>(page: Page, store: string): Promise<T[]> {
  return (await inStore(page, store, { kind: 'getAll' })) as T[];
}

/** Writes records straight into an object store, in one transaction. */
export async function putStored(page: Page, store: string, records: readonly unknown[]): Promise<void> {
  await inStore(page, store, { kind: 'put', records: [...records] });
}

/** Deletes one record straight from an object store, as another window or tool would. */
export async function deleteStored(page: Page, store: string, key: string): Promise<void> {
  await inStore(page, store, { kind: 'delete', key });
}

/** Every record in the 'annotations' store. */
export async function storedAnnotations(page: Page): Promise<StoredAnnotation[]> {
  return readAllStored<StoredAnnotation>(page, 'annotations');
}

/** The stored block id of the reading position in a document, or null. */
export async function storedBlockId(page: Page, documentId: string): Promise<string | null> {
  const record = (await readStored(page, 'readingPositions', documentId)) as { blockId?: string } | null;
  return record?.blockId ?? null;
}
