/**
 * What an import of a fractieset does, worked out from the file and what is stored. Pure: the
 * service reads the state inside its transaction and writes the plan there; the preview shows
 * the same plan's counts.
 *
 * Per annotation of a chosen author (matched by id):
 * - not here: **nieuw**; on a document the app does not have: reported, not stored;
 * - here from the same author: **bijgewerkt** when the file's is newer and differs, else
 *   **ongewijzigd** (so the same file twice changes nothing);
 * - here as an own annotation or another author's, with other content: **conflict**. Own work
 *   is never changed by an import: the incoming version is stored beside it (conflictWith) and
 *   both stay visible until the user chooses.
 * - stored from this author, not in a *newer* file whose scope covers it: **verwijderd** (into
 *   the Prullenbak, so it can come back).
 * Question drafts follow the same rules by id; their vergadering is the one here with the same
 * id, else the one on the same date, else it is made; agendapunten likewise by id or number.
 */
import { hashText } from '../../documents/hash-text';
import type { Annotation } from '../../model/annotation';
import type { AgendaItem, Meeting } from '../../model/question';
import type { ImportRecord, SharedAuthor, SharedQuestion } from '../../model/shared';
import type { Fractieset, IncomingAnnotation, IncomingQuestion } from './parse';
import { inScope } from './select';

/** How many records of one kind an import adds, updates, leaves, puts beside a conflict or removes. */
export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflict: number;
  removed: number;
}

/** The preview of one author: per document and for the question drafts. */
export interface AuthorPlan {
  authorKey: string;
  author: SharedAuthor;
  documents: { documentId: string; counts: ImportCounts }[];
  questions: ImportCounts;
  /** Annotations on documents the app does not have, per document id: reported, not stored. */
  unknownDocuments: { documentId: string; count: number }[];
  /** New or updated annotations whose passage cannot be found in the document (listed per author later). */
  orphans: number;
}

/** What is stored now, as far as an import needs it. */
export interface ImportState {
  annotations: readonly Annotation[];
  sharedQuestions: readonly SharedQuestion[];
  meetings: readonly Meeting[];
  agendaItems: readonly AgendaItem[];
  imports: readonly ImportRecord[];
}

/** The choices and facts of one import. */
export interface ImportOptions {
  importId: string;
  fileName: string;
  now: number;
  knownDocumentIds: ReadonlySet<string>;
  /** The authors to take; all when not given. */
  authorKeys?: ReadonlySet<string>;
  /** Whether an annotation's passage cannot be found (for the orphan count); none when not given. */
  isOrphan?: (annotation: Annotation) => boolean;
}

/** The writes of an import, and whether there are any. */
export interface ImportWrites {
  annotations: Annotation[];
  removedAnnotations: Annotation[];
  sharedQuestions: SharedQuestion[];
  removedQuestions: SharedQuestion[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  importRecord?: ImportRecord;
}

/** The plan of an import. */
export interface ImportPlan {
  authors: AuthorPlan[];
  writes: ImportWrites;
  changesAnything: boolean;
}

const zero = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, conflict: 0, removed: 0 });

/** What an annotation says, whoever stores it: equal content means nothing to import. */
function content(annotation: Pick<Annotation, 'documentId' | 'documentVersion' | 'target' | 'color' | 'flag' | 'note' | 'tags' | 'visibility' | 'author'>): string {
  const { documentId, documentVersion, target, color, flag, note, tags, visibility, author } = annotation;
  return JSON.stringify([documentId, documentVersion, target.quote, target.position, color, flag ?? null, note, tags, visibility, author.naam, author.fractie]);
}

function questionContent(question: Pick<SharedQuestion, 'kind' | 'question' | 'toelichting' | 'reference' | 'author'> & { meetingId: string; agendaItemId?: string }): string {
  return JSON.stringify([question.kind, question.question, question.toelichting, question.reference?.quote ?? null, question.reference?.target.position ?? null, question.author.naam, question.author.fractie]);
}

/** The id under which the incoming version of a conflicting annotation is stored beside the one here. */
export function conflictCopyId(id: string, authorKey: string): string {
  return `${id}~${hashText(authorKey)}`;
}

/** The id an annotation had in the file that brought it. */
function incomingIdOf(annotation: Annotation): string {
  return annotation.origin?.conflictWith ?? annotation.id;
}

