/**
 * The last question made from the reader, for the notice that says so ("Vraag 3 toegevoegd
 * aan …", with a link to the vergadering). Making a question keeps the raadslid in the text;
 * this small shared store carries the news from the question dialog to the one notice that
 * the reader mounts (QuestionAddedNotice.tsx).
 */
import { createNoticeStore } from '../notices/notice-store';
import { db, type LeestafelDatabase } from '../db/database';
import { getMeeting } from './meeting-store';
import { questionsOf } from './question-store';
import type { Question } from '../model/question';

/** What the notice tells about a new question. */
export interface AddedQuestion {
  meetingId: string;
  meetingName: string;
  /** The question's number in its vergadering (1-based). */
  number: number;
  /** Increments per question, so that the notice announces each one afresh. */
  serial: number;
}

const notice = createNoticeStore<Omit<AddedQuestion, 'serial'>>();

/** The vergadering's name and the question's number in it, as the notice tells them. */
export async function describeAddedQuestion(question: Question, database: LeestafelDatabase = db): Promise<Omit<AddedQuestion, 'serial'>> {
  const [meeting, questions] = await Promise.all([getMeeting(question.meetingId, database), questionsOf(question.meetingId, database)]);
  const number = questions.find((q) => q.id === question.id)?.number ?? questions.length;
  return { meetingId: question.meetingId, meetingName: meeting?.name ?? 'de vergadering', number };
}

/** Looks up the vergadering's name and the question's number, and shows the notice. */
export async function announceAddedQuestion(question: Question): Promise<void> {
  notice.show(await describeAddedQuestion(question));
}

/** Hides the notice. */
export function dismissAddedQuestion(): void {
  notice.clear();
}

/** The question the notice currently tells about, live. */
export function useAddedQuestion(): AddedQuestion | null {
  return notice.use();
}
