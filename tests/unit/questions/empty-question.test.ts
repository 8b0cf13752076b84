// No question is stored without text, whatever the path: createQuestion, updateQuestion and
// recreateQuestion refuse an empty or blank text (EmptyQuestionError) and write nothing; a
// question from a passage or an annotation without text is refused before a "Vragen zonder
// vergadering" is made for it; a change that leaves the text alone still passes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addAnnotation } from '../../../renderer/annotations/annotation-store';
import { buildAnchorText } from '../../../renderer/anchoring/anchor-text';
import { describeRange } from '../../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../../renderer/documents/model';
import { addAgendaItem, createMeeting } from '../../../renderer/questions/meeting-store';
import { createQuestionFromAnnotation, createQuestionFromPassage, startQuestionFromAnnotation } from '../../../renderer/questions/question-from-passage';
import { createQuestion, recreateQuestion, updateQuestion } from '../../../renderer/questions/question-store';
import { adoptQuestion, BLANK_DRAFT_MESSAGE } from '../../../renderer/questions/shared-questions';
import { EMPTY_QUESTION_MESSAGE, EmptyQuestionError, isBlankQuestion, questionTextProblem } from '../../../renderer/questions/question-text';
import { freshDatabases } from '../../support/fresh-database';

const kadernota = JSON.parse(readFileSync('renderer/public/documents/kadernota-2022-domein-3.json', 'utf8')) as DocumentModel;
const loadModel = async () => kadernota;
const freshDatabase = freshDatabases('empty-questions');
const anchorText = buildAnchorText(kadernota);
const quote = 'regelmatiger oefenen en het maken van afspraken met derde partijen';
const start = anchorText.text.indexOf(quote);
const BLANKS = ['', ' ', '   \n\t ', '\u00a0\u2003'];

describe('the rule', () => {
  it('calls empty, white space and non-breaking spaces blank, and anything else a question', () => {
    for (const text of [...BLANKS, undefined]) expect(isBlankQuestion(text)).toBe(true);
    expect(questionTextProblem(' ')).toBe('Vul de vraag in. Een vraag zonder tekst wordt niet bewaard.');
    expect(questionTextProblem(' Waarom? ')).toBeUndefined();
    expect(questionTextProblem('?')).toBeUndefined();
  });
});

describe('the store refuses a question without text', () => {
  it('createQuestion: throws EmptyQuestionError and stores nothing', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    for (const text of BLANKS) {
      const refused: unknown = await createQuestion({ meetingId: meeting.id, question: text }, database).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(EmptyQuestionError);
      expect((refused as Error).message).toBe(EMPTY_QUESTION_MESSAGE);
    }
    // Also when a caller leaves the text out altogether (an untyped path).
    await expect(createQuestion({ meetingId: meeting.id } as never, database)).rejects.toThrow(EMPTY_QUESTION_MESSAGE);
    expect(await database.questions.count()).toBe(0);
    const kept = await createQuestion({ meetingId: meeting.id, question: '  Wat kost het?  ' }, database);
    expect(kept.question).toBe('  Wat kost het?  ');
    expect(await database.questions.count()).toBe(1);
  });

  it('updateQuestion: refuses emptying the text and keeps the stored question as it was', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const item = await addAgendaItem(meeting.id, { number: '5', title: 'Kadernota' }, database);
    const question = await createQuestion({ meetingId: meeting.id, question: 'Wat kost het?' }, database);
    for (const text of BLANKS) {
      await expect(updateQuestion(question.id, { question: text, status: 'klaar' }, database)).rejects.toBeInstanceOf(EmptyQuestionError);
    }
    expect(await database.questions.get(question.id)).toEqual(question);
    // A change that leaves the text alone passes (status, agendapunt).
    const moved = await updateQuestion(question.id, { agendaItemId: item.id, status: 'klaar' }, database);
    expect(moved).toMatchObject({ question: 'Wat kost het?', agendaItemId: item.id, status: 'klaar' });
  });

  it('recreateQuestion ("Tekst bewaren"): refuses to store a deleted question again without text', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const question = await createQuestion({ meetingId: meeting.id, question: 'Wat kost het?' }, database);
    await database.questions.delete(question.id);
    await expect(recreateQuestion(question, { question: ' ' }, database)).rejects.toBeInstanceOf(EmptyQuestionError);
    expect(await database.questions.count()).toBe(0);
    expect((await recreateQuestion(question, { question: 'Wat kost het per jaar?' }, database)).question).toBe('Wat kost het per jaar?');
  });
});

