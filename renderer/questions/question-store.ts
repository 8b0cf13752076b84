/**
 * Domain functions over the questions of a vergadering: create, change, delete (into the Prullenbak),
 * number and reorder. A question's number is its place in griffie order (per agendapunt in agenda
 * order, see question-groups.ts); reordering moves a question within its agendapunt, or into
 * another one, and rewrites the order keys of that vergadering in one Dexie transaction. No
 * question is stored without text: create, change and recreate refuse one (question-text.ts).
 */
import { db, type LeestafelDatabase } from '../db/database';
import type { AgendaItem, Meeting, PassageReference, Priority, Question, QuestionKind, QuestionStatus } from '../model/question';
import { PRIORITIES, QUESTION_KINDS, STATUSES } from '../model/question';
import type { TrashEntry } from '../model/trash';
import { putInTrash } from '../trash/trash-store';
import { assertQuestionText } from './question-text';
import { assertUnchanged, EditConflictError, nextUpdatedAt, type ConflictMessages } from '../forms/edit-conflict';
import { renumbered, slotIn } from '../model/order-keys';
import { groupKeyOf, numberQuestions, withoutNumber, type NumberedQuestion } from './question-groups';

export { numberQuestions, type NumberedQuestion };

/** What a new question needs: its vergadering and its text; everything else has a default. */
export interface NewQuestion {
  meetingId: string;
  agendaItemId?: string;
  kind?: QuestionKind;
  /** Refused (EmptyQuestionError) when empty or only white space. */
  question: string;
  toelichting?: string;
  addressedTo?: string;
  priority?: Priority;
  status?: QuestionStatus;
  annotationId?: string;
  reference?: PassageReference;
}

/** The fields of a question the user may change. */
export type QuestionChanges = Partial<
  Pick<Question, 'agendaItemId' | 'kind' | 'question' | 'toelichting' | 'addressedTo' | 'priority' | 'status' | 'answer'>
>;

function checkCodes(changes: QuestionChanges): void {
  if (changes.kind !== undefined && !QUESTION_KINDS.has(changes.kind)) throw new RangeError(`Onbekende soort vraag: ${changes.kind}`);
  if (changes.priority !== undefined && !PRIORITIES.has(changes.priority)) throw new RangeError(`Onbekende prioriteit: ${changes.priority}`);
  if (changes.status !== undefined && !STATUSES.has(changes.status)) throw new RangeError(`Onbekende status: ${changes.status}`);
}

// Optional text fields are left out when empty rather than stored as ''.
function withoutEmptyOptionals(question: Question): Question {
  const next = { ...question };
  for (const key of ['agendaItemId', 'addressedTo', 'answer'] as const) {
    if (next[key] === undefined || next[key]?.trim() === '') delete next[key];
  }
  return next;
}

/** Adds a question at the end of its vergadering; refuses one without text (EmptyQuestionError). */
export async function createQuestion(input: NewQuestion, database: LeestafelDatabase = db): Promise<Question> {
  const changes: QuestionChanges = { kind: input.kind, priority: input.priority, status: input.status };
  checkCodes(changes);
  assertQuestionText(input.question);
  return database.transaction('rw', [database.meetings, database.agendaItems, database.questions], async () => {
    if (!(await database.meetings.get(input.meetingId))) throw new Error('Deze vergadering bestaat niet meer.');
    if (input.agendaItemId) {
      const item = await database.agendaItems.get(input.agendaItemId);
      if (item?.meetingId !== input.meetingId) throw new Error('Dit agendapunt hoort niet bij deze vergadering.');
    }
    const order = await nextOrder(input.meetingId, database);
    const now = Date.now();
    const question = withoutEmptyOptionals({
      id: crypto.randomUUID(),
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId,
      order,
      kind: input.kind ?? 'technische-vraag',
      question: input.question,
      toelichting: input.toelichting ?? '',
      addressedTo: input.addressedTo,
      priority: input.priority ?? 'normaal',
      status: input.status ?? 'concept',
      ...(input.annotationId ? { annotationId: input.annotationId } : {}),
      ...(input.reference ? { reference: input.reference } : {}),
      createdAt: now,
      updatedAt: now,
    });
    await database.questions.add(question);
    return question;
  });
}

const QUESTION_CONFLICT: ConflictMessages = {
  changed: 'Deze vraag is intussen in een ander venster gewijzigd.',
  deleted: 'Deze vraag is in een ander venster verwijderd.',
};

/** The question with this id as it is stored now, or undefined (for an editor's live query). */
export function findQuestion(id: string, database: LeestafelDatabase = db): Promise<Question | undefined> {
  return database.questions.get(id);
}

