// Vergaderingen, agendapunten and questions through the domain functions, each test on its
// own database: numbering per vergadering, reordering in one transaction, statuses, undo (from
// the Prullenbak), and questions made from an annotation and from a selection in the kadernota.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LeestafelDatabase } from '../../../renderer/db/database';
import { addAnnotation } from '../../../renderer/annotations/annotation-store';
import { buildAnchorText } from '../../../renderer/anchoring/anchor-text';
import { describeRange } from '../../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../../renderer/documents/model';
import { addAgendaItem, agendaItemsOf, createMeeting, defaultMeeting, deleteAgendaItem, deleteMeeting, isIsoDate, listMeetings, updateAgendaItem, updateMeeting } from '../../../renderer/questions/meeting-store';
import { formatReference } from '../../../renderer/questions/passage-reference';
import { describeAddedQuestion } from '../../../renderer/questions/question-added';
import { createQuestionFromAnnotation, createQuestionFromPassage, FALLBACK_MEETING_NAME } from '../../../renderer/questions/question-from-passage';
import { createQuestion, deleteQuestion, moveQuestion, questionsOf, updateQuestion } from '../../../renderer/questions/question-store';
import { restoreFromTrash } from '../../../renderer/trash/trash-store';
import { freshDatabases } from '../../support/fresh-database';

const kadernota = JSON.parse(readFileSync('renderer/public/documents/kadernota-2022-domein-3.json', 'utf8')) as DocumentModel;
const loadModel = async (id: string) => {
  if (id !== kadernota.id) throw new Error(`unknown ${id}`);
  return kadernota;
};

const freshDatabase = freshDatabases('questions');

const texts = async (meetingId: string, database: LeestafelDatabase) => (await questionsOf(meetingId, database)).map((q) => `${q.number}:${q.question}`);

describe('vergaderingen and agendapunten', () => {
  it('creates, lists (latest first), changes and validates vergaderingen', async () => {
    const database = freshDatabase();
    const raad = await createMeeting({ name: ' Raadsvergadering ', date: '2026-03-12', kind: 'raad' }, database);
    await createMeeting({ name: 'Commissie Bestuur', date: '2026-02-26', kind: 'commissie' }, database);
    expect(raad.name).toBe('Raadsvergadering');
    expect((await listMeetings(database)).map((m) => m.date)).toEqual(['2026-03-12', '2026-02-26']);
    await updateMeeting(raad.id, { name: 'Raad 12 maart' }, database);
    expect((await database.meetings.get(raad.id))?.name).toBe('Raad 12 maart');
    await expect(createMeeting({ name: 'x', date: '2026-02-30', kind: 'raad' }, database)).rejects.toThrow('Vul een geldige datum in.');
    await expect(createMeeting({ name: ' ', date: '2026-02-03', kind: 'raad' }, database)).rejects.toThrow('Geef de vergadering een naam.');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('picks the next vergadering on or after today, else the latest', () => {
    const meeting = (id: string, date: string) => ({ id, name: id, date, kind: 'raad' as const, createdAt: 0, updatedAt: 0 });
    const list = [meeting('a', '2026-01-10'), meeting('b', '2026-03-12'), meeting('c', '2026-02-26')];
    expect(defaultMeeting(list, '2026-02-01')?.id).toBe('c');
    expect(defaultMeeting(list, '2026-03-12')?.id).toBe('b');
    expect(defaultMeeting(list, '2027-01-01')?.id).toBe('b');
    expect(defaultMeeting([], '2027-01-01')).toBeUndefined();
  });

  it('keeps agendapunten in order; deleting one keeps its questions without the link (the Prullenbak keeps it)', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const item5a = await addAgendaItem(meeting.id, { number: '5a', title: 'Kadernota 2022', documentIds: [kadernota.id, kadernota.id] }, database);
    await addAgendaItem(meeting.id, { number: '6', title: 'Rondvraag' }, database);
    expect((await agendaItemsOf(meeting.id, database)).map((i) => [i.number, i.title, i.documentIds])).toEqual([
      ['5a', 'Kadernota 2022', [kadernota.id]],
      ['6', 'Rondvraag', []],
    ]);
    const question = await createQuestion({ meetingId: meeting.id, agendaItemId: item5a.id, question: 'Waarom?' }, database);
    await deleteAgendaItem(item5a.id, database);
    const kept = await database.questions.get(question.id);
    expect(kept?.question).toBe('Waarom?');
    expect(kept).not.toHaveProperty('agendaItemId');
    const [entry] = await database.trash.toArray();
    expect(entry?.records.unlinkedQuestions).toEqual([{ questionId: question.id, agendaItemId: item5a.id, updatedAt: question.updatedAt }]);
  });

  it('changes an agendapunt: number, title and documents', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const item = await addAgendaItem(meeting.id, { number: '5', title: 'Kadernota' }, database);
    await updateAgendaItem(item.id, { number: ' 5a ', title: ' Kadernota 2022 ', documentIds: [kadernota.id] }, database);
    expect(await database.agendaItems.get(item.id)).toEqual({ ...item, number: '5a', title: 'Kadernota 2022', documentIds: [kadernota.id] });
    await expect(updateAgendaItem(item.id, { title: ' ' }, database)).rejects.toThrow('Geef het agendapunt een titel.');
  });

  it('deletes a vergadering with its agenda and questions into the Prullenbak, and undoes that', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    await addAgendaItem(meeting.id, { number: '1', title: 'Opening' }, database);
    await createQuestion({ meetingId: meeting.id, question: 'Vraag' }, database);
    const entry = await deleteMeeting(meeting.id, database);
    expect([await database.meetings.count(), await database.agendaItems.count(), await database.questions.count()]).toEqual([0, 0, 0]);
    expect(await database.trash.count()).toBe(1);
    await restoreFromTrash(entry!.id, database);
    expect([await database.meetings.count(), await database.agendaItems.count(), await database.questions.count()]).toEqual([1, 1, 1]);
    expect(await database.trash.count()).toBe(0);
  });
});

