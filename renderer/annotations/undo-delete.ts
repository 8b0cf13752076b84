/**
 * Deleting an annotation so that it can be undone: the delete puts the annotation in the
 * Prullenbak, and the last delete's entry is kept in a small shared store until the user undoes
 * it ("Ongedaan maken" or Ctrl+Z, which put it back from the Prullenbak) or the notice is
 * dismissed (it then stays in the Prullenbak). Any component may delete through
 * useUndoableDelete(); one <UndoNotice/> (UndoNotice.tsx) shows the notice and handles the undo.
 */
import { useCallback } from 'react';
import { createNoticeStore } from '../notices/notice-store';
import type { TrashEntry } from '../model/trash';
import { restoreFromTrash } from '../trash/trash-store';
import { deleteAnnotation } from './annotation-store';

/** The last delete that can still be undone. */
export interface PendingUndo {
  /** The delete's entry in the Prullenbak. */
  entry: TrashEntry;
  /** Increments per deletion, so that the notice can announce each one afresh. */
  serial: number;
}

const notice = createNoticeStore<{ entry: TrashEntry }>();

/** Deletes an annotation into the Prullenbak and remembers the delete for undo; resolves to its entry. */
export async function deleteWithUndo(id: string): Promise<TrashEntry | undefined> {
  const entry = await deleteAnnotation(id);
  if (entry) notice.show({ entry });
  return entry;
}

/** Puts the last deleted annotation back from the Prullenbak, if any; resolves to its entry. */
export async function undoLastDelete(): Promise<TrashEntry | undefined> {
  const current = notice.current();
  if (!current) return undefined;
  notice.clear();
  // Undefined when the entry has left the Prullenbak meanwhile (restored or emptied there).
  return restoreFromTrash(current.entry.id);
}

/** Forgets the last deletion (the notice was closed); the annotation stays in the Prullenbak. */
export function dismissUndo(): void {
  notice.clear();
}

/** The deletion that can currently be undone, live. */
export function usePendingUndo(): PendingUndo | null {
  return notice.use();
}

/** For components that delete: `const { deleteWithUndo } = useUndoableDelete(); deleteWithUndo(id)`. */
export function useUndoableDelete(): { deleteWithUndo: (id: string) => Promise<TrashEntry | undefined> } {
  const remove = useCallback((id: string) => deleteWithUndo(id), []);
  return { deleteWithUndo: remove };
}
