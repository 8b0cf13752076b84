/**
 * What can be done here with an annotation of a fractie member, which is theirs and read-only:
 * copy it into an own annotation, settle a conflict between its incoming version and the one
 * stored here, and leave out what the user hid (per import) when annotations are read.
 */
import { db, type LeestafelDatabase } from '../db/database';
import { nextUpdatedAt } from '../forms/edit-conflict';
import type { Annotation } from '../model/annotation';
import { profileWithId } from '../settings/settings-store';
import { putInTrash } from '../trash/trash-store';

/** The annotations without those of hidden imports (reads the imports inside the caller's query). */
export async function withoutHidden(annotations: Annotation[], database: LeestafelDatabase = db): Promise<Annotation[]> {
  if (!annotations.some((annotation) => annotation.origin)) return annotations;
  const hidden = new Set((await database.imports.toArray()).filter((record) => record.hidden).map((record) => record.id));
  return hidden.size === 0 ? annotations : annotations.filter((annotation) => !annotation.origin || !hidden.has(annotation.origin.importId));
}

/**
 * Settles a conflict: 'mine' keeps the annotation here and puts the incoming version in the
 * Prullenbak; 'theirs' gives the annotation here the incoming content and does the same.
 */
export function settleConflict(copyId: string, choice: 'mine' | 'theirs', database: LeestafelDatabase = db, now = Date.now()): Promise<void> {
  return database.transaction('rw', [database.annotations, database.trash], async () => {
    const copy = await database.annotations.get(copyId);
    const hereId = copy?.origin?.conflictWith;
    if (!copy || !hereId) return;
    const here = await database.annotations.get(hereId);
    if (choice === 'theirs' && here) {
      const { target, color, flag, note, tags, visibility, documentVersion } = copy;
      const { flag: _old, ...rest } = here;
      await database.annotations.put({ ...rest, target, color, ...(flag ? { flag } : {}), note, tags, visibility, documentVersion, updatedAt: nextUpdatedAt(here.updatedAt, now) });
    }
    await database.annotations.delete(copyId);
    await putInTrash({ kind: 'annotation', title: copy.target.quote.exact.slice(0, 80), records: { annotations: [copy] }, deletedAt: now }, database);
  });
}

/** Makes an own copy of a fractie member's annotation (same passage, note and tags), by the profile here. */
export async function copyToOwn(annotation: Annotation, database: LeestafelDatabase = db, now = Date.now()): Promise<Annotation> {
  const author = await profileWithId(database);
  if (!author) throw new Error('Vul eerst je naam en fractie in bij Instellingen.');
  const { origin: _origin, ...rest } = annotation;
  const own: Annotation = { ...rest, id: crypto.randomUUID(), author, visibility: 'prive', createdAt: now, updatedAt: now };
  await database.annotations.add(own);
  return own;
}
