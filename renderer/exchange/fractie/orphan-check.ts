/**
 * Whether incoming annotations find their passage: the documents a set names are loaded and
 * each annotation is anchored as the reader would, so the preview can say how many will be
 * listed as "plaats niet gevonden" per author.
 */
import { anchorTarget } from '../../anchoring/anchor';
import { buildAnchorText, type AnchorText } from '../../anchoring/anchor-text';
import { loadDocument } from '../../documents/load-documents';
import type { Annotation } from '../../model/annotation';
import type { Fractieset } from './parse';

/** A check for the set's annotations on the documents in `knownDocumentIds`. */
export async function orphanCheck(set: Fractieset, knownDocumentIds: ReadonlySet<string>): Promise<(annotation: Annotation) => boolean> {
  const ids = [...new Set(set.annotations.map((annotation) => annotation.documentId))].filter((id) => knownDocumentIds.has(id));
  const texts = new Map<string, AnchorText>();
  await Promise.all(ids.map(async (id) => texts.set(id, buildAnchorText(await loadDocument(id)))));
  return (annotation) => {
    const text = texts.get(annotation.documentId);
    return !text || anchorTarget(text, annotation.target).status === 'orphan';
  };
}
