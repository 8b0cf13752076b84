// Two windows, one question: a save from the question editor names the version it started
// from, and the store refuses it (writing nothing) when the question changed or went since.
import { describe, expect, it } from 'vitest';
import { EditConflictError } from '../../../renderer/forms/edit-conflict';
import { createMeeting } from '../../../renderer/questions/meeting-store';
import { createQuestion, deleteQuestion, updateQuestion } from '../../../renderer/questions/question-store';
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
