/**
 * Anchors every annotation of a document at once, remembering results so that a change to
 * one annotation does not re-run the costly approximate matching of all the others.
 */
import { anchorTarget, type AnchorResult, type AnchorStatus } from './anchor';
import type { AnchorText } from './anchor-text';
import type { Annotation } from '../model/annotation';

export interface AnchoredAnnotation {
  annotation: Annotation;
  status: AnchorStatus;
  start: number;
  end: number;
}

export interface AnchoringResult {
  /** Annotations placed in the text, in reading order. */
  anchored: AnchoredAnnotation[];
  /** Annotations that could not be placed ("Niet meer gevonden"); never deleted. */
  orphans: Annotation[];
}

/** Results keyed by document version, annotation id and its last change. */
export type AnchorCache = Map<string, AnchorResult>;

export function anchorAll(anchorText: AnchorText, documentVersion: string, annotations: readonly Annotation[], cache: AnchorCache = new Map()): AnchoringResult {
  const anchored: AnchoredAnnotation[] = [];
  const orphans: Annotation[] = [];
  for (const annotation of annotations) {
    const key = `${documentVersion}:${annotation.id}:${annotation.updatedAt}`;
    let result = cache.get(key);
    if (!result) {
      result = anchorTarget(anchorText, annotation.target);
      cache.set(key, result);
    }
    if (result.status === 'orphan') orphans.push(annotation);
    else anchored.push({ annotation, status: result.status, start: result.start, end: result.end });
  }
  anchored.sort((a, b) => a.start - b.start || a.end - b.end);
  return { anchored, orphans };
}
