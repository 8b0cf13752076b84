/**
 * Domain functions over vergaderingen and their agendapunten: create, change, delete (with
 * undo) and read. Multi-table writes run in one Dexie transaction. Deleting an agendapunt
 * keeps its questions (they lose the link); deleting a vergadering returns everything it
 * held so the deletion can be undone.
 */
import { db, type LeestafelDatabase } from '../db/database';
import type { AgendaItem, Meeting, MeetingKind, Question } from '../model/question';
import { MEETING_KINDS } from '../model/question';

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

/** A deleted vergadering with everything that belonged to it, to undo the deletion. */
export interface DeletedMeeting {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  questions: Question[];
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

/** Deletes a vergadering with its agendapunten and questions; returns them for undo. */
export async function deleteMeeting(id: string, database: LeestafelDatabase = db): Promise<DeletedMeeting | undefined> {
  return database.transaction('rw', [database.meetings, database.agendaItems, database.questions], async () => {
    const meeting = await database.meetings.get(id);
    if (!meeting) return undefined;
    const agendaItems = await database.agendaItems.where('meetingId').equals(id).toArray();
    const questions = await database.questions.where('meetingId').equals(id).toArray();
    await database.questions.bulkDelete(questions.map((q) => q.id));
    await database.agendaItems.bulkDelete(agendaItems.map((a) => a.id));
    await database.meetings.delete(id);
    return { meeting, agendaItems, questions };
  });
}

/** Puts a deleted vergadering back exactly as it was (undo). */
export async function restoreMeeting(deleted: DeletedMeeting, database: LeestafelDatabase = db): Promise<void> {
  await database.transaction('rw', [database.meetings, database.agendaItems, database.questions], async () => {
    await database.meetings.put(deleted.meeting);
    await database.agendaItems.bulkPut(deleted.agendaItems);
    await database.questions.bulkPut(deleted.questions);
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

/** Deletes an agendapunt; its questions stay in the vergadering, without agendapunt. */
export async function deleteAgendaItem(id: string, database: LeestafelDatabase = db): Promise<void> {
  await database.transaction('rw', [database.agendaItems, database.questions], async () => {
    const item = await database.agendaItems.get(id);
    if (!item) return;
    const linked = await database.questions.where('meetingId').equals(item.meetingId).filter((q) => q.agendaItemId === id).toArray();
    const now = Date.now();
    await database.questions.bulkPut(
      linked.map((question) => {
        const { agendaItemId: _dropped, ...rest } = question;
        return { ...rest, updatedAt: now };
      }),
    );
    await database.agendaItems.delete(id);
  });
}

/** The agendapunten of a vergadering in agenda order. */
export async function agendaItemsOf(meetingId: string, database: LeestafelDatabase = db): Promise<AgendaItem[]> {
  const items = await database.agendaItems.where('meetingId').equals(meetingId).toArray();
  return items.sort((a, b) => a.order - b.order);
}

/** "5a Kadernota 2022" from an agendapunt (the number only when there is one). */
export function agendaItemLabel(item: Pick<AgendaItem, 'number' | 'title'>): string {
  return item.number ? `${item.number} ${item.title}` : item.title;
}
