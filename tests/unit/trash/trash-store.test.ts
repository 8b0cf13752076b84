// The Prullenbak, each test on its own database: every kind of delete leaves an entry with the
// exact records, restoring brings every table back equal field by field (the agendapunt links
// of questions included), a delete and its entry are stored together or not at all, and only
// entries older than 30 days are purged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAnnotation, deleteAnnotation } from '../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../renderer/anchoring/selectors';
import type { LeestafelDatabase } from '../../../renderer/db/database';
import { addAgendaItem, agendaItemsOf, createMeeting, deleteAgendaItem, deleteMeeting, moveAgendaItem } from '../../../renderer/questions/meeting-store';
import { createQuestion, deleteQuestion, moveQuestion, questionsOf, updateQuestion } from '../../../renderer/questions/question-store';
import { emptyTrash, listTrash, meetingsOfTrash, purgeExpiredTrash, putInTrash, restoreFromTrash } from '../../../renderer/trash/trash-store';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('trash');
const DAY = 24 * 60 * 60 * 1000;
const TEXT = 'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every table a delete touches, each sorted by id, to compare before and after. */
async function snapshot(database: LeestafelDatabase) {
  const byId = <T extends { id: string }>(records: T[]) => records.sort((a, b) => a.id.localeCompare(b.id));
  return {
    annotations: byId(await database.annotations.toArray()),
    meetings: byId(await database.meetings.toArray()),
    agendaItems: byId(await database.agendaItems.toArray()),
    questions: byId(await database.questions.toArray()),
  };
}