describe('questions', () => {
  it('numbers questions per vergadering with defaults, and refuses a foreign agendapunt', async () => {
    const database = freshDatabase();
    const a = await createMeeting({ name: 'A', date: '2026-03-12', kind: 'raad' }, database);
    const b = await createMeeting({ name: 'B', date: '2026-03-19', kind: 'commissie' }, database);
    const itemOfB = await addAgendaItem(b.id, { number: '2', title: 'Begroting' }, database);
    const first = await createQuestion({ meetingId: a.id, question: 'Een' }, database);
    await createQuestion({ meetingId: b.id, question: 'Ander' }, database);
    await createQuestion({ meetingId: a.id, question: 'Twee', addressedTo: '  ' }, database);
    expect(first).toMatchObject({ kind: 'technische-vraag', priority: 'normaal', status: 'concept', toelichting: '' });
    expect(await texts(a.id, database)).toEqual(['1:Een', '2:Twee']);
    expect(await texts(b.id, database)).toEqual(['1:Ander']);
    expect(await database.questions.get((await questionsOf(a.id, database))[1]!.id)).not.toHaveProperty('addressedTo');
    await expect(createQuestion({ meetingId: a.id, agendaItemId: itemOfB.id, question: 'Drie' }, database)).rejects.toThrow('hoort niet bij deze vergadering');
  });

  it('changes every field, and records the answer and status', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const question = await createQuestion({ meetingId: meeting.id, question: 'Eerste opzet' }, database);
    await updateQuestion(question.id, { kind: 'schriftelijke-vraag', question: 'Wat kost het?', toelichting: 'Zie € 1,2 mln.', addressedTo: 'Wethouder', priority: 'hoog', status: 'beantwoord', answer: 'Het kost € 1,2 miljoen.' }, database);
    expect(await database.questions.get(question.id)).toMatchObject({ kind: 'schriftelijke-vraag', question: 'Wat kost het?', toelichting: 'Zie € 1,2 mln.', addressedTo: 'Wethouder', priority: 'hoog', status: 'beantwoord', answer: 'Het kost € 1,2 miljoen.' });
    await expect(updateQuestion(question.id, { status: 'weg' as never }, database)).rejects.toThrow('Onbekende status: weg');
    const entry = await deleteQuestion(question.id, database);
    expect(await database.questions.count()).toBe(0);
    await restoreFromTrash(entry!.id, database);
    expect((await database.questions.get(question.id))?.answer).toBe('Het kost € 1,2 miljoen.');
  });

  it('reorders by one step, clamped at the ends, keeping numbers 1…n', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const ids: string[] = [];
    for (const text of ['A', 'B', 'C', 'D']) ids.push((await createQuestion({ meetingId: meeting.id, question: text }, database)).id);
    expect(await moveQuestion(ids[2]!, -1, database)).toBe(1);
    expect(await texts(meeting.id, database)).toEqual(['1:A', '2:C', '3:B', '4:D']);
    expect(await moveQuestion(ids[0]!, -1, database)).toBe(0);
    expect(await moveQuestion(ids[3]!, 1, database)).toBe(3);
    expect(await moveQuestion(ids[3]!, -1, database)).toBe(2);
    expect(await texts(meeting.id, database)).toEqual(['1:A', '2:C', '3:D', '4:B']);
    expect((await database.questions.toArray()).map((q) => q.order).sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('questions from passages', () => {
  const anchorText = buildAnchorText(kadernota);
  const quote = 'regelmatiger oefenen en het maken van afspraken met derde partijen';
  const start = anchorText.text.indexOf(quote);

  it('makes a question from an annotation with quote, section, paragraph and version', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    const item = await addAgendaItem(meeting.id, { number: '5a', title: 'Kadernota 2022', documentIds: [kadernota.id] }, database);
    const annotation = await addAnnotation(
      { documentId: kadernota.id, documentVersion: kadernota.version, target: describeRange(anchorText.text, start, start + quote.length, 'p-67'), color: 'geel', flag: 'technische-vraag', note: ' Welke partijen? ', author: { naam: 'Anna', fractie: 'F' } },
      database,
    );
    const question = await createQuestionFromAnnotation(annotation.id, undefined, undefined, { database, loadModel, today: '2026-03-01' });
    expect(question).toMatchObject({ meetingId: meeting.id, agendaItemId: item.id, kind: 'technische-vraag', question: 'Welke partijen?', annotationId: annotation.id });
    expect(question.reference).toMatchObject({
      documentId: kadernota.id,
      documentTitle: 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën',
      documentVersion: '1721c21047bdf1',
      sectionId: '3-03-een-veilige-informatievoorziening-en-privacybescherming',
      sectionNumber: '3.03',
      sectionTitle: '3.03 Een veilige informatievoorziening en privacybescherming',
      sectionPath: ['Wat willen we bereiken?'],
      paragraphNumber: 2,
      quote,
    });
    expect(question.reference!.target.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
    expect(formatReference(question.reference!)).toBe(
      'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën, § Wat willen we bereiken? › 3.03 Een veilige informatievoorziening en privacybescherming, alinea 2',
    );
  });

  it('puts a question without a vergadering into a new "Vragen zonder vergadering"', async () => {
    const database = freshDatabase();
    const annotation = await addAnnotation(
      { documentId: kadernota.id, documentVersion: kadernota.version, target: describeRange(anchorText.text, start, start + 20), color: 'groen', flag: 'motie-idee', author: { naam: 'Anna', fractie: 'F' } },
      database,
    );
    const question = await createQuestionFromAnnotation(annotation.id, undefined, undefined, { database, loadModel, today: '2026-03-01' }, 'Is dit een motie waard?');
    expect(question.kind).toBe('vraag-voor-de-vergadering');
    expect(await database.meetings.get(question.meetingId)).toMatchObject({ name: FALLBACK_MEETING_NAME, date: '2026-03-01', kind: 'overig' });
  });

  it('makes a question of a passage across list items (as the selection toolbar passes it)', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
    // The toolbar maps the selection onto the anchor text (dom-ranges.ts); list items are joined by "\n" there.
    const list = anchorText.blocks.find((span) => span.id === 'l-47')!;
    const start = anchorText.text.indexOf('elkaar.\nWe vergroten de maatschappelijke', list.start);
    const found = { start, end: start + 'elkaar.\nWe vergroten de maatschappelijke'.length };
    expect(found.end).toBeLessThanOrEqual(list.end);
    const question = await createQuestionFromPassage(kadernota, describeRange(anchorText.text, found.start, found.end, 'l-47'), { meetingId: meeting.id, question: 'Hoe?' }, { database });
    expect(question.reference).toMatchObject({ sectionNumber: '3.01', paragraphNumber: 2, quote: 'elkaar.\nWe vergroten de maatschappelijke' });
  });

  it('describes a question made in the reader by its number and vergadering, for the notice', async () => {
    const database = freshDatabase();
    const meeting = await createMeeting({ name: 'Raad – Begroting 2026', date: '2026-11-06', kind: 'raad' }, database);
    await createQuestion({ meetingId: meeting.id, question: 'Een' }, database);
    await createQuestion({ meetingId: meeting.id, question: 'Twee' }, database);
    const question = await createQuestionFromPassage(kadernota, describeRange(anchorText.text, start, start + 20), { meetingId: meeting.id, question: 'Drie' }, { database });
    expect(await describeAddedQuestion(question, database)).toEqual({ meetingId: meeting.id, meetingName: 'Raad – Begroting 2026', number: 3 });
  });
});
