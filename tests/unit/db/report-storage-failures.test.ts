// Every write passes the storage-failure middleware: a write that fails on a full disk shows in
// the storage alert (whoever made it), a later successful write clears it; a read that does not
// answer in time ends in a TimeoutError that the alert explains.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerInTime } from '../../../renderer/db/answer-in-time';
import { reportStorageFailures } from '../../../renderer/db/report-storage-failures';
import { classifyStorageError } from '../../../renderer/db/storage-errors';
import { clearStorageProblem, currentStorageProblem, reportStorageProblem } from '../../../renderer/db/storage-status';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('storage-failures');
const originalPut = IDBObjectStore.prototype.put;

beforeEach(() => clearStorageProblem('newer-version', 'unavailable', 'closed', 'no-answer', 'quota', 'failed'));
afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

describe('the storage-failure middleware', () => {
  it('shows a full disk, and clears it once a write succeeds again', async () => {
    const database = freshDatabase();
    database.use(reportStorageFailures);
    await database.open();
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await expect(database.settings.put({ key: 'fontScale', value: 1.25 })).rejects.toThrow();
    expect(currentStorageProblem()).toEqual({ kind: 'quota' });
    expect(await database.settings.count()).toBe(0);

    IDBObjectStore.prototype.put = originalPut;
    await database.settings.put({ key: 'fontScale', value: 1.25 });
    expect(currentStorageProblem()).toBeNull();
  });

  it('does not push a lasting problem aside with a passing one', () => {
    reportStorageProblem({ kind: 'unavailable' });
    reportStorageProblem({ kind: 'quota' });
    expect(currentStorageProblem()).toEqual({ kind: 'unavailable' });
    clearStorageProblem('quota', 'failed');
    expect(currentStorageProblem()).toEqual({ kind: 'unavailable' });
  });
});

describe('answerInTime', () => {
  it('gives up on a read that never answers', async () => {
    const failure = await answerInTime(new Promise<never>(() => undefined), 10).catch((error: unknown) => error);
    expect(classifyStorageError(failure)).toBe('no-answer');
  });

  it('passes on an answer and a failure unchanged', async () => {
    await expect(answerInTime(Promise.resolve(7), 10)).resolves.toBe(7);
    await expect(answerInTime(Promise.reject(new RangeError('nee')), 10)).rejects.toThrow('nee');
  });
});