/**
 * Changes the fields of a question (an empty agendapunt, addressee or answer removes it) and
 * resolves to it as stored. A change of the text to nothing is refused (EmptyQuestionError); a
 * change that leaves the text alone is not, so an old question without text can still be moved.
 * With `expectedUpdatedAt` (the version an editor started from) the
 * change is refused with EditConflictError, writing nothing, when the stored question has
 * changed or is gone since: a save never overwrites a newer version.
 */
export async function updateQuestion(
  id: string,
  changes: QuestionChanges,
  database: LeestafelDatabase = db,
  expectedUpdatedAt?: number,
): Promise<Question> {
  checkCodes(changes);
  if (changes.question !== undefined) assertQuestionText(changes.question);
  return database.transaction('rw', [database.agendaItems, database.questions], async () => {
    const current = await database.questions.get(id);
    assertUnchanged(current, expectedUpdatedAt, QUESTION_CONFLICT);
    if (!current) throw new Error('Deze vraag bestaat niet meer.');
    if (changes.agendaItemId) {
      const item = await database.agendaItems.get(changes.agendaItemId);
      if (item?.meetingId !== current.meetingId) throw new Error('Dit agendapunt hoort niet bij deze vergadering.');
    }
    const next = withoutEmptyOptionals({ ...current, ...changes, updatedAt: nextUpdatedAt(current.updatedAt) });
    // A question that changes agendapunt joins the end of that agendapunt's questions.
    if ((next.agendaItemId ?? '') !== (current.agendaItemId ?? '')) next.order = await nextOrder(current.meetingId, database);
    await database.questions.put(next);
    return next;
  });
}

/** The order key after every question of the vergadering: the end of its list. */
async function nextOrder(meetingId: string, database: LeestafelDatabase): Promise<number> {
  const existing = await database.questions.where('meetingId').equals(meetingId).toArray();
  return existing.reduce((max, q) => Math.max(max, q.order + 1), 0);
}

/**
 * Stores again a question that was deleted in another window while it was being edited
 * (`deleted` as the editor last knew it, with the editor's `changes`), at its old place, and
 * takes its entry out of the Prullenbak so it is not there twice. Refused with
 * EditConflictError when the question is back already (put back from the Prullenbak, say).
 */
export async function recreateQuestion(deleted: Question, changes: QuestionChanges, database: LeestafelDatabase = db): Promise<Question> {
  checkCodes(changes);
  return database.transaction('rw', [database.meetings, database.agendaItems, database.questions, database.trash], async () => {
    const current = await database.questions.get(deleted.id);
    if (current) throw new EditConflictError(current, QUESTION_CONFLICT.changed);
    if (!(await database.meetings.get(deleted.meetingId))) throw new Error('De vergadering van deze vraag bestaat niet meer; zet haar terug uit de Prullenbak.');
    if (changes.agendaItemId) {
      const item = await database.agendaItems.get(changes.agendaItemId);
      if (item?.meetingId !== deleted.meetingId) throw new Error('Dit agendapunt bestaat niet meer; kies een ander agendapunt.');
    }
    // The editor may hold a numbered question; the number is not stored.
    const next = withoutEmptyOptionals({ ...withoutNumber(deleted), ...changes, updatedAt: nextUpdatedAt(deleted.updatedAt) });
    assertQuestionText(next.question);
    // Back at its old place, also when a reorder meanwhile gave its order key to another question.
    const present = (await database.questions.where('meetingId').equals(deleted.meetingId).toArray()).sort((a, b) => a.order - b.order);
    const [placed, ...moved] = slotIn(present, [next]);
    await database.questions.bulkPut(moved);
    // Only an entry of this question alone: a bigger delete (a vergadering) keeps its entry whole.
    await database.trash
      .filter((entry) => entry.kind === 'question' && entry.records.questions.length === 1 && entry.records.questions[0]?.id === deleted.id)
      .delete();
    await database.questions.add(placed!);
    return placed!;
  });
}

/**
 * Deletes a question into the Prullenbak (the delete and its entry in one transaction);
 * resolves to the entry, from which restoreFromTrash (trash/trash-store.ts) puts it back at its place.
 */
export async function deleteQuestion(id: string, database: LeestafelDatabase = db): Promise<TrashEntry | undefined> {
  return database.transaction('rw', [database.questions, database.trash], async () => {
    const current = await database.questions.get(id);
    if (!current) return undefined;
    await database.questions.delete(id);
    return putInTrash({ kind: 'question', title: current.question, records: { questions: [current] }, deletedAt: Date.now() }, database);
  });
}

