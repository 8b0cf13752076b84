/**
 * The valibot schemas of a reservekopie: one strict schema per table record (the shapes of
 * renderer/model/), the tables and the header. Strict means an unknown table or an unknown
 * field in a record is refused, not dropped: a restore puts back exactly what the file holds
 * or nothing. tests/unit/exchange/reservekopie/schema.test.ts pins each record schema's output
 * type to its model type, so a change to a model that is not made here fails the type check.
 */
import * as v from 'valibot';
import { COLORS, FLAGS } from '../../model/annotation';
import type { CodedList } from '../../model/coded-list';
import { MEETING_KINDS, PRIORITIES, QUESTION_KINDS, STATUSES } from '../../model/question';
import { FORMAT_NAME } from './format';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const timestamp = v.pipe(v.number(), v.finite(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const sortKey = v.pipe(v.number(), v.finite());

function coded<Code extends string>(list: CodedList<Code>) {
  return v.custom<Code>((value) => list.has(value));
}

const author = v.strictObject({ naam: v.string(), fractie: v.string(), id: v.optional(id) });

const sharedOrigin = v.strictObject({ importId: id, authorKey: id, conflictWith: v.optional(id) });

const textTarget = v.strictObject({
  quote: v.strictObject({ type: v.literal('TextQuoteSelector'), exact: v.string(), prefix: v.string(), suffix: v.string() }),
  position: v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  blockId: v.optional(v.string()),
});

/** An annotation (model/annotation.ts). */
export const annotationSchema = v.strictObject({
  id,
  documentId: id,
  documentVersion: v.string(),
  target: textTarget,
  color: coded(COLORS),
  flag: v.optional(coded(FLAGS)),
  note: v.string(),
  tags: v.array(v.string()),
  visibility: v.picklist(['prive', 'fractie']),
  author,
  createdAt: timestamp,
  updatedAt: timestamp,
  origin: v.optional(sharedOrigin),
});

/** A vergadering (model/question.ts). */
export const meetingSchema = v.strictObject({
  id,
  name: v.string(),
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  kind: coded(MEETING_KINDS),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** An agendapunt (model/question.ts). */
export const agendaItemSchema = v.strictObject({
  id,
  meetingId: id,
  number: v.string(),
  title: v.string(),
  documentIds: v.array(v.string()),
  order: sortKey,
});

const passageReference = v.strictObject({
  documentId: id,
  documentTitle: v.string(),
  documentVersion: v.string(),
  sectionId: v.optional(v.string()),
  sectionNumber: v.optional(v.string()),
  sectionTitle: v.optional(v.string()),
  sectionPath: v.optional(v.array(v.string())),
  paragraphNumber: offset,
  quote: v.string(),
  target: textTarget,
});

/** A question (model/question.ts). */
export const questionSchema = v.strictObject({
  id,
  meetingId: id,
  agendaItemId: v.optional(id),
  order: sortKey,
  kind: coded(QUESTION_KINDS),
  question: v.string(),
  toelichting: v.string(),
  addressedTo: v.optional(v.string()),
  priority: coded(PRIORITIES),
  status: coded(STATUSES),
  answer: v.optional(v.string()),
  annotationId: v.optional(id),
  reference: v.optional(passageReference),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A setting (model/settings.ts): the value's type follows the key. */
export const settingSchema = v.variant('key', [
  v.strictObject({ key: v.literal('fontScale'), value: v.pipe(v.number(), v.finite(), v.gtValue(0)) }),
  v.strictObject({ key: v.literal('theme'), value: v.picklist(['system', 'light', 'dark']) }),
  v.strictObject({ key: v.literal('profile'), value: v.nullable(author) }),
  v.strictObject({ key: v.literal('annotateHintDone'), value: v.boolean() }),
]);

/** A reading position (model/reading-position.ts). */
export const readingPositionSchema = v.strictObject({ documentId: id, blockId: v.string(), updatedAt: timestamp });

/** What an export covered (model/shared.ts). */
const sharedScope = v.strictObject({
  documentIds: v.array(id),
  flags: v.optional(v.array(coded(FLAGS))),
  tags: v.optional(v.array(v.string())),
  includesPrivate: v.boolean(),
  includesQuestions: v.boolean(),
});

/** An imported file of a fractie member (model/shared.ts). */
export const importSchema = v.strictObject({
  id,
  authorKey: id,
  author,
  fileName: v.string(),
  exportedAt: timestamp,
  importedAt: timestamp,
  scope: sharedScope,
  hidden: v.boolean(),
});

/** A question draft of a fractie member (model/shared.ts). */
export const sharedQuestionSchema = v.strictObject({
  id,
  origin: sharedOrigin,
  author,
  meetingId: id,
  agendaItemId: v.optional(id),
  kind: coded(QUESTION_KINDS),
  question: v.string(),
  toelichting: v.string(),
  reference: v.optional(passageReference),
  createdAt: timestamp,
  updatedAt: timestamp,
  adoptedAs: v.optional(id),
});

/** A Prullenbak entry (model/trash.ts) with the records its delete removed. */
export const trashEntrySchema = v.strictObject({
  id,
  kind: v.picklist(['annotation', 'question', 'agendapunt', 'vergadering', 'import']),
  title: v.string(),
  deletedAt: timestamp,
  records: v.strictObject({
    annotations: v.array(annotationSchema),
    meetings: v.array(meetingSchema),
    agendaItems: v.array(agendaItemSchema),
    questions: v.array(questionSchema),
    unlinkedQuestions: v.array(v.strictObject({ questionId: id, agendaItemId: id, updatedAt: timestamp })),
    imports: v.optional(v.array(importSchema)),
    sharedQuestions: v.optional(v.array(sharedQuestionSchema)),
  }),
});

/** A fact about the database (model/database-meta.ts): the value's type follows the key. */
export const metaSchema = v.variant('key', [
  v.strictObject({
    key: v.literal('writtenBy'),
    value: v.strictObject({ appVersion: v.string(), schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)), at: timestamp }),
  }),
  v.strictObject({ key: v.literal('lastChangeAt'), value: timestamp }),
  v.strictObject({ key: v.literal('lastBackupAt'), value: timestamp }),
]);

/** Every table with its records; all are required and no other table is allowed. */
export const tablesSchema = v.strictObject({
  annotations: v.array(annotationSchema),
  meetings: v.array(meetingSchema),
  agendaItems: v.array(agendaItemSchema),
  questions: v.array(questionSchema),
  settings: v.array(settingSchema),
  readingPositions: v.array(readingPositionSchema),
  trash: v.array(trashEntrySchema),
  meta: v.array(metaSchema),
  // Added in format 1.1; a 1.0 file has neither, which reads as none.
  imports: v.optional(v.array(importSchema), () => []),
  sharedQuestions: v.optional(v.array(sharedQuestionSchema), () => []),
});

/** The header's members; `formatVersion` is checked before this schema runs (parse.ts). */
export const reservekopieSchema = v.strictObject({
  format: v.literal(FORMAT_NAME),
  formatVersion: v.pipe(v.string(), v.regex(/^\d{1,4}\.\d{1,4}$/)),
  appVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(50)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp(), v.check((value) => !Number.isNaN(Date.parse(value)))),
  counts: v.strictObject({
    annotations: count,
    meetings: count,
    agendaItems: count,
    questions: count,
    settings: count,
    readingPositions: count,
    trash: count,
    meta: count,
    imports: v.optional(count, 0),
    sharedQuestions: v.optional(count, 0),
  }),
  checksum: v.strictObject({ algorithm: v.literal('SHA-256'), value: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) }),
  tables: tablesSchema,
});