describe('questions from a passage or an annotation', () => {
  it('refuses a passage without text before a "Vragen zonder vergadering" is made', async () => {
    const database = freshDatabase();
    const target = describeRange(anchorText.text, start, start + quote.length, 'p-67');
    await expect(createQuestionFromPassage(kadernota, target, {}, { database, today: '2026-03-01' })).rejects.toBeInstanceOf(EmptyQuestionError);
    await expect(createQuestionFromPassage(kadernota, target, { question: ' \n ' }, { database, today: '2026-03-01' })).rejects.toBeInstanceOf(EmptyQuestionError);
    expect([await database.meetings.count(), await database.questions.count()]).toEqual([0, 0]);
    const made = await createQuestionFromPassage(kadernota, target, { question: 'Met welke partijen?' }, { database, today: '2026-03-01' });
    expect(made).toMatchObject({ question: 'Met welke partijen?', reference: { quote, paragraphNumber: 2 } });
  });

  it('takes the typed text, else the note; an annotation without note and without typed text is refused', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const author = { naam: 'Anna', fractie: 'F' };
    const target = describeRange(anchorText.text, start, start + quote.length, 'p-67');
    const bare = await addAnnotation({ documentId: kadernota.id, documentVersion: kadernota.version, target, color: 'geel', author }, database);
    const noted = await addAnnotation({ documentId: kadernota.id, documentVersion: kadernota.version, target, color: 'geel', note: ' Welke partijen? ', author }, database);
    const dependencies = { database, loadModel };

    expect(await startQuestionFromAnnotation(noted.id, dependencies)).toMatchObject({ note: 'Welke partijen?', reference: { quote, paragraphNumber: 2 } });
    await expect(createQuestionFromAnnotation(bare.id, meeting.id, undefined, dependencies)).rejects.toBeInstanceOf(EmptyQuestionError);
    await expect(createQuestionFromAnnotation(bare.id, meeting.id, undefined, dependencies, '  ')).rejects.toBeInstanceOf(EmptyQuestionError);
    expect(await database.questions.count()).toBe(0);
    expect((await createQuestionFromAnnotation(noted.id, meeting.id, undefined, dependencies)).question).toBe('Welke partijen?');
    expect((await createQuestionFromAnnotation(bare.id, meeting.id, undefined, dependencies, 'Wie zijn de derde partijen?')).question).toBe('Wie zijn de derde partijen?');
  });
});

describe('a fractie member\'s draft', () => {
  it('is adopted with its text, and refused without, storing nothing', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const draft = (id: string, question: string) => ({
      id,
      origin: { importId: 'import-1', authorKey: 'bram' },
      author: { naam: 'Bram Jansen', fractie: 'CDA' },
      meetingId: meeting.id,
      kind: 'technische-vraag' as const,
      question,
      toelichting: '',
      createdAt: 1,
      updatedAt: 1,
    });
    await database.sharedQuestions.bulkAdd([draft('leeg', ' \n '), draft('vol', 'Wat kost de pilot?')]);
    await expect(adoptQuestion('leeg', database)).rejects.toThrow(BLANK_DRAFT_MESSAGE);
    expect(await database.questions.count()).toBe(0);
    const adopted = await adoptQuestion('vol', database);
    expect((await database.questions.get(adopted!))?.question).toBe('Wat kost de pilot?');
  });
});
