/**
 * What the raadslid prepares for a meeting: vergaderingen with their agendapunten, and the
 * questions for them, each optionally tied to a passage of a council document. Kinds,
 * priorities and statuses are stored as codes; the labels are what the UI and exports show.
 */
import { codedList, type CodeOf } from './coded-list';
import type { TextTarget } from './text-target';

/** The kinds of meeting; councils differ, so 'overig' catches everything else. */
export const MEETING_KINDS = codedList([
  { code: 'raad', label: 'Raadsvergadering' },
  { code: 'commissie', label: 'Commissievergadering' },
  { code: 'informatieavond', label: 'Informatieavond' },
  { code: 'overig', label: 'Overig' },
]);

export type MeetingKind = CodeOf<typeof MEETING_KINDS>;

export const QUESTION_KINDS = codedList([
  { code: 'technische-vraag', label: 'Technische vraag' },
  { code: 'vraag-voor-de-vergadering', label: 'Vraag voor de vergadering' },
  { code: 'schriftelijke-vraag', label: 'Schriftelijke vraag' },
]);

export type QuestionKind = CodeOf<typeof QUESTION_KINDS>;

export const PRIORITIES = codedList([
  { code: 'hoog', label: 'Hoog' },
  { code: 'normaal', label: 'Normaal' },
  { code: 'laag', label: 'Laag' },
]);

export type Priority = CodeOf<typeof PRIORITIES>;

export const STATUSES = codedList([
  { code: 'concept', label: 'Concept' },
  { code: 'klaar', label: 'Klaar' },
  { code: 'ingediend', label: 'Ingediend' },
  { code: 'beantwoord', label: 'Beantwoord' },
]);

export type QuestionStatus = CodeOf<typeof STATUSES>;

/** A vergadering the raadslid prepares questions for. */
export interface Meeting {
  /** UUID. */
  id: string;
  name: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  kind: MeetingKind;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** An agendapunt of a vergadering. */
export interface AgendaItem {
  /** UUID. */
  id: string;
  meetingId: string;
  /** As the griffie writes it, e.g. "5a". */
  number: string;
  title: string;
  /** Ids of the bundled documents that belong to this item. */
  documentIds: string[];
  /** Position on the agenda, ascending. */
  order: number;
}

/** Where a question's quote comes from, filled in automatically from the anchored passage. */
export interface PassageReference {
  documentId: string;
  documentTitle: string;
  /** The version (hash) of the document text the reference was made on. */
  documentVersion: string;
  /** The nearest preceding heading block: its id (for the link back), number and text. */
  sectionId?: string;
  sectionNumber?: string;
  sectionTitle?: string;
  /**
   * The headings the section sits under, outermost first, each as "number title" (e.g.
   * ["3.1 Rondkomen"] for a passage under 3.1 › Uitgangspunten): the same title recurs under
   * several chapters, so the whole path is what lets a reader find the passage.
   */
  sectionPath?: string[];
  /** 1-based index of the block among the non-heading blocks of its section (0: the heading itself). */
  paragraphNumber: number;
  /** The quoted passage, exactly as in the document. */
  quote: string;
  /** Selectors to find the passage again. */
  target: TextTarget;
}

/** A question for a vergadering. */
export interface Question {
  /** UUID. */
  id: string;
  meetingId: string;
  agendaItemId?: string;
  /** Sort key within the vergadering; the question's number is its rank by this key. */
  order: number;
  kind: QuestionKind;
  question: string;
  toelichting: string;
  addressedTo?: string;
  priority: Priority;
  status: QuestionStatus;
  answer?: string;
  /** The annotation the question was made from, when it was. */
  annotationId?: string;
  reference?: PassageReference;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}
