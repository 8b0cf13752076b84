/**
 * The one rule for a question's text: it holds more than white space. The store refuses a
 * question without text (EmptyQuestionError), and the forms check the same rule before they
 * store, so the message next to the field and the store's refusal are the same words.
 */

/** What the forms show next to an empty question field, and what the store throws. */
export const EMPTY_QUESTION_MESSAGE = 'Vul de vraag in. Een vraag zonder tekst wordt niet bewaard.';

/** Thrown by the question store for a question whose text is empty or only white space. */
export class EmptyQuestionError extends Error {
  constructor() {
    super(EMPTY_QUESTION_MESSAGE);
    this.name = 'EmptyQuestionError';
  }
}

/** Whether a question text says nothing (undefined, empty, or only white space). */
export function isBlankQuestion(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** The problem with a question text in words, or undefined when it may be stored. */
export function questionTextProblem(text: string | undefined): string | undefined {
  return isBlankQuestion(text) ? EMPTY_QUESTION_MESSAGE : undefined;
}

/** Throws EmptyQuestionError for a text that says nothing. */
export function assertQuestionText(text: string | undefined): void {
  if (isBlankQuestion(text)) throw new EmptyQuestionError();
}
