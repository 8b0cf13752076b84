// Two windows, one question: a save from the question editor names the version it started
// from, and the store refuses it (writing nothing) when the question changed or went since; a
// deleted question can be stored again with the editor's text.
import { describe, expect, it } from 'vitest';
import { EditConflictError } from '../../../renderer/forms/edit-conflict';
import { addAgendaItem, createMeeting, deleteMeeting } from '../../../renderer/questions/meeting-store';
import { createQuestion, deleteQuestion, moveQuestion, numberQuestions, recreateQuestion, updateQuestion } from '../../../renderer/questions/question-store';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('question-conflict');

async function opened() {
  const database = freshDatabase();
  const meeting = await createMeeting({ name: 'Commissie Bestuur', date: '2026-02-26', kind: 'commissie' }, database);
  const question = await createQuestion({ meetingId: meeting.id, question: 'Wat kost het?' }, database);
  return { database, question };
}

describe('updateQuestion with the version the editor started from', () => {
  it('refuses a stale version and leaves the stored question unchanged', async () => {
    const { database, question } = await opened();
    const elsewhere = await updateQuestion(question.id, { question: 'Wat kost het per jaar?' }, database, question.updatedAt);
    const failure: unknown = await updateQuestion(question.id, { question: 'Wie betaalt het?', status: 'klaar' }, database, question.updatedAt).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EditConflictError);
    expect(failure).toMatchObject({ message: 'Deze vraag is intussen in een ander venster gewijzigd.', current: elsewhere });
    expect(await database.questions.get(question.id)).toEqual(elsewhere);
  });

  it('saves with the current version', async () => {
    const { database, question } = await opened();
    const saved = await updateQuestion(question.id, { question: 'Wie betaalt het?', addressedTo: 'Wethouder' }, database, question.updatedAt);
    expect(await database.questions.get(question.id)).toEqual({ ...question, question: 'Wie betaalt het?', addressedTo: 'Wethouder', updatedAt: saved.updatedAt });
  });

  it('says when the question was deleted', async () => {
    const { database, question } = await opened();
    await deleteQuestion(question.id, database);
    const failure: unknown = await updateQuestion(question.id, { question: 'Nog bezig' }, database, question.updatedAt).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EditConflictError);
    expect(failure).toMatchObject({ message: 'Deze vraag is in een ander venster verwijderd.', current: undefined });
    expect(await database.questions.get(question.id)).toBeUndefined();
  });
});

describe('recreateQuestion (Tekst bewaren)', () => {
  it('stores a deleted question again with the editor’s text, at its place, and takes it out of the Prullenbak', async () => {
    const { database, question } = await opened();
    const second = await createQuestion({ meetingId: question.meetingId, question: 'Wie betaalt het?' }, database);
    await deleteQuestion(question.id, database);
    expect(await database.trash.count()).toBe(1);

    // The editor holds the question as the list numbered it; the number is not stored.
    const [numbered] = numberQuestions([question]);
    const kept = await recreateQuestion(numbered!, { question: 'Wat kost het per inwoner?', answer: '' }, database);
    expect(await database.questions.get(question.id)).toEqual({ ...question, question: 'Wat kost het per inwoner?', updatedAt: kept.updatedAt });
    expect(kept.updatedAt).toBeGreaterThan(question.updatedAt);
    expect(await database.trash.count()).toBe(0);
    expect((await database.questions.toArray()).sort((a, b) => a.order - b.order).map((q) => q.id)).toEqual([question.id, second.id]);

    // Put back meanwhile (from the Prullenbak, in a third window): a conflict, not a second copy.
    const again: unknown = await recreateQuestion(question, { question: 'Nog eens' }, database).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(EditConflictError);
    expect(again).toMatchObject({ current: kept });
  });

  it('goes back in front of the question a reorder gave its order key to', async () => {
    const { database, question } = await opened();
    const second = await createQuestion({ meetingId: question.meetingId, question: 'Wie betaalt het?' }, database);
    const third = await createQuestion({ meetingId: question.meetingId, question: 'Wanneer?' }, database);
    await deleteQuestion(question.id, database);
    await moveQuestion(third.id, -1, database);
    await recreateQuestion(question, { question: 'Wat kost het per inwoner?' }, database);
    const stored = (await database.questions.toArray()).sort((a, b) => a.order - b.order);
    expect(stored.map((q) => `${q.order}:${q.question}`)).toEqual([`0:Wat kost het per inwoner?`, `1:${third.question}`, `2:${second.question}`]);
  });

  it('refuses, writing nothing, when its vergadering or its agendapunt is gone', async () => {
    const { database, question } = await opened();
    const item = await addAgendaItem(question.meetingId, { number: '4', title: 'Woonvisie' }, database);
    await deleteQuestion(question.id, database);
    const wrongItem: unknown = await recreateQuestion(question, { agendaItemId: 'weg' }, database).catch((error: unknown) => error);
    expect(wrongItem).toMatchObject({ message: 'Dit agendapunt bestaat niet meer; kies een ander agendapunt.' });
    await deleteMeeting(question.meetingId, database);
    const trashBefore = await database.trash.toArray();
    const noMeeting: unknown = await recreateQuestion(question, { question: 'Nog bezig', agendaItemId: item.id }, database).catch((error: unknown) => error);
    expect(noMeeting).toMatchObject({ message: 'De vergadering van deze vraag bestaat niet meer; zet haar terug uit de Prullenbak.' });
    expect(await database.questions.count()).toBe(0);
    expect(await database.trash.toArray()).toEqual(trashBefore);
  });
});
