/**
 * What the annotation views ask of the screen that mounts them. Annotations know nothing of
 * questions or of the profile dialog: the reader composes them and answers these requests.
 */
import type { Author } from '../model/author';
import type { TextTarget } from '../model/text-target';

/**
 * A question about a selected passage of the open document, or about an annotation; `startText`
 * is the note typed in the toolbar or editor, the question's text to start with.
 */
export type QuestionRequest = ({ kind: 'passage'; target: TextTarget } | { kind: 'annotation'; annotationId: string }) & { startText?: string };

/** What the toolbar or editor holds when "Vraag stellen" is pressed. */
export interface FormAtAsking {
  note: string;
  /** The form holds changes that are not stored; it stays open after the question is made. */
  edited: boolean;
}

/** Asks for a question (in a dialog); resolves true when a question was made, false when cancelled. */
export type AskQuestion = (request: QuestionRequest) => Promise<boolean>;

/** The author of a new annotation: the profile, asked for first when there is none; null when the user cancelled. */
export type RequireAuthor = () => Promise<Author | null>;
