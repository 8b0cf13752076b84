/**
 * A Dexie middleware through which every write of the app passes: a write that fails on the
 * storage (a full disk, storage gone) is shown in the storage alert, whichever screen or
 * background save made it; a write that succeeds afterwards clears a passing problem again
 * (a full disk that shows only at the commit is reported after that, so it stays).
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { clearStorageProblem, reportStorageFailure } from './storage-status';

function isIdbTransaction(transaction: DBCoreTransaction): transaction is DBCoreTransaction & IDBTransaction {
  return typeof (transaction as Partial<IDBTransaction>).addEventListener === 'function';
}

/** Register with `database.use(reportStorageFailures)` before the database opens. */
export const reportStorageFailures: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'reportStorageFailures',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const transaction = down.transaction(stores, mode, options);
      if (mode === 'readwrite' && isIdbTransaction(transaction)) {
        // A full disk often shows only when the transaction commits, not on the write itself.
        transaction.addEventListener('abort', () => transaction.error && reportStorageFailure(transaction.error));
      }
      return transaction;
    },
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request).then(
            (response) => {
              if (response.numFailures === 0) clearStorageProblem('quota', 'failed');
              return response;
            },
            (error: unknown) => {
              reportStorageFailure(error);
              throw error;
            },
          ),
      };
    },
  }),
};
