/**
 * React hook: the annotations' search index, fed by a live query of all annotations. Each
 * change in the database syncs the one shared index incrementally (see annotation-index.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { allAnnotations } from '../annotations/annotation-store';
import type { Annotation } from '../model/annotation';
import { AnnotationIndex } from './annotation-index';

const shared = new AnnotationIndex();
// Once the user has searched, the index stays live for every later search box (they are
// remounted with each screen); before that, no screen reads all annotations at start-up.
let wanted = false;

/**
 * The synced index; `synced` is the list it was last brought in line with, a new value after
 * every change (use it as a dependency of whatever searches the index). Until the first search
 * (`active`) nothing is read: a raadslid with 10,000 annotations would otherwise wait for all of
 * them to be read and indexed before the first text of a document is painted.
 */
export function useAnnotationIndex(active: boolean): { index: AnnotationIndex; synced: readonly Annotation[] | undefined } {
  if (active) wanted = true;
  const on = active || wanted;
  const annotations = useLiveQuery(() => (on ? allAnnotations() : undefined), [on]);
  return useMemo(() => {
    if (annotations) shared.sync(annotations);
    return { index: shared, synced: annotations };
  }, [annotations]);
}
