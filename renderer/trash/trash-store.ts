/**
 * The Prullenbak over Dexie: a delete puts what it removed here (in its own transaction), the
 * Prullenbak lists it, puts it back exactly as it was, and forgets it only when the user
 * empties it or, at start-up, after TRASH_KEEP_DAYS days.
 */
import Dexie from 'dexie';
import { db, type LeestafelDatabase } from '../db/database';
import type { Meeting } from '../model/question';
import { TRASH_KEEP_DAYS, type TrashEntry, type TrashKind, type TrashedRecords } from '../model/trash';
import { putBack } from './put-back';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a delete hands to the Prullenbak. */
export interface TrashInput {
  kind: TrashKind;
  /** What the Prullenbak lists: a quote, a question's text, an agendapunt's label, a vergadering's name. */
  title: string;
  /** The records the delete removed or changed; lists left out are empty. */
  records: Partial<TrashedRecords>;
  /** When the delete happened (milliseconds since the epoch). */
  deletedAt: number;
}

/**
 * Puts what a delete removed into the Prullenbak. Call it inside the delete's own
 * `database.transaction('rw', [..., database.trash], …)`: the delete and its entry are then
 * stored together or not at all.
 */
export async function putInTrash(input: TrashInput, database: LeestafelDatabase = db): Promise<TrashEntry> {
  // Outside a transaction the entry would be written on its own, and a failed delete could
  // leave an entry behind (or a delete without one).
  if (!Dexie.currentTransaction) throw new Error('putInTrash runs inside the transaction of the delete.');
  const { annotations = [], meetings = [], agendaItems = [], questions = [], unlinkedQuestions = [], imports, sharedQuestions } = input.records;
  const entry: TrashEntry = {
    id: crypto.randomUUID(),
    kind: input.kind,
    title: input.title,
    deletedAt: input.deletedAt,
    records: { annotations, meetings, agendaItems, questions, unlinkedQuestions, ...(imports ? { imports, sharedQuestions: sharedQuestions ?? [] } : {}) },
  };
  await database.trash.add(entry);
  return entry;
}

/** Everything in the Prullenbak, the latest delete first. */
export async function listTrash(database: LeestafelDatabase = db): Promise<TrashEntry[]> {
  return database.trash.orderBy('deletedAt').reverse().toArray();
}

/**
 * The name and date of each vergadering the agendapunten and questions in `entries` belonged
 * to, by id: from the app, or from the Prullenbak when the vergadering was deleted too.
 */
export async function meetingsOfTrash(entries: readonly TrashEntry[], database: LeestafelDatabase = db): Promise<Map<string, Pick<Meeting, 'name' | 'date'>>> {
  const ids = [...new Set(entries.flatMap((entry) => [...entry.records.agendaItems, ...entry.records.questions].map((record) => record.meetingId)))];
  const stored = await database.meetings.bulkGet(ids);
  const trashed = entries.flatMap((entry) => entry.records.meetings);
  const names = new Map<string, Pick<Meeting, 'name' | 'date'>>();
  ids.forEach((id, index) => {
    const meeting = stored[index] ?? trashed.find((candidate) => candidate.id === id);
    if (meeting) names.set(id, { name: meeting.name, date: meeting.date });
  });
  return names;
}

/**
 * Puts an entry back exactly as it was and takes it out of the Prullenbak, in one transaction
 * (see put-back.ts for the rules). Resolves to the entry, or to undefined when it is no longer
 * in the Prullenbak; rejects with a Dutch message when it cannot go back yet, and then
 * changes nothing.
 */
export async function restoreFromTrash(id: string, database: LeestafelDatabase = db, now: number = Date.now()): Promise<TrashEntry | undefined> {
  const tables = [database.annotations, database.meetings, database.agendaItems, database.questions, database.trash, database.imports, database.sharedQuestions];
  return database.transaction('rw', tables, async () => {
    const entry = await database.trash.get(id);
    if (!entry) return undefined;
    await database.trash.delete(id);
    await putBack(entry, database, now);
    return entry;
  });
}

/** Empties the Prullenbak (the user asked for it, after a confirmation); resolves to how many entries went. */
export async function emptyTrash(database: LeestafelDatabase = db): Promise<number> {
  return database.transaction('rw', database.trash, async () => {
    const count = await database.trash.count();
    await database.trash.clear();
    return count;
  });
}

/** Removes the entries deleted more than TRASH_KEEP_DAYS days before `now`; resolves to how many. */
export async function purgeExpiredTrash(now: number = Date.now(), database: LeestafelDatabase = db): Promise<number> {
  return database.trash.where('deletedAt').below(now - TRASH_KEEP_DAYS * DAY_MS).delete();
}