function stored(incoming: IncomingAnnotation, importId: string, conflictWith?: string): Annotation {
  const { authorKey, ...annotation } = incoming;
  return {
    ...annotation,
    ...(conflictWith ? { id: conflictCopyId(incoming.id, authorKey) } : {}),
    origin: { importId, authorKey, ...(conflictWith ? { conflictWith } : {}) },
  };
}

function countFor(map: Map<string, ImportCounts>, key: string): ImportCounts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = zero()));
  return counts;
}

/** Finds or makes the vergadering and agendapunt here for a question draft of the author's. */
function placeQuestions(set: Fractieset, state: ImportState, now: number) {
  const meetings: Meeting[] = [];
  const agendaItems: AgendaItem[] = [];
  const allMeetings = [...state.meetings];
  const allItems = [...state.agendaItems];
  const place = (question: IncomingQuestion): { meetingId: string; agendaItemId?: string } => {
    const theirs = set.meetings.find((meeting) => meeting.id === question.meetingId);
    let meeting =
      allMeetings.find((candidate) => candidate.id === question.meetingId) ??
      (theirs && (allMeetings.find((candidate) => candidate.date === theirs.date && candidate.name === theirs.name) ?? allMeetings.find((candidate) => candidate.date === theirs.date)));
    if (!meeting) {
      meeting = { id: question.meetingId, name: theirs?.name || 'Vergadering van een fractiegenoot', date: theirs?.date ?? new Date(now).toISOString().slice(0, 10), kind: theirs?.kind ?? 'overig', createdAt: now, updatedAt: now };
      meetings.push(meeting);
      allMeetings.push(meeting);
    }
    if (question.agendaItemId === undefined) return { meetingId: meeting.id };
    const theirItem = theirs?.agendaItems.find((item) => item.id === question.agendaItemId);
    const meetingId = meeting.id;
    const sameNumber = (number: string) => number.trim().toLocaleLowerCase('nl') === theirItem?.number.trim().toLocaleLowerCase('nl');
    let item =
      allItems.find((candidate) => candidate.id === question.agendaItemId && candidate.meetingId === meetingId) ??
      (theirItem && allItems.find((candidate) => candidate.meetingId === meetingId && sameNumber(candidate.number)));
    if (!item && theirItem) {
      const order = Math.max(-1, ...allItems.filter((candidate) => candidate.meetingId === meetingId).map((candidate) => candidate.order)) + 1;
      item = { id: allItems.some((candidate) => candidate.id === theirItem.id) ? `${theirItem.id}~${meetingId}` : theirItem.id, meetingId, number: theirItem.number, title: theirItem.title, documentIds: [], order };
      agendaItems.push(item);
      allItems.push(item);
    }
    return item ? { meetingId, agendaItemId: item.id } : { meetingId };
  };
  return { place, meetings, agendaItems };
}

