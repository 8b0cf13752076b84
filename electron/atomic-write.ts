/**
 * Atomic file writes for the desktop save: the data goes to a temporary file in the target's
 * own folder, is flushed to disk, and is then renamed over the target. The target therefore
 * holds either its old content or the complete new content, never half a file — not when the
 * disk fills up, the app crashes or the file is locked — and a failed write leaves no
 * temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** The name of the temporary file for `target`: hidden, in the same folder, unique per write. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` (text as UTF-8) to `target` atomically: a temporary file in the same folder,
 * flushed, then renamed over `target`. An existing target keeps its permission bits (rwx) and,
 * when it is a symbolic link, the link stays and the file it points to is replaced. A target
 * that may not be written is refused, as a plain write would. On failure the promise rejects
 * with the file system's error, `target` is as it was, and the temporary file is removed.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const destination = await resolveLink(target);
  const existingMode = await modeOf(destination);
  // A rename would replace a read-only file that a plain write may not touch: keep that refusal.
  if (existingMode !== undefined) await access(destination, constants.W_OK);

  const temporary = temporaryPathFor(destination);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    // 'wx': create, never open a file that is already there.
    handle = await open(temporary, 'wx', existingMode ?? 0o666);
    created = true;
    if (existingMode !== undefined) await handle.chmod(existingMode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, destination);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (created) await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

// The file a symbolic link points to, so the rename replaces that file and not the link.
async function resolveLink(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if (isMissing(error)) return target;
    throw error;
  }
}

async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
