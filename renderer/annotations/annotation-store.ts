/**
 * Domain functions over the annotations table: create, change, delete (into the Prullenbak),
 * attach an orphan to a new passage. Every write is one Dexie transaction; nothing here deletes
 * an annotation except an explicit delete by the user, which moves it to the Prullenbak.
 */
import { db, type LeestafelDatabase } from '../db/database';
import type { Annotation, ColorCode, FlagCode, Visibility } from '../model/annotation';
import type { Author } from '../model/author';
import type { TextTarget } from '../model/text-target';
import type { TrashEntry } from '../model/trash';
import { putInTrash } from '../trash/trash-store';
import { assertUnchanged, EditConflictError, nextUpdatedAt, type ConflictMessages } from '../forms/edit-conflict';
import { withoutHidden } from './shared-annotations';

export interface NewAnnotation {
  documentId: string;
  documentVersion: string;
  target: TextTarget;
  color: ColorCode;
  flag?: FlagCode;
  note?: string;
  tags?: string[];
  visibility?: Visibility;
  author: Author;
}

export type AnnotationChanges = Partial<Pick<Annotation, 'color' | 'flag' | 'note' | 'tags' | 'visibility'>>;

/** Tags as the user typed them: trimmed, without empties and duplicates. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '')).filter((t) => t !== ''))];
}

export async function addAnnotation(input: NewAnnotation, database: LeestafelDatabase = db): Promise<Annotation> {
  const now = Date.now();
  const annotation: Annotation = {
    id: crypto.randomUUID(),
    documentId: input.documentId,
    documentVersion: input.documentVersion,
    target: input.target,
    color: input.color,
    ...(input.flag ? { flag: input.flag } : {}),
    note: input.note ?? '',
    tags: normaliseTags(input.tags ?? []),
    visibility: input.visibility ?? 'prive',
    author: input.author,
    createdAt: now,
    updatedAt: now,
  };
  await database.annotations.add(annotation);
  return annotation;
}

const ANNOTATION_CONFLICT: ConflictMessages = {
  changed: 'Deze aantekening is intussen in een ander venster gewijzigd.',
  deleted: 'Deze aantekening is in een ander venster verwijderd.',
};

/** `annotation` with `changes` applied (tags normalised, a flag set to undefined removed), as changed now. */
function withChanges(annotation: Annotation, changes: AnnotationChanges): Annotation {
  const next: Annotation = { ...annotation, ...changes, updatedAt: nextUpdatedAt(annotation.updatedAt) };
  if (changes.tags) next.tags = normaliseTags(changes.tags);
  if ('flag' in changes && changes.flag === undefined) delete next.flag;
  return next;
}

/** The annotation with this id as it is stored now, or undefined (for an editor's live query). */
export function findAnnotation(id: string, database: LeestafelDatabase = db): Promise<Annotation | undefined> {
  return database.annotations.get(id);
}

/**
 * Changes an annotation and resolves to it as stored. With `expectedUpdatedAt` (the version an
 * editor started from) the change is refused with EditConflictError, writing nothing, when the
 * stored annotation has changed or is gone since: a save never overwrites a newer version.
 */
export async function updateAnnotation(
  id: string,
  changes: AnnotationChanges,
  database: LeestafelDatabase = db,
  expectedUpdatedAt?: number,
): Promise<Annotation> {
  return database.transaction('rw', database.annotations, async () => {
    const current = await database.annotations.get(id);
    assertUnchanged(current, expectedUpdatedAt, ANNOTATION_CONFLICT);
    if (!current) throw new Error('Deze aantekening bestaat niet meer.');
    if (current.origin) throw new Error(`Deze aantekening is van ${current.author.naam} en kan hier niet worden gewijzigd. Neem haar over om er je eigen aantekening van te maken.`);
    const next = withChanges(current, changes);
    await database.annotations.put(next);
    return next;
  });
}

/**
 * Stores again an annotation that was deleted in another window while it was being edited
 * (`deleted` as the editor last knew it, with the editor's `changes`), and takes its entry out
 * of the Prullenbak, so it is not there twice. Refused with EditConflictError when the
 * annotation is back already (put back from the Prullenbak, say).
 */
export async function recreateAnnotation(deleted: Annotation, changes: AnnotationChanges, database: LeestafelDatabase = db): Promise<Annotation> {
  return database.transaction('rw', [database.annotations, database.trash], async () => {
    const current = await database.annotations.get(deleted.id);
    if (current) throw new EditConflictError(current, ANNOTATION_CONFLICT.changed);
    const next = withChanges(deleted, changes);
    // Only an entry of this annotation alone: a bigger delete keeps its entry whole.
    await database.trash
      .filter((entry) => entry.kind === 'annotation' && entry.records.annotations.length === 1 && entry.records.annotations[0]?.id === deleted.id)
      .delete();
    await database.annotations.add(next);
    return next;
  });
}

/**
 * Deletes an annotation into the Prullenbak (the delete and its entry in one transaction);
 * resolves to the entry, from which restoreFromTrash (trash/trash-store.ts) puts it back.
 */
export async function deleteAnnotation(id: string, database: LeestafelDatabase = db): Promise<TrashEntry | undefined> {
  return database.transaction('rw', [database.annotations, database.trash], async () => {
    const current = await database.annotations.get(id);
    if (!current) return undefined;
    await database.annotations.delete(id);
    return putInTrash({ kind: 'annotation', title: current.target.quote.exact, records: { annotations: [current] }, deletedAt: Date.now() }, database);
  });
}

/** Attaches an annotation (an orphan, typically) to a new passage of the current document version. */
export async function reattachAnnotation(id: string, target: TextTarget, documentVersion: string, database: LeestafelDatabase = db): Promise<void> {
  await database.transaction('rw', database.annotations, async () => {
    const current = await database.annotations.get(id);
    if (!current) throw new Error('Deze aantekening bestaat niet meer.');
    await database.annotations.put({ ...current, target, documentVersion, updatedAt: Date.now() });
  });
}

export async function annotationsOfDocument(documentId: string, database: LeestafelDatabase = db): Promise<Annotation[]> {
  return withoutHidden(await database.annotations.where('documentId').equals(documentId).toArray(), database);
}

export async function allAnnotations(database: LeestafelDatabase = db): Promise<Annotation[]> {
  return withoutHidden(await database.annotations.toArray(), database);
}

/** Whether the raadslid has made any annotation of their own (fractie members' do not count); stops at the first. */
export async function hasOwnAnnotation(database: LeestafelDatabase = db): Promise<boolean> {
  return (await database.annotations.filter((annotation) => !annotation.origin).first()) !== undefined;
}