/** Works out what importing `set` with `options` does to `state`. */
export function planImport(set: Fractieset, state: ImportState, options: ImportOptions): ImportPlan {
  const { importId, knownDocumentIds } = options;
  const chosen = (authorKey: string) => !options.authorKeys || options.authorKeys.has(authorKey);
  const byId = new Map(state.annotations.map((annotation) => [annotation.id, annotation]));
  const importsById = new Map(state.imports.map((record) => [record.id, record]));
  const writes: ImportWrites = { annotations: [], removedAnnotations: [], sharedQuestions: [], removedQuestions: [], meetings: [], agendaItems: [] };

  const authors = new Map<string, { author: SharedAuthor; documents: Map<string, ImportCounts>; questions: ImportCounts; unknown: Map<string, number>; orphans: number }>();
  const authorPlan = (key: string, author: SharedAuthor) => {
    let plan = authors.get(key);
    if (!plan) authors.set(key, (plan = { author, documents: new Map(), questions: zero(), unknown: new Map(), orphans: 0 }));
    return plan;
  };
  authorPlan(set.authorKey, set.author);

  const incomingIds = new Set<string>();
  for (const incoming of set.annotations) {
    const plan = authorPlan(incoming.authorKey, incoming.author);
    incomingIds.add(incoming.id);
    if (!knownDocumentIds.has(incoming.documentId)) {
      plan.unknown.set(incoming.documentId, (plan.unknown.get(incoming.documentId) ?? 0) + 1);
      continue;
    }
    const counts = countFor(plan.documents, incoming.documentId);
    if (!chosen(incoming.authorKey)) continue;
    const here = byId.get(incoming.id);
    let write: Annotation | undefined;
    if (!here) {
      counts.new++;
      write = stored(incoming, importId);
    } else if (here.origin?.authorKey === incoming.authorKey && here.origin.conflictWith === undefined) {
      if (content(here) === content(incoming)) counts.unchanged++;
      else if (incoming.updatedAt > here.updatedAt) {
        counts.updated++;
        write = stored(incoming, importId);
      } else counts.unchanged++;
    } else if (content(here) === content(incoming)) counts.unchanged++;
    else {
      const copy = byId.get(conflictCopyId(incoming.id, incoming.authorKey));
      if (copy && content(copy) === content(incoming)) counts.unchanged++;
      else {
        counts.conflict++;
        write = stored(incoming, importId, here.id);
      }
    }
    if (write) {
      writes.annotations.push(write);
      if (options.isOrphan?.(write)) plan.orphans++;
    }
  }

  // What a newer file of the same author no longer holds, within what it covers, was deleted by them.
  const newerThanImport = (annotationImportId: string) => (importsById.get(annotationImportId)?.exportedAt ?? Infinity) < set.exportedAt;
  for (const annotation of state.annotations) {
    const origin = annotation.origin;
    if (!origin || origin.authorKey !== set.authorKey || !chosen(origin.authorKey)) continue;
    if (incomingIds.has(incomingIdOf(annotation)) || !newerThanImport(origin.importId) || !inScope(annotation, set.scope)) continue;
    writes.removedAnnotations.push(annotation);
    countFor(authorPlan(origin.authorKey, annotation.author).documents, annotation.documentId).removed++;
  }

  const questions = set.questions.filter((question) => chosen(question.authorKey));
  const { place, meetings, agendaItems } = placeQuestions(set, state, options.now);
  const sharedById = new Map(state.sharedQuestions.map((question) => [question.id, question]));
  for (const incoming of questions) {
    const counts = authorPlan(incoming.authorKey, incoming.author).questions;
    const here = sharedById.get(incoming.id);
    if (here && (questionContent(here) === questionContent(incoming) || incoming.updatedAt <= here.updatedAt)) {
      counts.unchanged++;
      continue;
    }
    if (here) counts.updated++;
    else counts.new++;
    const { authorKey, meetingId: _theirs, agendaItemId: _theirItem, ...question } = incoming;
    writes.sharedQuestions.push({ ...question, ...place(incoming), origin: { importId, authorKey }, ...(here?.adoptedAs ? { adoptedAs: here.adoptedAs } : {}) });
  }
  writes.meetings = meetings;
  writes.agendaItems = agendaItems;
  if (set.scope.includesQuestions && chosen(set.authorKey)) {
    const kept = new Set(set.questions.map((question) => question.id));
    for (const question of state.sharedQuestions) {
      if (question.origin.authorKey !== set.authorKey || kept.has(question.id) || !newerThanImport(question.origin.importId)) continue;
      writes.removedQuestions.push(question);
      authorPlan(set.authorKey, question.author).questions.removed++;
    }
  }

  const changesAnything =
    writes.annotations.length + writes.removedAnnotations.length + writes.sharedQuestions.length + writes.removedQuestions.length > 0;
  if (changesAnything) {
    writes.importRecord = {
      id: importId, authorKey: set.authorKey, author: set.author, fileName: options.fileName, exportedAt: set.exportedAt,
      importedAt: options.now, scope: set.scope, hidden: false,
    };
  }
  return {
    authors: [...authors].map(([authorKey, plan]) => ({
      authorKey,
      author: plan.author,
      documents: [...plan.documents].sort(([a], [b]) => a.localeCompare(b)).map(([documentId, counts]) => ({ documentId, counts })),
      questions: plan.questions,
      unknownDocuments: [...plan.unknown].map(([documentId, count]) => ({ documentId, count })),
      orphans: plan.orphans,
    })),
    writes,
    changesAnything,
  };
}
