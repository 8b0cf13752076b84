/**
 * What fractie members share with each other as files: the stored shapes of an imported set
 * (who made it, when, what it covered), of the annotations and question drafts it brought, and
 * of the scope an export was made with. Own work carries no origin; shared work always does.
 */
import type { Author } from './author';
import type { FlagCode } from './annotation';
import type { PassageReference, QuestionKind } from './question';

/** What an export covered: an import compares it to decide what an author has deleted since. */
export interface SharedScope {
  /** The documents the export covered. */
  documentIds: string[];
  /** Only annotations with one of these flags, when given. */
  flags?: FlagCode[];
  /** Only annotations with one of these tags, when given. */
  tags?: string[];
  /** Whether annotations marked Privé were included on purpose. */
  includesPrivate: boolean;
  /** Whether question drafts went along. */
  includesQuestions: boolean;
}

/** Where a shared record came from: the import that brought it, and its author. */
export interface SharedOrigin {
  importId: string;
  /** The author's stable key: the creator id of the file, or naam and fractie when it has none. */
  authorKey: string;
  /**
   * Set on the incoming version of an annotation whose id is already stored here with other
   * content: both stay visible until the user chooses (the id of the one stored here).
   */
  conflictWith?: string;
}

/** An author as a shared file names them: naam, fractie and (when the app made the file) a stable id. */
export interface SharedAuthor extends Author {
  id?: string;
}

/** One imported file: its author, when it was made and imported, and what it covered. */
export interface ImportRecord {
  /** UUID. */
  id: string;
  authorKey: string;
  author: SharedAuthor;
  fileName: string;
  /** When the file was made, in milliseconds since the epoch. */
  exportedAt: number;
  importedAt: number;
  scope: SharedScope;
  /** Hidden imports stay stored but are not shown in the text or the panel. */
  hidden: boolean;
}

/** A question draft of a fractie member, shown on the vergadering under its author until adopted. */
export interface SharedQuestion {
  /** The id it has on the author's machine. */
  id: string;
  origin: SharedOrigin;
  author: SharedAuthor;
  /** The vergadering here it belongs to (matched by id or date, or made by the import). */
  meetingId: string;
  /** The agendapunt here it belongs to, when one matched. */
  agendaItemId?: string;
  kind: QuestionKind;
  question: string;
  toelichting: string;
  reference?: PassageReference;
  createdAt: number;
  updatedAt: number;
  /** The id of the own question made from it, once adopted. */
  adoptedAs?: string;
}

/** The author's initials as the text shows them beside their annotations, e.g. "AdV" for Anna de Vries. */
export function initialsOf(naam: string): string {
  const words = naam.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  return words.map((word, index) => (index === 0 || index === words.length - 1 ? word[0]!.toLocaleUpperCase('nl') : word[0]!)).join('').slice(0, 4);
}

/** "Anna de Vries (Fractie Leusden)", or the naam alone. */
export function sharedAuthorName(author: SharedAuthor): string {
  return author.fractie.trim() === '' ? author.naam : `${author.naam} (${author.fractie})`;
}
