/**
 * Splits text into search terms. A term is a run of letters and digits; a number keeps its
 * Dutch thousands dots and decimal comma (`1.000`, `8,43`; see documents/numbers.ts). Terms
 * are folded (see fold.ts). The index, the query parser, the snippets and the marks in the
 * text all use this one definition, so what is found is exactly what is highlighted.
 */
import { SEARCH_NUMBER_TERM } from '../documents/numbers';
import { foldText, foldWithOffsets } from './fold';

const TERM = new RegExp(String.raw`${SEARCH_NUMBER_TERM}|[\p{L}\p{N}]+`, 'gu');

/** The folded terms of `text`, in order. */
export function tokenize(text: string): string[] {
  return foldText(text).match(TERM) ?? [];
}

/** A term of a text with its place in the original (unfolded) text. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/** The folded terms of `text` with their original start and end offsets. */
export function termSpans(text: string): TermSpan[] {
  const folded = foldWithOffsets(text);
  const spans: TermSpan[] = [];
  for (const match of folded.text.matchAll(TERM)) {
    const start = match.index;
    const end = start + match[0].length;
    spans.push({ term: match[0], start: folded.offsets[start]!, end: folded.offsets[end]! });
  }
  return spans;
}

/** The terms of `text` joined by single spaces, with a space either side: the form phrases are checked in. */
export function termLine(text: string): string {
  return ` ${tokenize(text).join(' ')} `;
}
