// The desktop save's atomic write in a real temporary folder: a successful write replaces the
// file and leaves nothing else behind; a write that fails — while writing, while renaming, or
// because the target cannot be replaced — leaves the old file exactly as it was and no
// temporary file.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { temporaryPathFor, writeFileAtomic } from '../../../electron/atomic-write';

// The real file system, with a switch per test to make one step fail.
const failures = vi.hoisted(() => ({ write: undefined as ((file: string) => void) | undefined, rename: undefined as Error | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (file: string, flags: string, mode?: number): Promise<FileHandle> => {
      const handle = await actual.open(file, flags, mode);
      const { write } = failures;
      if (!write) return handle;
      return new Proxy(handle, {
        get: (target, key) =>
          key === 'writeFile'
            ? async (data: Uint8Array | string) => {
                // Half the data reaches the disk, then the disk is full.
                await target.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
                write(file);
                throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
              }
            : (Reflect.get(target, key) as unknown),
      });
    },
    rename: async (from: string, to: string) => {
      if (failures.rename) throw failures.rename;
      return actual.rename(from, to);
    },
  };
});

afterEach(() => {
  failures.write = undefined;
  failures.rename = undefined;
});

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'leestafel-atomic-'));
}

describe('writeFileAtomic', () => {
  it('writes a new file as UTF-8 and leaves nothing else in the folder', async () => {
    const dir = folder();
    const target = path.join(dir, 'vragen.md');
    await writeFileAtomic(target, '# Vragen – Zoë\n€ 1.250.000\n');
    expect(readFileSync(target, 'utf8')).toBe('# Vragen – Zoë\n€ 1.250.000\n');
    expect(readdirSync(dir)).toEqual(['vragen.md']);
  });

  it('replaces an existing file, keeping its permissions', async () => {
    const dir = folder();
    const target = path.join(dir, 'vragen.docx');
    writeFileSync(target, 'oude inhoud die langer is dan de nieuwe');
    chmodSync(target, 0o640);
    const before = statSync(target).ino;
    await writeFileAtomic(target, new Uint8Array([80, 75, 3, 4]));
    expect([...readFileSync(target)]).toEqual([80, 75, 3, 4]);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    // A new file took the old one's place (a rename), rather than the old one being rewritten.
    expect(statSync(target).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['vragen.docx']);
  });

  it('puts the temporary file, hidden and unique, in the target\'s own folder', () => {
    const a = temporaryPathFor('/home/raadslid/Documenten/vragen.csv');
    const b = temporaryPathFor('/home/raadslid/Documenten/vragen.csv');
    expect(path.dirname(a)).toBe('/home/raadslid/Documenten');
    expect(path.basename(a)).toMatch(/^\.vragen\.csv\.[0-9a-f]{12}\.tmp$/);
    expect(a).not.toBe(b);
  });

  it('leaves the old file intact and removes the half-written temporary file when writing fails', async () => {
    const dir = folder();
    const target = path.join(dir, 'vragen.csv');
    writeFileSync(target, 'Nummer;Vraag\r\n1;oud\r\n');
    let during: string[] = [];
    failures.write = () => (during = readdirSync(dir).sort());
    await expect(writeFileAtomic(target, 'Nummer;Vraag\r\n1;nieuw en veel langer\r\n')).rejects.toMatchObject({ code: 'ENOSPC' });
    // While it was written, the temporary file stood next to the target.
    expect(during).toHaveLength(2);
    expect(during[0]).toMatch(/^\.vragen\.csv\.[0-9a-f]{12}\.tmp$/);
    expect(readFileSync(target, 'utf8')).toBe('Nummer;Vraag\r\n1;oud\r\n');
    expect(readdirSync(dir)).toEqual(['vragen.csv']);
  });

  it('leaves the old file intact and no temporary file when the rename fails (a file locked on Windows)', async () => {
    const dir = folder();
    const target = path.join(dir, 'vragen.docx');
    writeFileSync(target, 'oud');
    failures.rename = Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
    await expect(writeFileAtomic(target, 'nieuw')).rejects.toMatchObject({ code: 'EBUSY' });
    expect(readFileSync(target, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['vragen.docx']);
  });

  it('fails without a trace when the target cannot be replaced (a folder by that name)', async () => {
    const dir = folder();
    const target = path.join(dir, 'vragen.md');
    mkdirSync(target);
    writeFileSync(path.join(target, 'binnen.txt'), 'blijft');
    await expect(writeFileAtomic(target, '# Vragen')).rejects.toThrow();
    expect(readFileSync(path.join(target, 'binnen.txt'), 'utf8')).toBe('blijft');
    expect(readdirSync(dir)).toEqual(['vragen.md']);
  });

  it('fails without a trace when the folder does not exist', async () => {
    const dir = folder();
    await expect(writeFileAtomic(path.join(dir, 'weg', 'vragen.md'), '# Vragen')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes through a symbolic link: the file it points to is replaced, the link stays', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'echt'));
    const real = path.join(dir, 'echt', 'vragen.txt');
    writeFileSync(real, 'oud');
    const link = path.join(dir, 'vragen.txt');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'nieuw');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('nieuw');
    expect(readdirSync(path.join(dir, 'echt'))).toEqual(['vragen.txt']);
  });
});
