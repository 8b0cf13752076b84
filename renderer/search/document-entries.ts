/**
 * What the search index holds for the bundled documents: one entry per block, with the
 * block's text, the section it belongs to (the nearest heading before it, or the heading
 * itself, named by its heading path: "3.1 Rondkomen › Uitgangspunten", since many documents
 * repeat a heading such as "Uitgangspunten" under several chapters) and the block's terms for
 * phrase checks. Built at build time from the document
 * models, the same block text the reader shows (hyphenation at line ends already joined).
 */
import { blockText, type Block, type DocumentModel } from '../documents/model';
import { headingLabel } from '../documents/heading-label';
import { termLine } from './tokenize';

/** One block of a bundled document as the search index stores it. */
export interface DocumentEntry {
  /** `<documentId>/<blockId>`, unique over all documents. */
  id: string;
  documentId: string;
  blockId: string;
  blockKind: Block['kind'];
  /** The heading's label (number and text) for a heading block, else empty. */
  heading: string;
  /** The block's text for any other block, else empty. */
  text: string;
  /**
   * The section the block is in: the id of the nearest heading at or before it, and its heading
   * path (the labels of that heading and the headings above it, joined by " › ").
   */
  sectionId?: string;
  section?: string;
  /** The folded terms of the block, space-separated with a space either side (see termLine). */
  termLine: string;
}

/** Between the headings of a heading path. */
export const HEADING_PATH_SEPARATOR = ' › ';

/** The text shown and matched for a block: a heading's label, or the block text. */
export function entryText(entry: Pick<DocumentEntry, 'heading' | 'text'>): string {
  return entry.heading || entry.text;
}

/** The search entries of one document, in document order. */
export function documentEntries(model: DocumentModel): DocumentEntry[] {
  let section: { id: string; label: string } | undefined;
  // The headings above the current block, outermost first.
  const path: { level: number; label: string }[] = [];
  return model.blocks.map((block) => {
    const isHeading = block.kind === 'heading';
    if (isHeading) {
      while (path.length > 0 && path.at(-1)!.level >= block.level) path.pop();
      path.push({ level: block.level, label: headingLabel(block) });
      section = { id: block.id, label: path.map((heading) => heading.label).join(HEADING_PATH_SEPARATOR) };
    }
    const text = isHeading ? headingLabel(block) : blockText(block);
    return {
      id: `${model.id}/${block.id}`,
      documentId: model.id,
      blockId: block.id,
      blockKind: block.kind,
      heading: isHeading ? text : '',
      text: isHeading ? '' : text,
      ...(section ? { sectionId: section.id, section: section.label } : {}),
      termLine: termLine(text),
    };
  });
}
