// Automatic reservekopieën on a real disk: one per hour at most, pruned by the rotation rule,
// listed newest first, read back by name only (never by a path).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAutoBackups, readAutoBackup, writeAutoBackup } from '../../../electron/auto-backups';

const HOUR = 60 * 60 * 1000;
const start = Date.UTC(2026, 11, 4, 20, 0, 0);

function freshFolder(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'leestafel-auto-')), 'reservekopieen');
}

describe('automatic reservekopieën', () => {
  it('writes one, then none within the hour, then the next one', async () => {
    const folder = freshFolder();
    expect(await writeAutoBackup(folder, '{"n":1}', start)).toBe('leestafel-reservekopie-2026-12-04T200000Z.json');
    expect(await writeAutoBackup(folder, '{"n":2}', start + HOUR - 1)).toBeUndefined();
    expect(await writeAutoBackup(folder, '{"n":3}', start + HOUR)).toBe('leestafel-reservekopie-2026-12-04T210000Z.json');
    expect((await listAutoBackups(folder)).map((b) => b.name)).toEqual([
      'leestafel-reservekopie-2026-12-04T210000Z.json',
      'leestafel-reservekopie-2026-12-04T200000Z.json',
    ]);
    expect(await readAutoBackup(folder, 'leestafel-reservekopie-2026-12-04T200000Z.json')).toBe('{"n":1}');
  });

  it('keeps ten of a long evening and leaves other files alone', async () => {
    const folder = freshFolder();
    for (let hour = 0; hour < 13; hour++) await writeAutoBackup(folder, `{"uur":${hour}}`, start + hour * HOUR);
    writeFileSync(path.join(folder, 'notities.txt'), 'van de raadslid zelf');
    await writeAutoBackup(folder, '{"uur":13}', start + 13 * HOUR);
    const files = readdirSync(folder).sort();
    expect(files).toContain('notities.txt');
    expect(files.filter((name) => name.endsWith('.json'))).toHaveLength(10);
    expect(readFileSync(path.join(folder, 'leestafel-reservekopie-2026-12-05T090000Z.json'), 'utf8')).toBe('{"uur":13}');
    expect(files.some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await listAutoBackups(freshFolder())).toEqual([]);
  });

  it('reads no other file than an automatic reservekopie', async () => {
    const folder = freshFolder();
    await writeAutoBackup(folder, '{}', start);
    await expect(readAutoBackup(folder, '../../../etc/passwd')).rejects.toThrow('Geen automatische reservekopie.');
    await expect(readAutoBackup(folder, 'notities.txt')).rejects.toThrow('Geen automatische reservekopie.');
  });
});