/** The questions of a vergadering, numbered, in griffie order. */
export async function questionsOf(meetingId: string, database: LeestafelDatabase = db): Promise<NumberedQuestion[]> {
  return database.transaction('r', [database.agendaItems, database.questions], async () => {
    const [agendaItems, questions] = await Promise.all([
      database.agendaItems.where('meetingId').equals(meetingId).toArray(),
      database.questions.where('meetingId').equals(meetingId).toArray(),
    ]);
    return numberQuestions(questions, agendaItems);
  });
}

/** A vergadering with its agenda (in agenda order) and its numbered questions (in griffie order). */
export interface MeetingWithQuestions {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  questions: NumberedQuestion[];
}

/**
 * A vergadering, its agenda and its numbered questions, read in one transaction: a reorder
 * that commits in between can then never give the groups one agenda order and the numbers
 * another. Undefined when the vergadering does not exist.
 */
export async function meetingWithQuestions(meetingId: string, database: LeestafelDatabase = db): Promise<MeetingWithQuestions | undefined> {
  return database.transaction('r', [database.meetings, database.agendaItems, database.questions], async () => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) return undefined;
    const [agendaItems, questions] = await Promise.all([
      database.agendaItems.where('meetingId').equals(meetingId).toArray(),
      database.questions.where('meetingId').equals(meetingId).toArray(),
    ]);
    return { meeting, agendaItems: agendaItems.sort((a, b) => a.order - b.order), questions: numberQuestions(questions, agendaItems) };
  });
}

/** Writes order keys 0…n-1 in the given order, only where they changed (or the question did: `changedIds`). */
async function storeOrder(ordered: readonly Question[], database: LeestafelDatabase, changedIds?: ReadonlySet<string>): Promise<void> {
  await database.questions.bulkPut(renumbered(ordered.map(withoutNumber), changedIds));
}

/** A vergadering's questions and agendapunten, numbered, and where `id` sits among them. */
async function placeOf(id: string, database: LeestafelDatabase) {
  const question = await database.questions.get(id);
  if (!question) throw new Error('Deze vraag bestaat niet meer.');
  const agendaItems = await database.agendaItems.where('meetingId').equals(question.meetingId).toArray();
  const ordered = numberQuestions(await database.questions.where('meetingId').equals(question.meetingId).toArray(), agendaItems);
  const from = ordered.findIndex((q) => q.id === id);
  const group = groupKeyOf(question, agendaItems);
  const inGroup = ordered.map((q, i) => (groupKeyOf(q, agendaItems) === group ? i : -1)).filter((i) => i >= 0);
  return { agendaItems, ordered, from, first: inGroup[0]!, last: inGroup.at(-1)! };
}

/**
 * Moves a question one place up (-1) or down (+1), kept within its own agendapunt's questions
 * (clamped at their ends), and rewrites the vergadering's order keys 0…n-1, in one transaction.
 * Returns its new 0-based index in griffie order (its number minus one).
 */
export async function moveQuestion(id: string, direction: -1 | 1, database: LeestafelDatabase = db): Promise<number> {
  return database.transaction('rw', [database.agendaItems, database.questions], async () => {
    const { ordered, from, first, last } = await placeOf(id, database);
    const to = Math.max(first, Math.min(last, from + direction));
    ordered.splice(to, 0, ...ordered.splice(from, 1));
    await storeOrder(ordered, database);
    return to;
  });
}

/**
 * Puts a question at the place of `targetId` (a drop in the list): within its agendapunt it
 * moves there; on a question of another agendapunt it joins that agendapunt at that place.
 * One transaction; returns the new 0-based index.
 */
export async function placeQuestionAt(id: string, targetId: string, database: LeestafelDatabase = db): Promise<number> {
  return database.transaction('rw', [database.agendaItems, database.questions], async () => {
    const { agendaItems, ordered, from } = await placeOf(id, database);
    const target = ordered.findIndex((q) => q.id === targetId);
    if (target < 0 || target === from) return from;
    const [moved] = ordered.splice(from, 1);
    const group = groupKeyOf(ordered[target > from ? target - 1 : target]!, agendaItems);
    if (group === groupKeyOf(moved!, agendaItems)) {
      ordered.splice(target, 0, moved!);
      await storeOrder(ordered, database);
      return target;
    }
    // Into another agendapunt: in front of the target when moving up, after it when moving down.
    const { agendaItemId: _old, ...rest } = moved!;
    const joined = { ...rest, ...(group ? { agendaItemId: group } : {}), updatedAt: nextUpdatedAt(moved!.updatedAt) } as NumberedQuestion;
    ordered.splice(target, 0, joined);
    await storeOrder(ordered, database, new Set([id]));
    return ordered.indexOf(joined);
  });
}
