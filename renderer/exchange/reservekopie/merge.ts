/**
 * What Samenvoegen and Vervangen write, worked out from the records in the database and in
 * the reservekopie. Pure: the service reads both sides inside its transaction and writes the
 * plan there.
 *
 * Samenvoegen matches records by their key and never deletes:
 * - annotations, vergaderingen, questions and reading positions: the record with the later
 *   `updatedAt` wins; on a tie the database's record stays;
 * - agendapunten (no `updatedAt`), settings (including the profile) and the Prullenbak: the
 *   database's record stays; the file's is added when the database has none with its key;
 * - the facts about the database (meta) describe this database, not the raadslid's work: they
 *   stay, except that `lastBackupAt` becomes the later of the two.
 *
 * Vervangen makes every table hold exactly the file's records, except meta, which follows the
 * rule above.
 */
import type { MetaRecord } from '../../model/database-meta';
import { PRIMARY_KEYS, TABLE_NAMES, type ReservekopieTables, type TableName } from './format';

/** How one table changes: records added, overwritten, left alone (the file's) and removed (Vervangen only). */
export interface TableChange {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** The records to write per table, and what that changes. */
export interface MergePlan {
  /** The records to put (merge) or to hold (replace), per table. */
  tables: ReservekopieTables;
  changes: { [T in TableName]: TableChange };
}

type Rule = 'newer-wins' | 'database-wins';

/** The rule of each table except meta (which has its own, see metaAfterRestore). */
const MERGE_RULES: { readonly [T in Exclude<TableName, 'meta'>]: Rule } = {
  annotations: 'newer-wins',
  meetings: 'newer-wins',
  questions: 'newer-wins',
  readingPositions: 'newer-wins',
  agendaItems: 'database-wins',
  settings: 'database-wins',
  trash: 'database-wins',
  imports: 'database-wins',
  sharedQuestions: 'newer-wins',
};

function keyOf(table: TableName, record: object): string {
  return String((record as Record<string, unknown>)[PRIMARY_KEYS[table]]);
}

function updatedAtOf(record: object): number {
  const value = (record as { updatedAt?: unknown }).updatedAt;
  return typeof value === 'number' ? value : -Infinity;
}

function mergeTable<R extends object>(table: TableName, rule: Rule, current: readonly R[], incoming: readonly R[]): { put: R[]; change: TableChange } {
  const byKey = new Map(current.map((record) => [keyOf(table, record), record]));
  const put: R[] = [];
  const change: TableChange = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const record of incoming) {
    const existing = byKey.get(keyOf(table, record));
    if (!existing) {
      put.push(record);
      change.added++;
    } else if (rule === 'newer-wins' && updatedAtOf(record) > updatedAtOf(existing)) {
      put.push(record);
      change.updated++;
    } else change.unchanged++;
  }
  return { put, change };
}

/** The meta records after a restore: the database's, with `lastBackupAt` the later of both. */
export function metaAfterRestore(current: readonly MetaRecord[], incoming: readonly MetaRecord[]): MetaRecord[] {
  const lastBackupAt = (records: readonly MetaRecord[]) => records.find((record) => record.key === 'lastBackupAt')?.value ?? -Infinity;
  const later = Math.max(lastBackupAt(current), lastBackupAt(incoming));
  const kept = current.filter((record) => record.key !== 'lastBackupAt');
  return Number.isFinite(later) ? [...kept, { key: 'lastBackupAt', value: later }] : kept;
}

function countMeta(current: readonly MetaRecord[], next: readonly MetaRecord[]): TableChange {
  const before = new Map(current.map((record) => [record.key, record.value]));
  const change: TableChange = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const record of next) {
    if (!before.has(record.key)) change.added++;
    else if (before.get(record.key) !== record.value) change.updated++;
    else change.unchanged++;
  }
  return change;
}

/** Samenvoegen: the records of the file to put into the database, by the rules above. */
export function planMerge(current: ReservekopieTables, incoming: ReservekopieTables): MergePlan {
  const annotations = mergeTable('annotations', MERGE_RULES.annotations, current.annotations, incoming.annotations);
  const meetings = mergeTable('meetings', MERGE_RULES.meetings, current.meetings, incoming.meetings);
  const agendaItems = mergeTable('agendaItems', MERGE_RULES.agendaItems, current.agendaItems, incoming.agendaItems);
  const questions = mergeTable('questions', MERGE_RULES.questions, current.questions, incoming.questions);
  const settings = mergeTable('settings', MERGE_RULES.settings, current.settings, incoming.settings);
  const readingPositions = mergeTable('readingPositions', MERGE_RULES.readingPositions, current.readingPositions, incoming.readingPositions);
  const trash = mergeTable('trash', MERGE_RULES.trash, current.trash, incoming.trash);
  const meta = metaAfterRestore(current.meta, incoming.meta);
  const imports = mergeTable('imports', MERGE_RULES.imports, current.imports, incoming.imports);
  const sharedQuestions = mergeTable('sharedQuestions', MERGE_RULES.sharedQuestions, current.sharedQuestions, incoming.sharedQuestions);
  return {
    tables: {
      annotations: annotations.put,
      meetings: meetings.put,
      agendaItems: agendaItems.put,
      questions: questions.put,
      settings: settings.put,
      readingPositions: readingPositions.put,
      trash: trash.put,
      meta,
      imports: imports.put,
      sharedQuestions: sharedQuestions.put,
    },
    changes: {
      annotations: annotations.change,
      meetings: meetings.change,
      agendaItems: agendaItems.change,
      questions: questions.change,
      settings: settings.change,
      readingPositions: readingPositions.change,
      trash: trash.change,
      meta: countMeta(current.meta, meta),
      imports: imports.change,
      sharedQuestions: sharedQuestions.change,
    },
  };
}

/** Vervangen: every table becomes the file's records (meta by its own rule). */
export function planReplace(current: ReservekopieTables, incoming: ReservekopieTables): MergePlan {
  const tables: ReservekopieTables = { ...incoming, meta: metaAfterRestore(current.meta, incoming.meta) };
  const changes = {} as MergePlan['changes'];
  for (const name of TABLE_NAMES) {
    const before = new Set(current[name].map((record) => keyOf(name, record)));
    const after = new Set(tables[name].map((record) => keyOf(name, record)));
    const added = [...after].filter((key) => !before.has(key)).length;
    const removed = [...before].filter((key) => !after.has(key)).length;
    changes[name] = { added, updated: after.size - added, unchanged: 0, removed };
  }
  return { tables, changes };
}
