/**
 * The reference of a quoted passage, worked out from the document model: document title and
 * version, the section it is in (the nearest preceding heading), the paragraph number within
 * that section and the quote itself, with selectors to find the passage again. Pure.
 */
import { blockAt, type AnchorText } from '../anchoring/anchor-text';
import { describePassage } from '../anchoring/selectors';
import type { DocumentModel, HeadingBlock } from '../documents/model';
import type { PassageReference } from '../model/question';

/** The reference of the passage [start, end) of the document's anchor text. */
export function referenceForRange(model: DocumentModel, anchorText: AnchorText, start: number, end: number): PassageReference {
  const span = blockAt(anchorText, start);
  const blockIndex = span ? model.blocks.findIndex((block) => block.id === span.id) : -1;
  let heading: HeadingBlock | undefined;
  let paragraphNumber = 0;
  for (let i = blockIndex; i >= 0; i--) {
    const block = model.blocks[i]!;
    if (block.kind === 'heading') {
      heading = block;
      break;
    }
    paragraphNumber++;
  }
  // Without a heading before it, the paragraph counts from the start of the document.
  return {
    documentId: model.id,
    documentTitle: model.title,
    documentVersion: model.version,
    ...(heading ? { sectionId: heading.id, ...(heading.number ? { sectionNumber: heading.number } : {}), sectionTitle: heading.text } : {}),
    paragraphNumber,
    quote: anchorText.text.slice(start, end),
    target: describePassage(anchorText, start, end),
  };
}

/** "3.1 Rondkomen" — the section as a reader finds it in the table of contents. */
export function sectionLabel(reference: Pick<PassageReference, 'sectionNumber' | 'sectionTitle'>): string | undefined {
  const { sectionNumber, sectionTitle } = reference;
  if (!sectionTitle) return undefined;
  return sectionNumber && !sectionTitle.startsWith(sectionNumber) ? `${sectionNumber} ${sectionTitle}` : sectionTitle;
}

/** The place of the passage in words: "§ 3.1 Rondkomen, alinea 2". */
export function placeLabel(reference: PassageReference): string {
  const section = sectionLabel(reference);
  const paragraph = reference.paragraphNumber > 0 ? `alinea ${reference.paragraphNumber}` : 'kop';
  return section ? `§ ${section}, ${paragraph}` : paragraph;
}

/** The whole reference on one line: "Kadernota 2022 (versie 0d3877…), § 3.1 Rondkomen, alinea 2". */
export function formatReference(reference: PassageReference): string {
  return `${reference.documentTitle} (versie ${reference.documentVersion}), ${placeLabel(reference)}`;
}
