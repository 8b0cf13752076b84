// The time of the last change to the user's work is kept in meta: after a write to a table of
// work, not after a reading position, and not more often than every half minute.
import { describe, expect, it, vi } from 'vitest';
import { changeRecorder, noticeChanges } from '../../../renderer/db/change-tracking';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('change-tracking');
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('change tracking', () => {
  it('records a change to the work, not to a reading position, at most every 30 seconds', async () => {
    const database = freshDatabase();
    let clock = Date.UTC(2026, 11, 4, 21, 0);
    database.use(noticeChanges(changeRecorder(database, { now: () => clock })));
    await database.readingPositions.put({ documentId: 'begroting-2018', blockId: 'p-3', updatedAt: clock });
    await settle();
    expect(await database.meta.get('lastChangeAt')).toBeUndefined();

    await database.meetings.put({ id: 'm1', name: 'Raad', date: '2026-12-10', kind: 'raad', createdAt: clock, updatedAt: clock });
    await vi.waitFor(async () => expect(await database.meta.get('lastChangeAt')).toEqual({ key: 'lastChangeAt', value: clock }));

    clock += 10_000;
    await database.annotations.put({
      id: 'a1', documentId: 'begroting-2018', documentVersion: 'v', target: describeRange('Wat mag het kosten?', 0, 3), color: 'geel',
      note: '', tags: [], visibility: 'prive', author: { naam: 'Anna', fractie: 'F' }, createdAt: clock, updatedAt: clock,
    });
    await settle();
    // Within 30 seconds of the last record: not yet, but not forgotten either (see below).
    expect((await database.meta.get('lastChangeAt'))?.value).toBe(clock - 10_000);
  });

  it('records a change made within the interval once it has passed', async () => {
    const database = freshDatabase();
    // The clock is the test's, so a slow machine cannot make the second change fall outside the interval.
    let clock = Date.UTC(2026, 11, 4, 21, 0);
    database.use(noticeChanges(changeRecorder(database, { now: () => clock, intervalMs: 1000 })));
    const lastChange = async () => (await database.meta.get('lastChangeAt'))?.value as number | undefined;
    await database.meetings.put({ id: 'm1', name: 'Raad', date: '2026-12-10', kind: 'raad', createdAt: 1, updatedAt: 1 });
    await vi.waitFor(async () => expect(await lastChange()).toBe(clock));
    const first = clock;

    clock += 100;
    await database.meetings.update('m1', { name: 'Raadsvergadering' });
    await settle();
    expect(await lastChange()).toBe(first);
    // Recorded 900 ms later (real time), with the time of the clock then.
    clock += 900;
    await vi.waitFor(async () => expect(await lastChange()).toBe(first + 1000), { timeout: 5000, interval: 50 });
  });
});
