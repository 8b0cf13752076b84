// The vindplaats names the whole heading path: the beleidskader has an "Uitgangspunten" under
// every 3.x, so "§ Uitgangspunten, alinea 2" could be any of five places; the path says which.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAnchorText } from '../../../renderer/anchoring/anchor-text';
import { blockText, type DocumentModel } from '../../../renderer/documents/model';
import { formatReference, referenceForRange } from '../../../renderer/questions/passage-reference';

const beleidskader = JSON.parse(readFileSync('renderer/public/documents/beleidskader-sociaal-domein-2023-2026.json', 'utf8')) as DocumentModel;

function referenceOfParagraphAfter(headingId: string, paragraph: number) {
  const index = beleidskader.blocks.findIndex((block) => block.id === headingId);
  const block = beleidskader.blocks[index + paragraph]!;
  const anchorText = buildAnchorText(beleidskader);
  const span = anchorText.blocks.find((candidate) => candidate.id === block.id)!;
  expect(anchorText.text.slice(span.start, span.end)).toBe(blockText(block));
  return referenceForRange(beleidskader, anchorText, span.start, span.start + 20);
}

describe('the vindplaats of a passage under a repeated heading', () => {
  it('names the chapters above it, so the griffie finds it', () => {
    const first = referenceOfParagraphAfter('uitgangspunten', 2);
    expect(first.sectionPath).toEqual(['3. Speerpunten', '3.1 Rondkomen | Vaste basis']);
    expect(formatReference(first)).toBe('Thuis in Leusden – Beleidskader Sociaal Domein 2023–2026, § 3. Speerpunten › 3.1 Rondkomen | Vaste basis › Uitgangspunten, alinea 2');
    const second = referenceOfParagraphAfter('uitgangspunten-2', 1);
    expect(formatReference(second)).toBe('Thuis in Leusden – Beleidskader Sociaal Domein 2023–2026, § 3. Speerpunten › 3.2 Wonen en zorg | Vaste basis › Uitgangspunten, alinea 1');
  });

  it('has no path for a chapter heading itself', () => {
    const reference = referenceOfParagraphAfter('2-uitgangspunten', 1);
    expect(reference.sectionPath).toBeUndefined();
    expect(formatReference(reference)).toBe('Thuis in Leusden – Beleidskader Sociaal Domein 2023–2026, § 2. Uitgangspunten, alinea 1');
  });
});
