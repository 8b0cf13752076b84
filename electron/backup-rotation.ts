/**
 * Which automatic reservekopieën to keep: the newest ten, plus the newest one of each of the
 * last eight weeks, so that a mistake noticed weeks later can still be undone while the folder
 * stays small. Also when a new one is due (at most one per hour). Pure: times in, names out.
 */

/** How many of the newest automatic reservekopieën are always kept. */
export const KEEP_NEWEST = 10;
/** For how many weeks back the newest reservekopie of each week is kept as well. */
export const KEEP_WEEKS = 8;
/** The least time between two automatic reservekopieën. */
export const MIN_INTERVAL_MS = 60 * 60 * 1000;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** An automatic reservekopie on disk: its file name and when it was made (ms since the epoch). */
export interface StoredBackup {
  name: string;
  madeAt: number;
}

/** Whether a new automatic reservekopie is due, given when the last one was made. */
export function isBackupDue(lastMadeAt: number | undefined, now: number): boolean {
  return lastMadeAt === undefined || now - lastMadeAt >= MIN_INTERVAL_MS;
}

/** The names of the backups to delete: all but the newest ten and the newest of each of the last eight weeks. */
export function backupsToDelete(backups: readonly StoredBackup[], now: number): string[] {
  const newestFirst = [...backups].sort((a, b) => b.madeAt - a.madeAt);
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((backup) => backup.name));
  const weeksSeen = new Set<number>();
  for (const backup of newestFirst) {
    const week = Math.floor((now - backup.madeAt) / WEEK_MS);
    if (week < 0 || week >= KEEP_WEEKS || weeksSeen.has(week)) continue;
    weeksSeen.add(week);
    keep.add(backup.name);
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

const NAME_PATTERN = /^leestafel-reservekopie-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z\.json$/;

/** The file name of an automatic reservekopie made at `madeAt`: sortable, in UTC. */
export function autoBackupName(madeAt: number): string {
  const iso = new Date(madeAt).toISOString(); // 2026-12-04T15:16:44.123Z
  return `leestafel-reservekopie-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z.json`;
}

/** When the automatic reservekopie with this file name was made; undefined for any other file. */
export function madeAtOf(name: string): number | undefined {
  const match = NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number) as number[];
  const time = Date.UTC(year!, month! - 1, day!, hours!, minutes!, seconds!);
  return autoBackupName(time) === name ? time : undefined;
}
