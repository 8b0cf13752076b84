/** Creating an annotation on a passage of the open document from the form's values. */
import type { DocumentModel } from '../documents/model';
import type { AnchorText } from '../anchoring/anchor-text';
import { addAnnotation } from './annotation-store';
import type { Annotation } from '../model/annotation';
import type { Author } from '../model/author';
import type { AnnotationFormValues } from './AnnotationForm';
import { describePassage } from '../anchoring/selectors';

/** A passage: the anchor range [start, end) of the open document. */
export interface Passage {
  start: number;
  end: number;
}

/** Stores a new annotation on `passage` with quote and position selectors and the block hint. */
export async function annotatePassage(
  document: DocumentModel,
  anchorText: AnchorText,
  passage: Passage,
  values: AnnotationFormValues,
  author: Author,
): Promise<Annotation> {
  const target = describePassage(anchorText, passage.start, passage.end);
  return addAnnotation({ documentId: document.id, documentVersion: document.version, target, author, ...values });
}

/** The whole text of a block as a passage (the keyboard's "Aantekening bij deze alinea"). */
export function blockPassage(anchorText: AnchorText, blockId: string): Passage | undefined {
  const span = anchorText.blocks.find((b) => b.id === blockId);
  return span && span.start < span.end ? { start: span.start, end: span.end } : undefined;
}
