/**
 * Makes a fractieset file from own annotations and question drafts (see format.ts). Pure: the
 * caller chooses what goes along (select.ts) and passes the author, the documents' versions and
 * the time, so the same input always gives the same file.
 */
import type { Annotation } from '../../model/annotation';
import type { AgendaItem, Meeting, Question } from '../../model/question';
import type { SharedAuthor, SharedScope } from '../../model/shared';
import type { TextTarget } from '../../model/text-target';
import { ANNO_CONTEXT, LEESTAFEL_NAMESPACE, SET_FORMAT, SET_FORMAT_VERSION, documentUrn, fractiesetFileName, idUrn, meetingUrn } from './format';

/** What a fractieset is made of. */
export interface FractiesetInput {
  author: SharedAuthor;
  annotations: readonly Annotation[];
  questions: readonly Question[];
  /** The vergaderingen and agendapunten the questions belong to. */
  meetings: readonly Meeting[];
  agendaItems: readonly AgendaItem[];
  scope: SharedScope;
  appVersion: string;
  now: Date;
}

/** A made fractieset: the suggested file name, the text and how many went along. */
export interface MadeFractieset {
  fileName: string;
  text: string;
  annotationCount: number;
  questionCount: number;
}

const iso = (time: number) => new Date(time).toISOString();

function creatorOf(author: SharedAuthor) {
  return { ...(author.id ? { id: idUrn(author.id) } : {}), type: 'Person', name: author.naam, 'leestafel:fractie': author.fractie };
}

function targetOf(documentId: string, documentVersion: string, target: TextTarget) {
  return {
    source: documentUrn(documentId),
    'leestafel:documentVersion': documentVersion,
    ...(target.blockId ? { 'leestafel:blockId': target.blockId } : {}),
    selector: [
      { type: 'TextQuoteSelector', exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
      { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
    ],
  };
}

/** The motivation that says best what the annotation is: a note comments, tags alone tag, else it highlights. */
function motivationOf(annotation: Annotation): 'commenting' | 'tagging' | 'highlighting' {
  if (annotation.note.trim() !== '') return 'commenting';
  return annotation.tags.length > 0 ? 'tagging' : 'highlighting';
}

function annotationItem(annotation: Annotation, author: SharedAuthor) {
  const body = [
    ...(annotation.note !== '' ? [{ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain', language: 'nl' }] : []),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  return {
    id: idUrn(annotation.id),
    type: 'Annotation',
    motivation: motivationOf(annotation),
    created: iso(annotation.createdAt),
    modified: iso(annotation.updatedAt),
    // Only where it differs from the collection's (a name changed since): the reader falls back to that.
    ...(annotation.author.naam !== author.naam || annotation.author.fractie !== author.fractie
      ? { creator: creatorOf({ ...annotation.author, ...(author.id ? { id: author.id } : {}) }) }
      : {}),
    ...(body.length > 0 ? { body } : {}),
    target: targetOf(annotation.documentId, annotation.documentVersion, annotation.target),
    'leestafel:annotation': { color: annotation.color, ...(annotation.flag ? { flag: annotation.flag } : {}), visibility: annotation.visibility },
  };
}

function questionItem(question: Question) {
  const { reference } = question;
  return {
    id: idUrn(question.id),
    type: 'Annotation',
    motivation: 'questioning',
    created: iso(question.createdAt),
    modified: iso(question.updatedAt),
    body: [
      { type: 'TextualBody', purpose: 'questioning', value: question.question, format: 'text/plain', language: 'nl' },
      ...(question.toelichting !== '' ? [{ type: 'TextualBody', purpose: 'describing', value: question.toelichting, format: 'text/plain', language: 'nl' }] : []),
    ],
    target: reference ? targetOf(reference.documentId, reference.documentVersion, reference.target) : { source: meetingUrn(question.meetingId) },
    'leestafel:question': {
      kind: question.kind,
      meeting: question.meetingId,
      ...(question.agendaItemId ? { agendaItem: question.agendaItemId } : {}),
      ...(reference
        ? {
            reference: {
              documentTitle: reference.documentTitle,
              ...(reference.sectionId ? { sectionId: reference.sectionId } : {}),
              ...(reference.sectionNumber ? { sectionNumber: reference.sectionNumber } : {}),
              ...(reference.sectionTitle ? { sectionTitle: reference.sectionTitle } : {}),
              ...(reference.sectionPath ? { sectionPath: reference.sectionPath } : {}),
              paragraphNumber: reference.paragraphNumber,
            },
          }
        : {}),
    },
  };
}

/** Makes the fractieset file of `input`. */
export function buildFractieset(input: FractiesetInput): MadeFractieset {
  const { author, now } = input;
  const fileName = fractiesetFileName(author, now);
  const meetingIds = new Set(input.questions.map((question) => question.meetingId));
  const items = [...input.annotations.map((annotation) => annotationItem(annotation, author)), ...input.questions.map((question) => questionItem(question))];
  const file = {
    '@context': [ANNO_CONTEXT, { leestafel: LEESTAFEL_NAMESPACE }],
    type: 'AnnotationCollection',
    label: `Aantekeningen van ${author.naam} (${author.fractie})`,
    'leestafel:format': SET_FORMAT,
    'leestafel:formatVersion': `${SET_FORMAT_VERSION.major}.${SET_FORMAT_VERSION.minor}`,
    'leestafel:suggestedFileName': fileName,
    generated: now.toISOString(),
    generator: { type: 'Software', name: 'Leestafel Leusden', 'leestafel:appVersion': input.appVersion },
    creator: creatorOf(author),
    'leestafel:scope': input.scope,
    'leestafel:meetings': input.meetings
      .filter((meeting) => meetingIds.has(meeting.id))
      .map((meeting) => ({
        id: meeting.id,
        name: meeting.name,
        date: meeting.date,
        kind: meeting.kind,
        agendaItems: input.agendaItems.filter((item) => item.meetingId === meeting.id).map((item) => ({ id: item.id, number: item.number, title: item.title })),
      })),
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
  return { fileName, text: JSON.stringify(file), annotationCount: input.annotations.length, questionCount: input.questions.length };
}
