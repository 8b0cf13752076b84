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

/**
 * The synced index; `synced` is the list it was last brought in line with, a new value after
 * every change (use it as a dependency of whatever searches the index).
 */
export function useAnnotationIndex(): { index: AnnotationIndex; synced: readonly Annotation[] | undefined } {
  const annotations = useLiveQuery(() => allAnnotations(), []);
  return useMemo(() => {
    if (annotations) shared.sync(annotations);
    return { index: shared, synced: annotations };
  }, [annotations]);
}
