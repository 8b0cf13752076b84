// The pure side of mapping anchor-text offsets onto rendered text: segments laid out per block
// and cell exactly as buildAnchorText joins them, on all five real documents; snapping over
// separators; trimming a selection.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import { buildAnchorText } from '../../../renderer/anchoring/anchor-text';
import { layoutSegments, pointAtOffset, pointsOfRange, trimRange, type BlockPieces } from '../../../renderer/anchoring/dom-ranges';
import type { Block } from '../../../renderer/documents/model';

const models = convertAll(readSources()).map((c) => c.model);
const beleidskader = models.find((m) => m.id === 'beleidskader-sociaal-domein-2023-2026')!;

/** The text nodes BlockView renders for a block, each with its cell (li/th/td/caption) or null. */
function renderedPieces(block: Block): BlockPieces<string> {
  const piece = (text: string, cell: unknown) => ({ node: text, length: text.length, cell });
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return { blockId: block.id, pieces: [piece(block.text, null)] };
    case 'list':
      return { blockId: block.id, pieces: block.items.map((item, i) => piece(item, `li${i}`)) };
    case 'table': {
      const cells = [
        ...(block.caption ? [piece(block.caption, 'caption')] : []),
        ...block.header.map((h, i) => piece(h, `th${i}`)),
        ...block.rows.flatMap((row, r) => [piece(row.label, `r${r}`), ...row.cells.map((c, i) => piece(c, `r${r}c${i}`))]),
      ];
      // Empty cells render no text node.
      return { blockId: block.id, pieces: cells.filter((p) => p.length > 0) };
    }
  }
}

describe('layoutSegments', () => {
  for (const model of models) {
    it(`places every rendered text of ${model.id} on the same characters of the anchor text`, () => {
      const anchorText = buildAnchorText(model);
      const { segments, mismatched } = layoutSegments(anchorText, model.blocks.map(renderedPieces));
      expect(mismatched).toEqual([]);
      for (const segment of segments) expect(anchorText.text.slice(segment.start, segment.end)).toBe(segment.node);
    });
  }

  it('puts "\\n" between list items and table cells and "\\n\\n" between blocks', () => {
    const anchorText = { text: 'Kop\n\neen\ntwee', blocks: [{ id: 'h', start: 0, end: 3 }, { id: 'l', start: 5, end: 13 }] };
    const { segments } = layoutSegments(anchorText, [
      { blockId: 'h', pieces: [{ node: 'Kop', length: 3, cell: null }] },
      { blockId: 'l', pieces: [{ node: 'een', length: 3, cell: 'a' }, { node: 'twee', length: 4, cell: 'b' }] },
    ]);
    expect(segments).toEqual([
      { node: 'Kop', start: 0, end: 3 },
      { node: 'een', start: 5, end: 8 },
      { node: 'twee', start: 9, end: 13 },
    ]);
  });

  it('refuses a block whose rendering does not match its anchor text', () => {
    const anchorText = { text: 'abc', blocks: [{ id: 'p', start: 0, end: 3 }] };
    expect(layoutSegments(anchorText, [{ blockId: 'p', pieces: [{ node: 'abcd', length: 4, cell: null }] }])).toEqual({
      segments: [],
      mismatched: ['p'],
    });
  });
});

describe('points and ranges', () => {
  const segments = [
    { node: 'Kop', start: 0, end: 3 },
    { node: 'een', start: 5, end: 8 },
    { node: 'twee', start: 9, end: 13 },
  ];

  it('maps an offset inside a text to that text', () => {
    expect(pointAtOffset(segments, 6, 'start')).toEqual({ node: 'een', offset: 1 });
    expect(pointAtOffset(segments, 6, 'end')).toEqual({ node: 'een', offset: 1 });
  });

  it('snaps a start forward and an end back over a separator', () => {
    expect(pointAtOffset(segments, 3, 'start')).toEqual({ node: 'een', offset: 0 });
    expect(pointAtOffset(segments, 4, 'start')).toEqual({ node: 'een', offset: 0 });
    expect(pointAtOffset(segments, 5, 'end')).toEqual({ node: 'Kop', offset: 3 });
    expect(pointAtOffset(segments, 9, 'end')).toEqual({ node: 'een', offset: 3 });
    expect(pointAtOffset(segments, 13, 'start')).toBeUndefined();
  });

  it('gives a range across blocks, and none for a range within a separator', () => {
    expect(pointsOfRange(segments, 1, 11)).toEqual({ start: { node: 'Kop', offset: 1 }, end: { node: 'twee', offset: 2 } });
    expect(pointsOfRange(segments, 3, 5)).toBeUndefined();
  });

  it('maps a whole-document passage of the beleidskader back to its quote', () => {
    const anchorText = buildAnchorText(beleidskader);
    const { segments: real } = layoutSegments(anchorText, beleidskader.blocks.map(renderedPieces));
    const start = anchorText.text.indexOf('verbondenheid en gezamenlijkheid');
    const points = pointsOfRange(real, start, start + 'verbondenheid en gezamenlijkheid'.length)!;
    expect(points.start.node.slice(points.start.offset, points.end.offset)).toBe('verbondenheid en gezamenlijkheid');
  });
});

describe('trimRange', () => {
  it('drops white space a double-click or drag took along', () => {
    const text = 'de  wethouder \n\nzegt';
    expect(trimRange(text, 2, 16)).toEqual({ start: 4, end: 13 });
    expect(trimRange(text, 13, 16)).toBeUndefined();
  });
});
