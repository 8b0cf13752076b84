/**
 * The Prullenbak: what a delete keeps so that it can be put back exactly as it was. One entry
 * per delete, holding every record the delete removed or changed (a vergadering goes with its
 * agendapunten and questions; an agendapunt's questions keep their link in the entry).
 */
import type { Annotation } from './annotation';
import type { AgendaItem, Meeting, Question } from './question';
import type { ImportRecord, SharedQuestion } from './shared';

/** What was deleted, as the Prullenbak names it. */
export type TrashKind = 'annotation' | 'question' | 'agendapunt' | 'vergadering' | 'import';

/** How long the Prullenbak keeps a deleted item before it may be emptied at start-up. */
export const TRASH_KEEP_DAYS = 30;

/** The records a delete removed, exactly as they were stored. */
export interface TrashedRecords {
  annotations: Annotation[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  questions: Question[];
  /** Questions that stayed but lost their agendapunt; putting the agendapunt back relinks them. */
  unlinkedQuestions: UnlinkedQuestion[];
  /** A removed import of a fractie member's file, with what it brought (absent in older entries). */
  imports?: ImportRecord[];
  sharedQuestions?: SharedQuestion[];
}

/** A question that lost its agendapunt when the agendapunt was deleted. */
export interface UnlinkedQuestion {
  questionId: string;
  /** The agendapunt it had. */
  agendaItemId: string;
  /** The question's `updatedAt` before it lost the link, given back when it is relinked unchanged. */
  updatedAt: number;
}

/** One delete in the Prullenbak. */
export interface TrashEntry {
  /** UUID of the entry. */
  id: string;
  kind: TrashKind;
  /** What the Prullenbak lists, e.g. the quote of an annotation or the text of a question. */
  title: string;
  /** Milliseconds since the epoch. */
  deletedAt: number;
  records: TrashedRecords;
}
