// The rotation of automatic reservekopieën: the newest ten, plus the newest of each of the last
// eight weeks; at most one per hour; names that sort by time and are read back exactly.
import { describe, expect, it } from 'vitest';
import { autoBackupName, backupsToDelete, isBackupDue, madeAtOf, type StoredBackup } from '../../../electron/backup-rotation';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 11, 4, 23, 0, 0);

function backupAt(madeAt: number): StoredBackup {
  return { name: autoBackupName(madeAt), madeAt };
}

describe('automatic reservekopie rotation', () => {
  it('names a reservekopie by its UTC time and reads the time back', () => {
    expect(autoBackupName(now)).toBe('leestafel-reservekopie-2026-12-04T230000Z.json');
    expect(madeAtOf('leestafel-reservekopie-2026-12-04T230000Z.json')).toBe(now);
    expect(madeAtOf('leestafel-reservekopie-2026-12-04.json')).toBeUndefined();
    expect(madeAtOf('leestafel-reservekopie-2026-02-31T230000Z.json')).toBeUndefined();
    expect(madeAtOf('notities.json')).toBeUndefined();
  });

  it('makes at most one per hour', () => {
    expect(isBackupDue(undefined, now)).toBe(true);
    expect(isBackupDue(now - HOUR + 1, now)).toBe(false);
    expect(isBackupDue(now - HOUR, now)).toBe(true);
  });

  it('keeps the newest ten of a busy evening and deletes the older ones of that evening', () => {
    const evening = Array.from({ length: 14 }, (_, i) => backupAt(now - i * HOUR));
    const deleted = backupsToDelete(evening, now);
    // The four oldest go, except the newest of this week, which is among the ten kept anyway.
    expect(deleted).toEqual(evening.slice(10).map((b) => b.name));
  });

  it('keeps the newest of each of the last eight weeks and nothing older', () => {
    const recent = Array.from({ length: 10 }, (_, i) => backupAt(now - i * HOUR));
    const daily = Array.from({ length: 70 }, (_, i) => backupAt(now - (i + 1) * DAY));
    const deleted = new Set(backupsToDelete([...daily, ...recent], now));
    const kept = [...recent, ...daily].filter((b) => !deleted.has(b.name));
    // Ten recent ones (week 0), then the newest of weeks 1 to 7: day 7, 14, …, 49.
    expect(kept.map((b) => Math.round((now - b.madeAt) / DAY))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 14, 21, 28, 35, 42, 49]);
    expect(deleted.size).toBe(80 - 17);
  });

  it('deletes nothing while there are ten or fewer', () => {
    const few = Array.from({ length: 10 }, (_, i) => backupAt(now - i * 30 * DAY));
    expect(backupsToDelete(few, now)).toEqual([]);
  });
});
