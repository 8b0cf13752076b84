/**
 * Deleting an annotation so that it can be undone: the deleted record is kept in a small
 * shared store until the user undoes it ("Ongedaan maken" or Ctrl+Z) or the notice is
 * dismissed. Any component may delete through useUndoableDelete(); one <UndoNotice/>
 * (UndoNotice.tsx) shows the notice and handles the undo.
 */
import { useCallback } from 'react';
import { createNoticeStore } from '../notices/notice-store';
import { deleteAnnotation, restoreAnnotation } from './annotation-store';
import type { Annotation } from '../model/annotation';

/** The last deleted annotation that can still be restored. */
export interface PendingUndo {
  annotation: Annotation;
  /** Increments per deletion, so that the notice can announce each one afresh. */
  serial: number;
}

const notice = createNoticeStore<{ annotation: Annotation }>();

/** Deletes an annotation and remembers it for undo; resolves to the deleted record. */
export async function deleteWithUndo(id: string): Promise<Annotation | undefined> {
  const deleted = await deleteAnnotation(id);
  if (deleted) notice.show({ annotation: deleted });
  return deleted;
}

/** Restores the last deleted annotation, if any; resolves to it. */
export async function undoLastDelete(): Promise<Annotation | undefined> {
  const current = notice.current();
  if (!current) return undefined;
  notice.clear();
  await restoreAnnotation(current.annotation);
  return current.annotation;
}

/** Forgets the last deletion (the notice was closed); the annotation stays deleted. */
export function dismissUndo(): void {
  notice.clear();
}

/** The deletion that can currently be undone, live. */
export function usePendingUndo(): PendingUndo | null {
  return notice.use();
}

/** For components that delete: `const { deleteWithUndo } = useUndoableDelete(); deleteWithUndo(id)`. */
export function useUndoableDelete(): { deleteWithUndo: (id: string) => Promise<Annotation | undefined> } {
  const remove = useCallback((id: string) => deleteWithUndo(id), []);
  return { deleteWithUndo: remove };
}
