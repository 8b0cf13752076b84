/**
 * Making a question from a passage: from an annotation (its anchored passage in the current
 * document version) or from a selection in the reading view. The quote and the reference
 * are filled in automatically; the vergadering defaults to the next one, and the agendapunt
 * to the one the document belongs to.
 */
import { anchorTarget } from '../anchoring/anchor';
import { buildAnchorText } from '../anchoring/anchor-text';
import type { Annotation, FlagCode } from '../model/annotation';
import type { TextTarget } from '../model/text-target';
import { db, type LeestafelDatabase } from '../db/database';
import { loadDocument } from '../documents/load-documents';
import type { DocumentModel } from '../documents/model';
import { agendaItemsOf, createMeeting, defaultMeeting, listMeetings } from './meeting-store';
import { referenceForRange } from './passage-reference';
import { createQuestion } from './question-store';
import { assertQuestionText } from './question-text';
import type { PassageReference, Question, QuestionKind } from '../model/question';

/** What the functions here need from outside; tests pass their own. */
export interface PassageDependencies {
  database?: LeestafelDatabase;
  loadModel?: (documentId: string) => Promise<DocumentModel>;
  /** yyyy-mm-dd; today by default. */
  today?: string;
}

/** The vergadering a question goes to when none was chosen. */
export const FALLBACK_MEETING_NAME = 'Vragen zonder vergadering';

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The question kind that fits an annotation's flag. */
export function kindForFlag(flag: FlagCode | undefined): QuestionKind {
  if (flag === 'schriftelijke-vraag') return 'schriftelijke-vraag';
  if (flag === undefined || flag === 'technische-vraag') return 'technische-vraag';
  return 'vraag-voor-de-vergadering';
}

/** The reference of a target in a document model, re-anchored in the current version. */
export function referenceForTarget(model: DocumentModel, target: TextTarget, targetVersion: string): PassageReference {
  const anchorText = buildAnchorText(model);
  const anchored = anchorTarget(anchorText, target);
  if (anchored.status !== 'orphan') return referenceForRange(model, anchorText, anchored.start, anchored.end);
  // The passage is no longer in the text: keep the words as they were quoted.
  return {
    documentId: model.id,
    documentTitle: model.title,
    documentVersion: targetVersion,
    paragraphNumber: 0,
    quote: target.quote.exact,
    target,
  };
}

async function resolveMeeting(meetingId: string | undefined, database: LeestafelDatabase, today: string): Promise<string> {
  if (meetingId) return meetingId;
  const chosen = defaultMeeting(await listMeetings(database), today);
  if (chosen) return chosen.id;
  return (await createMeeting({ name: FALLBACK_MEETING_NAME, date: today, kind: 'overig' }, database)).id;
}

async function resolveAgendaItem(meetingId: string, agendaItemId: string | undefined, documentId: string, database: LeestafelDatabase) {
  if (agendaItemId) return agendaItemId;
  return (await agendaItemsOf(meetingId, database)).find((item) => item.documentIds.includes(documentId))?.id;
}

type QuestionOptions = { meetingId?: string; agendaItemId?: string; kind?: QuestionKind; question?: string; annotationId?: string };

async function createWithReference(reference: PassageReference, options: QuestionOptions, dependencies: PassageDependencies): Promise<Question> {
  // Before a "Vragen zonder vergadering" is made for it: a question without text is refused.
  assertQuestionText(options.question);
  const database = dependencies.database ?? db;
  const meetingId = await resolveMeeting(options.meetingId, database, dependencies.today ?? todayIso());
  return createQuestion(
    {
      meetingId,
      agendaItemId: await resolveAgendaItem(meetingId, options.agendaItemId, reference.documentId, database),
      kind: options.kind ?? 'technische-vraag',
      question: options.question ?? '',
      annotationId: options.annotationId,
      reference,
    },
    database,
  );
}

/** Makes a question from a passage of a document (a selection), with quote and reference filled in. */
export function createQuestionFromPassage(
  model: DocumentModel,
  target: TextTarget,
  options: QuestionOptions = {},
  dependencies: PassageDependencies = {},
): Promise<Question> {
  return createWithReference(referenceForTarget(model, target, model.version), options, dependencies);
}

/** What a question made from an annotation starts with: its quote and reference, and its note as the text. */
export interface AnnotationQuestionStart {
  reference: PassageReference;
  note: string;
}

async function annotationWithReference(annotationId: string, dependencies: PassageDependencies) {
  const database = dependencies.database ?? db;
  const annotation: Annotation | undefined = await database.annotations.get(annotationId);
  if (!annotation) throw new Error('Deze aantekening bestaat niet meer.');
  const model = await (dependencies.loadModel ?? loadDocument)(annotation.documentId);
  return { annotation, reference: referenceForTarget(model, annotation.target, annotation.documentVersion) };
}

/** The quote, reference and note a question from this annotation starts with (for the dialog, before anything is stored). */
export async function startQuestionFromAnnotation(annotationId: string, dependencies: PassageDependencies = {}): Promise<AnnotationQuestionStart> {
  const { annotation, reference } = await annotationWithReference(annotationId, dependencies);
  return { reference, note: annotation.note.trim() };
}

/**
 * Makes a question from an annotation: the annotation's passage becomes the quote and the
 * reference, its flag the kind, and `question` (by default its note) the text; without text it
 * is refused. Without a vergadering it goes to the next one (or a new "Vragen zonder vergadering").
 */
export async function createQuestionFromAnnotation(
  annotationId: string,
  meetingId?: string,
  agendaItemId?: string,
  dependencies: PassageDependencies = {},
  question?: string,
): Promise<Question> {
  const { annotation, reference } = await annotationWithReference(annotationId, dependencies);
  return createWithReference(
    reference,
    { meetingId, agendaItemId, kind: kindForFlag(annotation.flag), question: question ?? annotation.note.trim(), annotationId },
    dependencies,
  );
}
