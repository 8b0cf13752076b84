/**
 * React hook: the annotations of the open document, read live from IndexedDB and anchored
 * in its text. Components use this instead of touching the database.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { DocumentModel } from '../documents/model';
import { anchorAll, type AnchorCache, type AnchoringResult } from '../anchoring/anchor-all';
import { buildAnchorText, type AnchorText } from '../anchoring/anchor-text';
import { annotationsOfDocument } from './annotation-store';

const cache: AnchorCache = new Map();

export interface DocumentAnnotations extends AnchoringResult {
  anchorText: AnchorText;
  /** False until the first read from the database has finished. */
  loaded: boolean;
}

export function useDocumentAnnotations(model: DocumentModel): DocumentAnnotations {
  const painted = useAfterFirstFrame();
  // Read only once the text has been painted: with thousands of annotations on a document,
  // reading, anchoring and painting them before the first frame kept the text from showing.
  const annotations = useLiveQuery(() => (painted ? annotationsOfDocument(model.id) : undefined), [model.id, painted]);
  const anchorText = useMemo(() => buildAnchorText(model), [model]);
  return useMemo(() => {
    const result = anchorAll(anchorText, model.version, annotations ?? [], cache);
    return { ...result, anchorText, loaded: annotations !== undefined };
  }, [anchorText, annotations, model.version]);
}

/** False until the frame after the first render has been painted (a frame, then a task). */
function useAfterFirstFrame(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
