/**
 * The rules for putting a Prullenbak entry back, run inside the restore's transaction:
 *
 * - Every record comes back exactly as it was stored. A record whose id is in the app again
 *   (brought back from a reservekopie, say) is left as it is now: the Prullenbak never
 *   overwrites.
 * - An agendapunt or question needs its vergadering. When the vergadering is gone, nothing is
 *   changed and the user is told (in Dutch) to put the vergadering back first; the entry stays.
 * - A question whose agendapunt is gone comes back without it; when that agendapunt is in the
 *   Prullenbak, the link is kept in the agendapunt's entry, so putting the agendapunt back
 *   relinks the question.
 * - An agendapunt or question goes back to its old place among the agendapunten or questions its
 *   vergadering has now: where a reorder gave its old key to another, it goes in front of that one
 *   and the list is renumbered (model/order-keys.ts), so the order never depends on chance.
 * - An agendapunt relinks the questions it lost, unless a question has been deleted, moved to
 *   another vergadering or given another agendapunt since. A question not changed since gets
 *   its old `updatedAt` back (so it is exactly as before); a changed one keeps its changes.
 */
import type { LeestafelDatabase } from '../db/database';
import { nextUpdatedAt } from '../forms/edit-conflict';
import { slotIn, type Ordered } from '../model/order-keys';
import type { AgendaItem, Question } from '../model/question';
import type { TrashEntry } from '../model/trash';

/** The records whose id is not stored (`stored` reads the table); the ones that are stay as they are. */
async function notStored<T extends { id: string }>(records: readonly T[], stored: (ids: string[]) => Promise<unknown[]>): Promise<T[]> {
  if (records.length === 0) return [];
  const present = await stored(records.map((record) => record.id));
  return records.filter((_, index) => present[index] === undefined);
}

/** One table of records in a vergadering's order: how to read a vergadering's records and store some. */
interface OrderedTable<T> {
  inMeeting: (meetingId: string) => Promise<T[]>;
  store: (records: T[]) => Promise<unknown>;
}

/**
 * `records` (none stored yet) with keys that fit among their vergadering's records in `table`;
 * the stored records whose key had to change are rewritten here.
 */
async function slotIntoMeetings<T extends Ordered & { meetingId: string }>(records: readonly T[], table: OrderedTable<T>): Promise<T[]> {
  const placed: T[] = [];
  for (const meetingId of new Set(records.map((record) => record.meetingId))) {
    const returning = records.filter((record) => record.meetingId === meetingId);
    const present = (await table.inMeeting(meetingId)).sort((a, b) => a.order - b.order);
    const back = new Set(returning.map((record) => record.id));
    const written = slotIn(present, returning);
    await table.store(written.filter((record) => !back.has(record.id)));
    placed.push(...written.filter((record) => back.has(record.id)));
  }
  return placed;
}

/** Refuses, with a Dutch message, when an agendapunt or question of the entry has no vergadering to go to. */
async function requireMeetings(entry: TrashEntry, database: LeestafelDatabase): Promise<void> {
  const { meetings, agendaItems, questions } = entry.records;
  const own = new Set(meetings.map((meeting) => meeting.id));
  const needed = [...new Set([...agendaItems, ...questions].map((record) => record.meetingId))].filter((id) => !own.has(id));
  const found = await database.meetings.bulkGet(needed);
  const missing = needed.find((_, index) => found[index] === undefined);
  if (missing === undefined) return;
  const what = entry.kind === 'agendapunt' ? 'dit agendapunt' : 'deze vraag';
  const trashed = (await database.trash.toArray()).flatMap((other) => other.records.meetings).find((meeting) => meeting.id === missing);
  throw new Error(
    trashed
      ? `Zet eerst de vergadering „${trashed.name}” terug uit de Prullenbak: ${what} hoort daarbij.`
      : `De vergadering van ${what} bestaat niet meer, dus ${what} kan niet worden teruggezet.`,
  );
}

/**
 * The entry's questions as they can go back: a link to an agendapunt that is neither in the app
 * nor in this entry is taken off, and kept in that agendapunt's Prullenbak entry when it has one.
 */
async function withExistingAgendaItems(entry: TrashEntry, database: LeestafelDatabase): Promise<Question[]> {
  const own = new Set(entry.records.agendaItems.map((item) => item.id));
  const result: Question[] = [];
  for (const question of entry.records.questions) {
    const agendaItemId = question.agendaItemId;
    if (agendaItemId === undefined || own.has(agendaItemId) || (await database.agendaItems.get(agendaItemId))) {
      result.push(question);
      continue;
    }
    const { agendaItemId: _gone, ...unlinked } = question;
    result.push(unlinked);
    const holder = await database.trash.filter((other) => other.records.agendaItems.some((item) => item.id === agendaItemId)).first();
    if (holder) {
      const link = { questionId: question.id, agendaItemId, updatedAt: question.updatedAt };
      await database.trash.put({ ...holder, records: { ...holder.records, unlinkedQuestions: [...holder.records.unlinkedQuestions, link] } });
    }
  }
  return result;
}

/** Gives the questions an agendapunt lost their link back, where that is still right. */
async function relinkQuestions(entry: TrashEntry, database: LeestafelDatabase, now: number): Promise<void> {
  for (const link of entry.records.unlinkedQuestions) {
    const [question, item] = await Promise.all([database.questions.get(link.questionId), database.agendaItems.get(link.agendaItemId)]);
    if (!question || !item || question.agendaItemId !== undefined || question.meetingId !== item.meetingId) continue;
    // Unlinking wrote nextUpdatedAt(link.updatedAt, deletedAt); every later change wrote more.
    const unchanged = question.updatedAt <= nextUpdatedAt(link.updatedAt, entry.deletedAt);
    const updatedAt = unchanged ? link.updatedAt : nextUpdatedAt(question.updatedAt, now);
    await database.questions.put({ ...question, agendaItemId: link.agendaItemId, updatedAt });
  }
}

/** Puts the records of `entry` back by the rules above; call it inside a transaction over every table. */
export async function putBack(entry: TrashEntry, database: LeestafelDatabase, now: number): Promise<void> {
  await requireMeetings(entry, database);
  const questions = await withExistingAgendaItems(entry, database);
  const { meetings, agendaItems, annotations } = entry.records;
  await database.meetings.bulkAdd(await notStored(meetings, (ids) => database.meetings.bulkGet(ids)));
  const agendaTable: OrderedTable<AgendaItem> = {
    inMeeting: (meetingId) => database.agendaItems.where('meetingId').equals(meetingId).toArray(),
    store: (records) => database.agendaItems.bulkPut(records),
  };
  const questionTable: OrderedTable<Question> = {
    inMeeting: (meetingId) => database.questions.where('meetingId').equals(meetingId).toArray(),
    store: (records) => database.questions.bulkPut(records),
  };
  await database.agendaItems.bulkAdd(await slotIntoMeetings(await notStored(agendaItems, (ids) => database.agendaItems.bulkGet(ids)), agendaTable));
  await database.questions.bulkAdd(await slotIntoMeetings(await notStored(questions, (ids) => database.questions.bulkGet(ids)), questionTable));
  await database.annotations.bulkAdd(await notStored(annotations, (ids) => database.annotations.bulkGet(ids)));
  await database.imports.bulkAdd(await notStored(entry.records.imports ?? [], (ids) => database.imports.bulkGet(ids)));
  await database.sharedQuestions.bulkAdd(await notStored(entry.records.sharedQuestions ?? [], (ids) => database.sharedQuestions.bulkGet(ids)));
  await relinkQuestions(entry, database, now);
}
