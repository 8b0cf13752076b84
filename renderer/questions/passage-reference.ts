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
  let headingIndex = -1;
  let paragraphNumber = 0;
  for (let i = blockIndex; i >= 0; i--) {
    const block = model.blocks[i]!;
    if (block.kind === 'heading') {
      heading = block;
      headingIndex = i;
      break;
    }
    paragraphNumber++;
  }
  // The chapters above the section: each earlier heading of a higher level, up to the top.
  const sectionPath: string[] = [];
  let level = heading?.level ?? 2;
  for (let i = headingIndex - 1; i >= 0 && level > 2; i--) {
    const block = model.blocks[i]!;
    if (block.kind === 'heading' && block.level < level) {
      sectionPath.unshift(sectionLabel({ sectionNumber: block.number, sectionTitle: block.text })!);
      level = block.level;
    }
  }
  // Without a heading before it, the paragraph counts from the start of the document.
  return {
    documentId: model.id,
    documentTitle: model.title,
    documentVersion: model.version,
    ...(heading ? { sectionId: heading.id, ...(heading.number ? { sectionNumber: heading.number } : {}), sectionTitle: heading.text } : {}),
    ...(sectionPath.length > 0 ? { sectionPath } : {}),
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

/** The section with the chapters above it: "3.1 Rondkomen › Uitgangspunten". */
export function sectionPathLabel(reference: Pick<PassageReference, 'sectionNumber' | 'sectionTitle' | 'sectionPath'>): string | undefined {
  const section = sectionLabel(reference);
  return section === undefined ? undefined : [...(reference.sectionPath ?? []), section].join(' › ');
}

/** The place of the passage in words: "§ 3.1 Rondkomen › Uitgangspunten, alinea 2". */
export function placeLabel(reference: PassageReference): string {
  const section = sectionPathLabel(reference);
  const paragraph = reference.paragraphNumber > 0 ? `alinea ${reference.paragraphNumber}` : 'kop';
  return section ? `§ ${section}, ${paragraph}` : paragraph;
}

/**
 * The whole reference on one line, as the griffie can follow it: "Thuis in Leusden – Beleidskader
 * Sociaal Domein 2023–2026, § 3.1 Rondkomen › Uitgangspunten, alinea 2". The document's version
 * (a hash) means nothing to a reader; it stays in the stored reference and in *Over*.
 */
export function formatReference(reference: PassageReference): string {
  return `${reference.documentTitle}, ${placeLabel(reference)}`;
}
