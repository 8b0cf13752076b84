/**
 * Domain functions over vergaderingen and their agendapunten: create, change, delete (into the
 * Prullenbak), reorder and read. Multi-table writes run in one Dexie transaction. Deleting an agendapunt
 * keeps its questions (they lose the link, which the Prullenbak keeps); deleting a vergadering
 * puts it in the Prullenbak with its agendapunten and questions.
 */
import { db, type LeestafelDatabase } from '../db/database';
import type { AgendaItem, Meeting, MeetingKind } from '../model/question';
import { MEETING_KINDS } from '../model/question';
import type { TrashEntry } from '../model/trash';
import { putInTrash } from '../trash/trash-store';
import { nextUpdatedAt } from '../forms/edit-conflict';
import { renumbered } from '../model/order-keys';
import { agendaItemLabel } from './question-groups';

// Its home is the pure question-groups.ts (group headings use it); the forms import it from here.
export { agendaItemLabel };

/** What the user fills in for a new vergadering. */
export interface NewMeeting {
  name: string;
  /** yyyy-mm-dd. */
  date: string;
  kind: MeetingKind;
}

/** What the user fills in for an agendapunt. */
export interface NewAgendaItem {
  number: string;
  title: string;
  documentIds?: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `date` is a real calendar date written as yyyy-mm-dd. */
export function isIsoDate(date: string): boolean {
  const match = ISO_DATE.exec(date);
  if (!match) return false;
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return parsed.toISOString().slice(0, 10) === date;
}

function checkedMeeting(input: NewMeeting): NewMeeting {
  const name = input.name.trim();
  if (name === '') throw new RangeError('Geef de vergadering een naam.');
  if (!isIsoDate(input.date)) throw new RangeError('Vul een geldige datum in.');
  if (!MEETING_KINDS.has(input.kind)) throw new RangeError(`Onbekende soort vergadering: ${input.kind}`);
  return { name, date: input.date, kind: input.kind };
}

/** Creates a vergadering. */
export async function createMeeting(input: NewMeeting, database: LeestafelDatabase = db): Promise<Meeting> {
  const now = Date.now();
  const meeting: Meeting = { id: crypto.randomUUID(), ...checkedMeeting(input), createdAt: now, updatedAt: now };
  await database.meetings.add(meeting);
  return meeting;
}

/** Changes a vergadering's name, date or kind. */
export async function updateMeeting(id: string, changes: Partial<NewMeeting>, database: LeestafelDatabase = db): Promise<void> {
  await database.transaction('rw', database.meetings, async () => {
    const current = await database.meetings.get(id);
    if (!current) throw new Error('Deze vergadering bestaat niet meer.');
    const next = checkedMeeting({ name: changes.name ?? current.name, date: changes.date ?? current.date, kind: changes.kind ?? current.kind });
    await database.meetings.put({ ...current, ...next, updatedAt: Date.now() });
  });
}

/**
 * Deletes a vergadering with its agendapunten and questions into the Prullenbak, in one
 * transaction; resolves to the entry, from which restoreFromTrash puts everything back.
 */
export async function deleteMeeting(id: string, database: LeestafelDatabase = db): Promise<TrashEntry | undefined> {
  return database.transaction('rw', [database.meetings, database.agendaItems, database.questions, database.trash], async () => {
    const meeting = await database.meetings.get(id);
    if (!meeting) return undefined;
    const agendaItems = await database.agendaItems.where('meetingId').equals(id).toArray();
    const questions = await database.questions.where('meetingId').equals(id).toArray();
    await database.questions.bulkDelete(questions.map((q) => q.id));
    await database.agendaItems.bulkDelete(agendaItems.map((a) => a.id));
    await database.meetings.delete(id);
    const records = { meetings: [meeting], agendaItems, questions };
    return putInTrash({ kind: 'vergadering', title: meeting.name, records, deletedAt: Date.now() }, database);
  });
}

/** Every vergadering, the most recent date first. */
export async function listMeetings(database: LeestafelDatabase = db): Promise<Meeting[]> {
  return (await database.meetings.orderBy('date').reverse().toArray());
}

/** One vergadering, or undefined. */
export function getMeeting(id: string, database: LeestafelDatabase = db): Promise<Meeting | undefined> {
  return database.meetings.get(id);
}

/**
 * The vergadering a question goes to when the user did not pick one: the first one on or
 * after `today`, else the latest one; undefined when there is none.
 */
export function defaultMeeting(meetings: readonly Meeting[], today: string): Meeting | undefined {
  const byDate = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  return byDate.find((meeting) => meeting.date >= today) ?? byDate.at(-1);
}

function checkedAgendaItem(input: NewAgendaItem): Required<NewAgendaItem> {
  const number = input.number.trim();
  const title = input.title.trim();
  if (title === '') throw new RangeError('Geef het agendapunt een titel.');
  return { number, title, documentIds: [...new Set(input.documentIds ?? [])] };
}

/** Adds an agendapunt at the end of a vergadering's agenda. */
export async function addAgendaItem(meetingId: string, input: NewAgendaItem, database: LeestafelDatabase = db): Promise<AgendaItem> {
  return database.transaction('rw', [database.meetings, database.agendaItems], async () => {
    if (!(await database.meetings.get(meetingId))) throw new Error('Deze vergadering bestaat niet meer.');
    const existing = await database.agendaItems.where('meetingId').equals(meetingId).toArray();
    const order = existing.reduce((max, item) => Math.max(max, item.order + 1), 0);
    const item: AgendaItem = { id: crypto.randomUUID(), meetingId, ...checkedAgendaItem(input), order };
    await database.agendaItems.add(item);
    return item;
  });
}

/** Changes an agendapunt's number, title or documents. */
export async function updateAgendaItem(id: string, changes: Partial<NewAgendaItem>, database: LeestafelDatabase = db): Promise<void> {
  await database.transaction('rw', database.agendaItems, async () => {
    const current = await database.agendaItems.get(id);
    if (!current) throw new Error('Dit agendapunt bestaat niet meer.');
    const next = checkedAgendaItem({
      number: changes.number ?? current.number,
      title: changes.title ?? current.title,
      documentIds: changes.documentIds ?? current.documentIds,
    });
    await database.agendaItems.put({ ...current, ...next });
  });
}

/**
 * Deletes an agendapunt into the Prullenbak, in one transaction; its questions stay in the
 * vergadering without agendapunt, and the entry remembers their link so that putting the
 * agendapunt back relinks them. Resolves to the entry.
 */
export async function deleteAgendaItem(id: string, database: LeestafelDatabase = db): Promise<TrashEntry | undefined> {
  return database.transaction('rw', [database.agendaItems, database.questions, database.trash], async () => {
    const item = await database.agendaItems.get(id);
    if (!item) return undefined;
    const linked = await database.questions.where('meetingId').equals(item.meetingId).filter((q) => q.agendaItemId === id).toArray();
    const now = Date.now();
    await database.questions.bulkPut(
      linked.map((question) => {
        const { agendaItemId: _dropped, ...rest } = question;
        return { ...rest, updatedAt: nextUpdatedAt(question.updatedAt, now) };
      }),
    );
    await database.agendaItems.delete(id);
    const unlinkedQuestions = linked.map((question) => ({ questionId: question.id, agendaItemId: id, updatedAt: question.updatedAt }));
    return putInTrash({ kind: 'agendapunt', title: agendaItemLabel(item), records: { agendaItems: [item], unlinkedQuestions }, deletedAt: now }, database);
  });
}

/**
 * Moves an agendapunt one place up (-1) or down (+1) on its agenda, clamped at the ends, and
 * rewrites the agenda's order keys 0…n-1, in one transaction. Returns its new 0-based place.
 * Its questions go with it: their numbers follow the agenda (see question-groups.ts).
 */
export async function moveAgendaItem(id: string, direction: -1 | 1, database: LeestafelDatabase = db): Promise<number> {
  return database.transaction('rw', database.agendaItems, async () => {
    const item = await database.agendaItems.get(id);
    if (!item) throw new Error('Dit agendapunt bestaat niet meer.');
    const ordered = await agendaItemsOf(item.meetingId, database);
    const from = ordered.findIndex((a) => a.id === id);
    const to = Math.max(0, Math.min(ordered.length - 1, from + direction));
    ordered.splice(to, 0, ...ordered.splice(from, 1));
    await database.agendaItems.bulkPut(renumbered(ordered));
    return to;
  });
}

/** The agendapunten of a vergadering in agenda order. */
export async function agendaItemsOf(meetingId: string, database: LeestafelDatabase = db): Promise<AgendaItem[]> {
  const items = await database.agendaItems.where('meetingId').equals(meetingId).toArray();
  return items.sort((a, b) => a.order - b.order);
}
