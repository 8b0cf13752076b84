/**
 * The canonical plain text of a document that annotations are anchored in: each block's
 * text in reading order, blocks separated by a blank line. It is exactly what the reader
 * shows, so offsets in it map one-to-one onto the rendered text (see dom-ranges.ts):
 * within a block, list items and table cells are separated by a newline.
 */
import type { Block, DocumentModel } from '../documents/model';

export interface BlockSpan {
  id: string;
  start: number;
  end: number;
}

export interface AnchorText {
  text: string;
  blocks: BlockSpan[];
}

export const BLOCK_SEPARATOR = '\n\n';

/** The text of one block as the reader renders it (no list numbers, non-empty cells only). */
export function blockAnchorText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [block.caption ?? '', ...block.header, ...block.rows.flatMap((r) => [r.label, ...r.cells])]
        .filter((cell) => cell !== '')
        .join('\n');
  }
}

export function buildAnchorText(model: DocumentModel): AnchorText {
  const blocks: BlockSpan[] = [];
  let text = '';
  for (const block of model.blocks) {
    if (text !== '') text += BLOCK_SEPARATOR;
    const start = text.length;
    text += blockAnchorText(block);
    blocks.push({ id: block.id, start, end: text.length });
  }
  return { text, blocks };
}

/** The block that contains offset `at` (binary search over the spans). */
export function blockAt(anchorText: AnchorText, at: number): BlockSpan | undefined {
  const spans = anchorText.blocks;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at > span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}
