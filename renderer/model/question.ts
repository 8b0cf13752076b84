/**
 * What the raadslid prepares for a meeting: vergaderingen with their agendapunten, and the
 * questions for them, each optionally tied to a passage of a council document. Kinds,
 * priorities and statuses are stored as codes; the labels are what the UI and exports show.
 */
import type { TextTarget } from '../anchoring/selectors';

/** The kinds of meeting; councils differ, so 'overig' catches everything else. */
export const MEETING_KINDS = [
  { code: 'raad', label: 'Raadsvergadering' },
  { code: 'commissie', label: 'Commissievergadering' },
  { code: 'informatieavond', label: 'Informatieavond' },
  { code: 'overig', label: 'Overig' },
] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number]['code'];

export const QUESTION_KINDS = [
  { code: 'technische-vraag', label: 'Technische vraag' },
  { code: 'vraag-voor-de-vergadering', label: 'Vraag voor de vergadering' },
  { code: 'schriftelijke-vraag', label: 'Schriftelijke vraag' },
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number]['code'];

export const PRIORITIES = [
  { code: 'hoog', label: 'Hoog' },
  { code: 'normaal', label: 'Normaal' },
  { code: 'laag', label: 'Laag' },
] as const;

export type Priority = (typeof PRIORITIES)[number]['code'];

export const STATUSES = [
  { code: 'concept', label: 'Concept' },
  { code: 'klaar', label: 'Klaar' },
  { code: 'ingediend', label: 'Ingediend' },
  { code: 'beantwoord', label: 'Beantwoord' },
] as const;

export type QuestionStatus = (typeof STATUSES)[number]['code'];

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

function labelOf(list: readonly { code: string; label: string }[], code: string): string {
  return list.find((entry) => entry.code === code)?.label ?? code;
}

/** The Dutch label of a meeting kind. */
export const meetingKindLabel = (code: MeetingKind): string => labelOf(MEETING_KINDS, code);
/** The Dutch label of a question kind. */
export const questionKindLabel = (code: QuestionKind): string => labelOf(QUESTION_KINDS, code);
/** The Dutch label of a priority. */
export const priorityLabel = (code: Priority): string => labelOf(PRIORITIES, code);
/** The Dutch label of a status. */
export const statusLabel = (code: QuestionStatus): string => labelOf(STATUSES, code);
