/**
 * W3C Web Annotation selectors over a document's anchor text: a TextQuoteSelector (the
 * quoted words with 32 characters of context either side) and a TextPositionSelector
 * (character offsets). Together with the block id they describe where an annotation sits,
 * robustly enough to find it again in a changed version of the document.
 */
import type { TextTarget } from '../model/text-target';
import { blockAt, type AnchorText } from './anchor-text';

export const CONTEXT_LENGTH = 32;

/** Describe the range [start, end) of `text` by quote and position. */
export function describeRange(text: string, start: number, end: number, blockId?: string): TextTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
    ...(blockId ? { blockId } : {}),
  };
}

/** Describe the passage [start, end) of a document's anchor text, with the block it starts in. */
export function describePassage(anchorText: AnchorText, start: number, end: number): TextTarget {
  return describeRange(anchorText.text, start, end, blockAt(anchorText, start)?.id);
}
