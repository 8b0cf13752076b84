/**
 * Question drafts of fractie members on a vergadering: listed under their author, and adopted
 * into the own list of questions (with their quote and vindplaats) with one action, once.
 */
import { db, type LeestafelDatabase } from '../db/database';
import type { SharedQuestion } from '../model/shared';
import { createQuestion } from './question-store';
import { isBlankQuestion } from './question-text';

/** Why a draft without text cannot be adopted (no question is stored without text). */
export const BLANK_DRAFT_MESSAGE = 'Deze conceptvraag heeft geen tekst en kan daarom niet worden overgenomen.';

/** The drafts of fractie members for a vergadering, in the order they were made. */
export async function sharedQuestionsOf(meetingId: string, database: LeestafelDatabase = db): Promise<SharedQuestion[]> {
  const questions = await database.sharedQuestions.where('meetingId').equals(meetingId).toArray();
  const hidden = new Set((await database.imports.toArray()).filter((record) => record.hidden).map((record) => record.id));
  return questions.filter((question) => !hidden.has(question.origin.importId)).sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Adopts a fractie member's question draft into the own list of its vergadering, with its quote
 * and vindplaats; a draft without text (a file from elsewhere) is refused with BLANK_DRAFT_MESSAGE.
 */
export async function adoptQuestion(sharedQuestionId: string, database: LeestafelDatabase = db): Promise<string | undefined> {
  return database.transaction('rw', [database.sharedQuestions, database.questions, database.meetings, database.agendaItems], async () => {
    const shared = await database.sharedQuestions.get(sharedQuestionId);
    if (!shared) return undefined;
    if (shared.adoptedAs && (await database.questions.get(shared.adoptedAs))) return shared.adoptedAs;
    if (isBlankQuestion(shared.question)) throw new Error(BLANK_DRAFT_MESSAGE);
    const agendaItemId = shared.agendaItemId && (await database.agendaItems.get(shared.agendaItemId)) ? shared.agendaItemId : undefined;
    const question = await createQuestion(
      {
        meetingId: shared.meetingId,
        ...(agendaItemId ? { agendaItemId } : {}),
        kind: shared.kind,
        question: shared.question,
        toelichting: shared.toelichting,
        ...(shared.reference ? { reference: shared.reference } : {}),
      },
      database,
    );
    await database.sharedQuestions.update(shared.id, { adoptedAs: question.id });
    return question.id;
  });
}