/** A vergadering with two agendapunten, three questions (two on agendapunt 5a) and an annotation. */
async function preparedDatabase() {
  const database = freshDatabase();
  const meeting = await createMeeting({ name: 'Raad – Kadernota', date: '2026-03-12', kind: 'raad' }, database);
  const item5a = await addAgendaItem(meeting.id, { number: '5a', title: 'Kadernota 2022', documentIds: ['kadernota-2022-domein-3'] }, database);
  const item6 = await addAgendaItem(meeting.id, { number: '6', title: 'Rondvraag' }, database);
  const first = await createQuestion({ meetingId: meeting.id, agendaItemId: item5a.id, question: 'Welke partijen?', addressedTo: 'Wethouder' }, database);
  const second = await createQuestion({ meetingId: meeting.id, agendaItemId: item5a.id, question: 'Wat kost het?', priority: 'hoog' }, database);
  const third = await createQuestion({ meetingId: meeting.id, agendaItemId: item6.id, question: 'Wanneer?' }, database);
  const annotation = await addAnnotation(
    { documentId: 'beleidskader', documentVersion: 'v1', target: describeRange(TEXT, 5, 32, 'p-442'), color: 'geel', flag: 'belangrijk', note: 'Navragen', tags: ['minima'], author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' } },
    database,
  );
  return { database, meeting, item5a, item6, first, second, third, annotation };
}

describe('each kind of delete goes to the Prullenbak and comes back exactly', () => {
  it('an annotation', async () => {
    const { database, annotation } = await preparedDatabase();
    const before = await snapshot(database);
    const entry = await deleteAnnotation(annotation.id, database);
    expect(await database.trash.toArray()).toEqual([
      {
        id: entry!.id,
        kind: 'annotation',
        title: '8 procent van onze inwoners',
        deletedAt: entry!.deletedAt,
        records: { annotations: [annotation], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] },
      },
    ]);
    expect(await database.annotations.get(annotation.id)).toBeUndefined();
    expect(await restoreFromTrash(entry!.id, database)).toEqual(entry);
    expect(await snapshot(database)).toEqual(before);
    expect(await database.trash.count()).toBe(0);
  });

  it('a question, at its old place', async () => {
    const { database, meeting, first } = await preparedDatabase();
    const before = await snapshot(database);
    const entry = await deleteQuestion(first.id, database);
    expect(entry).toMatchObject({ kind: 'question', title: 'Welke partijen?', records: { questions: [first], meetings: [], agendaItems: [], annotations: [], unlinkedQuestions: [] } });
    expect(await database.questions.where('meetingId').equals(meeting.id).count()).toBe(2);
    await restoreFromTrash(entry!.id, database);
    expect(await snapshot(database)).toEqual(before);
  });

  it('an agendapunt: its questions lose the link, and get it back (and their updatedAt) on restore', async () => {
    const { database, item5a, first, second } = await preparedDatabase();
    const before = await snapshot(database);
    const entry = await deleteAgendaItem(item5a.id, database);
    expect(entry).toMatchObject({
      kind: 'agendapunt',
      title: '5a Kadernota 2022',
      records: {
        agendaItems: [item5a],
        questions: [],
      },
    });
    expect(entry?.records.unlinkedQuestions).toHaveLength(2);
    expect(entry?.records.unlinkedQuestions).toEqual(
      expect.arrayContaining([
        { questionId: first.id, agendaItemId: item5a.id, updatedAt: first.updatedAt },
        { questionId: second.id, agendaItemId: item5a.id, updatedAt: second.updatedAt },
      ]),
    );
    const { agendaItemId: _a, ...firstWithout } = first;
    expect(await database.questions.get(first.id)).toEqual({ ...firstWithout, updatedAt: Math.max(entry!.deletedAt, first.updatedAt + 1) });
    await restoreFromTrash(entry!.id, database);
    expect(await snapshot(database)).toEqual(before);
  });

  it('a vergadering with its agendapunten and questions', async () => {
    const { database, meeting, item5a, item6, first, second, third } = await preparedDatabase();
    const before = await snapshot(database);
    const entry = await deleteMeeting(meeting.id, database);
    expect(entry?.kind).toBe('vergadering');
    expect(entry?.title).toBe('Raad – Kadernota');
    expect(entry?.records.meetings).toEqual([meeting]);
    expect(entry?.records.agendaItems).toEqual(expect.arrayContaining([item5a, item6]));
    expect(entry?.records.questions).toEqual(expect.arrayContaining([first, second, third]));
    expect([await database.meetings.count(), await database.agendaItems.count(), await database.questions.count()]).toEqual([0, 0, 0]);
    await restoreFromTrash(entry!.id, database);
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('restore rules', () => {
  it('lists the latest delete first, and says which vergadering an entry belonged to', async () => {
    const { database, meeting, first, item6 } = await preparedDatabase();
    const question = await deleteQuestion(first.id, database);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const agendapunt = await deleteAgendaItem(item6.id, database);
    const entries = await listTrash(database);
    expect(entries.map((entry) => entry.id)).toEqual([agendapunt!.id, question!.id]);
    expect(await meetingsOfTrash(entries, database)).toEqual(new Map([[meeting.id, { name: 'Raad – Kadernota', date: '2026-03-12' }]]));
  });

  it('keeps the changes made to a question after its agendapunt went, and relinks it', async () => {
    const { database, item5a, first } = await preparedDatabase();
    const entry = await deleteAgendaItem(item5a.id, database);
    // Within the same millisecond too: every change gets a later updatedAt than the last.
    await updateQuestion(first.id, { question: 'Welke derde partijen?' }, database);
    await restoreFromTrash(entry!.id, database, 1_900_000_000_000);
    expect(await database.questions.get(first.id)).toEqual({ ...first, question: 'Welke derde partijen?', updatedAt: 1_900_000_000_000 });
  });

  it('does not relink a question that got another agendapunt meanwhile', async () => {
    const { database, item5a, item6, first } = await preparedDatabase();
    const entry = await deleteAgendaItem(item5a.id, database);
    await updateQuestion(first.id, { agendaItemId: item6.id }, database);
    await restoreFromTrash(entry!.id, database);
    expect((await database.questions.get(first.id))?.agendaItemId).toBe(item6.id);
  });

  it('refuses a question whose vergadering is in the Prullenbak, changing nothing, until the vergadering is back', async () => {
    const { database, meeting, first } = await preparedDatabase();
    const question = await deleteQuestion(first.id, database);
    const vergadering = await deleteMeeting(meeting.id, database);
    const before = await snapshot(database);
    const trashBefore = await database.trash.toArray();
    await expect(restoreFromTrash(question!.id, database)).rejects.toThrow(
      'Zet eerst de vergadering „Raad – Kadernota” terug uit de Prullenbak: deze vraag hoort daarbij.',
    );
    expect(await snapshot(database)).toEqual(before);
    expect(await database.trash.toArray()).toEqual(trashBefore);
    await restoreFromTrash(vergadering!.id, database);
    await restoreFromTrash(question!.id, database);
    expect(await database.questions.get(first.id)).toEqual(first);
  });

  it('refuses an agendapunt whose vergadering is gone for good', async () => {
    const { database, meeting, item6 } = await preparedDatabase();
    const agendapunt = await deleteAgendaItem(item6.id, database);
    const vergadering = await deleteMeeting(meeting.id, database);
    await database.trash.delete(vergadering!.id);
    await expect(restoreFromTrash(agendapunt!.id, database)).rejects.toThrow(
      'De vergadering van dit agendapunt bestaat niet meer, dus dit agendapunt kan niet worden teruggezet.',
    );
    expect(await database.trash.get(agendapunt!.id)).toEqual(agendapunt);
  });

  it('a question deleted before its agendapunt comes back without it, and the agendapunt relinks it', async () => {
    const { database, item5a, first } = await preparedDatabase();
    const before = await snapshot(database);
    const question = await deleteQuestion(first.id, database);
    const agendapunt = await deleteAgendaItem(item5a.id, database);
    await restoreFromTrash(question!.id, database);
    const { agendaItemId: _a, ...withoutLink } = first;
    expect(await database.questions.get(first.id)).toEqual(withoutLink);
    await restoreFromTrash(agendapunt!.id, database);
    expect(await snapshot(database)).toEqual(before);
  });

  it('never overwrites a record that is in the app again', async () => {
    const { database, annotation } = await preparedDatabase();
    const entry = await deleteAnnotation(annotation.id, database);
    const newer = { ...annotation, note: 'Uit de reservekopie', updatedAt: annotation.updatedAt + 1 };
    await database.annotations.put(newer);
    await restoreFromTrash(entry!.id, database);
    expect(await database.annotations.get(annotation.id)).toEqual(newer);
  });

  it('resolves to undefined for an entry that is no longer there', async () => {
    const database = freshDatabase();
    expect(await restoreFromTrash('weg', database)).toBeUndefined();
  });
});

describe('a delete and its entry are one', () => {
  it('keeps the question when its entry cannot be stored', async () => {
    const { database, first, second } = await preparedDatabase();
    const entry = await deleteQuestion(first.id, database);
    // The next entry gets the id of the one already there, so storing it fails.
    vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce(entry!.id as ReturnType<typeof crypto.randomUUID>);
    await expect(deleteQuestion(second.id, database)).rejects.toThrow();
    expect(await database.questions.get(second.id)).toEqual(second);
    expect(await database.trash.toArray()).toEqual([entry]);
  });

  it('keeps the agendapunt and the links of its questions when its entry cannot be stored', async () => {
    const { database, annotation, item5a } = await preparedDatabase();
    const entry = await deleteAnnotation(annotation.id, database);
    const before = await snapshot(database);
    vi.spyOn(crypto, 'randomUUID').mockReturnValueOnce(entry!.id as ReturnType<typeof crypto.randomUUID>);
    await expect(deleteAgendaItem(item5a.id, database)).rejects.toThrow();
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses to write an entry outside the transaction of a delete', async () => {
    const database = freshDatabase();
    await expect(putInTrash({ kind: 'question', title: 'x', records: {}, deletedAt: 0 }, database)).rejects.toThrow('inside the transaction');
    expect(await database.trash.count()).toBe(0);
  });
});

describe('emptying and purging', () => {
  it('purges only the entries deleted more than 30 days before now', async () => {
    const database = freshDatabase();
    const now = Date.UTC(2026, 11, 3, 12);
    const at = (days: number, id: string) => ({ id, kind: 'question' as const, title: id, deletedAt: now - days * DAY, records: { annotations: [], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] } });
    await database.trash.bulkAdd([at(31, 'oud'), at(30, 'precies-30'), at(29, 'recent'), at(30 + 1 / (24 * 60), 'net-te-oud')]);
    expect(await purgeExpiredTrash(now, database)).toBe(2);
    expect((await database.trash.toArray()).map((entry) => entry.id).sort()).toEqual(['precies-30', 'recent']);
  });

  it('empties the Prullenbak when the user asks, and nothing else', async () => {
    const { database, first, annotation } = await preparedDatabase();
    await deleteQuestion(first.id, database);
    await deleteAnnotation(annotation.id, database);
    const before = await snapshot(database);
    expect(await emptyTrash(database)).toBe(2);
    expect(await database.trash.count()).toBe(0);
    expect(await snapshot(database)).toEqual(before);
  });
});

describe('what comes back from the Prullenbak goes back to its old place, whatever was reordered meanwhile', () => {
  it('an agendapunt whose old order key a reorder gave to another', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const items = [];
    for (const title of ['A', 'B', 'C']) items.push(await addAgendaItem(meeting.id, { number: '', title }, database));
    const agenda = async () => (await agendaItemsOf(meeting.id, database)).map((item) => `${item.order}:${item.title}`);
    const entry = await deleteAgendaItem(items[0]!.id, database);
    await moveAgendaItem(items[2]!.id, -1, database);
    expect(await agenda()).toEqual(['0:C', '1:B']);
    await restoreFromTrash(entry!.id, database);
    // A had key 0, which C holds now: A goes in front of C, and no two share a key.
    expect(await agenda()).toEqual(['0:A', '1:C', '2:B']);
  });

  it('a question whose old order key a reorder gave to another; its numbers follow', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const ids: string[] = [];
    for (const text of ['A', 'B', 'C']) ids.push((await createQuestion({ meetingId: meeting.id, question: text }, database)).id);
    const entry = await deleteQuestion(ids[0]!, database);
    await moveQuestion(ids[2]!, -1, database);
    await restoreFromTrash(entry!.id, database);
    expect((await questionsOf(meeting.id, database)).map((q) => `${q.number}:${q.question}:${q.order}`)).toEqual(['1:A:0', '2:C:1', '3:B:2']);
  });

  it('everything keeps its key where no key is taken', async () => {
    const { database, meeting, first, second, third } = await preparedDatabase();
    const entry = await deleteQuestion(second.id, database);
    await restoreFromTrash(entry!.id, database);
    expect((await questionsOf(meeting.id, database)).map((q) => [q.id, q.order])).toEqual([[first.id, first.order], [second.id, second.order], [third.id, third.order]]);
  });
});
