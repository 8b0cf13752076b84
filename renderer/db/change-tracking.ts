/**
 * When the raadslid's work last changed, kept in the database's meta table: a Dexie middleware
 * notices every successful write to a table of user work and records the time (at most every
 * half minute, after the write, outside its transaction). The automatic reservekopieën and the
 * reminder to make one read it.
 */
import type { DBCore, Middleware } from 'dexie';
import type { LeestafelDatabase } from './database';

/**
 * The tables whose changes are the user's work. Not reading positions, the meta table itself,
 * or the Prullenbak: a delete changes a table of work too, and the clean-up of old entries at
 * every start-up is no work of the user's.
 */
const WORK_TABLES: ReadonlySet<string> = new Set(['annotations', 'meetings', 'agendaItems', 'questions', 'settings']);

/** The least time between two records of a change: a busy evening writes meta only now and then. */
const RECORD_INTERVAL_MS = 30_000;

/** A middleware that calls `onChange` after each write to a table of user work that was carried out. */
export function noticeChanges(onChange: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'noticeChanges',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!WORK_TABLES.has(name)) return table;
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).then((response) => {
              onChange();
              return response;
            }),
        };
      },
    }),
  };
}

/**
 * Records in `database` that user work changed (`now` and `intervalMs` for tests). At most every 30 seconds: a
 * change within that time is recorded when it has passed, so the last change is never lost.
 * Failures are only logged.
 */
export function changeRecorder(database: LeestafelDatabase, { now = Date.now, intervalMs = RECORD_INTERVAL_MS } = {}): () => void {
  let lastRecorded = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    pending = undefined;
    const at = now();
    lastRecorded = at;
    database.meta.put({ key: 'lastChangeAt', value: at }).catch((error: unknown) => console.warn('Tijd van de laatste wijziging niet bewaard', error));
  };
  return () => {
    if (pending !== undefined) return;
    // Outside the write's transaction, which may not include the meta table.
    pending = setTimeout(record, Math.max(0, lastRecorded + intervalMs - now()));
  };
}

/** When user work last changed and when the last reservekopie was made (undefined: never). */
export async function changeAndBackupTimes(database: LeestafelDatabase): Promise<{ lastChangeAt?: number; lastBackupAt?: number }> {
  const [change, backup] = await Promise.all([database.meta.get('lastChangeAt'), database.meta.get('lastBackupAt')]);
  return { lastChangeAt: change?.value as number | undefined, lastBackupAt: backup?.value as number | undefined };
}
