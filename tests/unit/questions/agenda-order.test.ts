// Reordering on the agenda and within it, through the domain functions on a database of its
// own: an agendapunt moved up takes its questions (and their numbers) with it; a question moves
// only within its agendapunt's questions, joins another agendapunt when dropped on one of its
// questions, and goes to the end of a new agendapunt when its agendapunt is changed.
import { describe, expect, it } from 'vitest';
import type { LeestafelDatabase } from '../../../renderer/db/database';
import { addAgendaItem, agendaItemsOf, createMeeting, moveAgendaItem } from '../../../renderer/questions/meeting-store';
import { createQuestion, meetingWithQuestions, moveQuestion, placeQuestionAt, questionsOf, updateQuestion } from '../../../renderer/questions/question-store';
import { describeAddedQuestion } from '../../../renderer/questions/question-added';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('agenda-order');
const list = async (meetingId: string, database: LeestafelDatabase) =>
  (await questionsOf(meetingId, database)).map((q) => `${q.number}:${q.question}`);

async function setUp() {
  const database = freshDatabase();
  const meeting = await createMeeting({ name: 'Raad', date: '2026-03-12', kind: 'raad' }, database);
  // Made out of agenda order on purpose: 7 first, then 3.
  const a7 = await addAgendaItem(meeting.id, { number: '7', title: 'Begroting 2027' }, database);
  const a3 = await addAgendaItem(meeting.id, { number: '3', title: 'Kadernota 2022' }, database);
  const ids: Record<string, string> = {};
  for (const [text, agendaItemId] of [['B1', a7.id], ['vrij', undefined], ['K1', a3.id], ['B2', a7.id], ['K2', a3.id]] as const) {
    ids[text] = (await createQuestion({ meetingId: meeting.id, agendaItemId, question: text }, database)).id;
  }
  return { database, meeting, a7, a3, ids };
}

describe('agenda order', () => {
  it('moves an agendapunt up and down in one step each, clamped at the ends; its questions follow', async () => {
    const { database, meeting, a3, a7, ids } = await setUp();
    expect(await list(meeting.id, database)).toEqual(['1:B1', '2:B2', '3:K1', '4:K2', '5:vrij']);
    expect(await moveAgendaItem(a3.id, -1, database)).toBe(0);
    expect((await agendaItemsOf(meeting.id, database)).map((a) => [a.number, a.order])).toEqual([['3', 0], ['7', 1]]);
    expect(await list(meeting.id, database)).toEqual(['1:K1', '2:K2', '3:B1', '4:B2', '5:vrij']);
    expect(await moveAgendaItem(a3.id, -1, database)).toBe(0);
    expect(await moveAgendaItem(a7.id, 1, database)).toBe(1);
    // The notice after making a question names its number in griffie order.
    expect((await describeAddedQuestion((await database.questions.get(ids.B1!))!, database)).number).toBe(3);
  });

  it('reads a vergadering with its agenda and numbered questions at once, in the same agenda order', async () => {
    const { database, meeting, a3 } = await setUp();
    await moveAgendaItem(a3.id, -1, database);
    const read = await meetingWithQuestions(meeting.id, database);
    expect(read?.meeting).toEqual(meeting);
    expect(read?.agendaItems.map((a) => a.number)).toEqual(['3', '7']);
    expect(read?.questions.map((q) => `${q.number}:${q.question}`)).toEqual(['1:K1', '2:K2', '3:B1', '4:B2', '5:vrij']);
    expect(await meetingWithQuestions('weg', database)).toBeUndefined();
  });

  it('moves a question only within its agendapunt', async () => {
    const { database, meeting, ids } = await setUp();
    expect(await moveQuestion(ids.B2!, -1, database)).toBe(0);
    expect(await list(meeting.id, database)).toEqual(['1:B2', '2:B1', '3:K1', '4:K2', '5:vrij']);
    // At the top of its agendapunt: Omhoog does not cross into the agendapunt above.
    expect(await moveQuestion(ids.K1!, -1, database)).toBe(2);
    expect(await moveQuestion(ids.K1!, 1, database)).toBe(3);
    // The last of its agendapunt: Omlaag does not cross into the next one either.
    expect(await moveQuestion(ids.K1!, 1, database)).toBe(3);
    expect(await moveQuestion(ids.vrij!, -1, database)).toBe(4);
    expect(await list(meeting.id, database)).toEqual(['1:B2', '2:B1', '3:K2', '4:K1', '5:vrij']);
    expect((await database.questions.toArray()).map((q) => q.order).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('a question dropped on one of another agendapunt joins it at that place', async () => {
    const { database, meeting, a3, ids } = await setUp();
    // Down onto K1: after it, as a drop below takes the target's place.
    expect(await placeQuestionAt(ids.B1!, ids.K1!, database)).toBe(2);
    expect(await list(meeting.id, database)).toEqual(['1:B2', '2:K1', '3:B1', '4:K2', '5:vrij']);
    expect((await database.questions.get(ids.B1!))?.agendaItemId).toBe(a3.id);
    // Up onto B2: before it, leaving "zonder agendapunt".
    expect(await placeQuestionAt(ids.vrij!, ids.B2!, database)).toBe(0);
    expect(await list(meeting.id, database)).toEqual(['1:vrij', '2:B2', '3:K1', '4:B1', '5:K2']);
    // Within its own agendapunt a drop reorders it.
    expect(await placeQuestionAt(ids.K2!, ids.K1!, database)).toBe(2);
    expect(await list(meeting.id, database)).toEqual(['1:vrij', '2:B2', '3:K2', '4:K1', '5:B1']);
  });

  it('a question given another agendapunt (or none) goes to the end of that group', async () => {
    const { database, meeting, a7, ids } = await setUp();
    await updateQuestion(ids.K1!, { agendaItemId: a7.id }, database);
    expect(await list(meeting.id, database)).toEqual(['1:B1', '2:B2', '3:K1', '4:K2', '5:vrij']);
    await updateQuestion(ids.B1!, { agendaItemId: '' }, database);
    expect(await list(meeting.id, database)).toEqual(['1:B2', '2:K1', '3:K2', '4:vrij', '5:B1']);
    expect(await database.questions.get(ids.B1!)).not.toHaveProperty('agendaItemId');
  });
});
