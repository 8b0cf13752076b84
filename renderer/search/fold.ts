/**
 * Dutch-aware folding for search: case and diacritics are ignored, so `financien` finds
 * `financiën` and `een` finds `één`. Text is decomposed (NFD), its combining marks are
 * dropped and it is lower-cased. A second form keeps, for every folded character, where it
 * came from in the original, so hits found in folded text can be shown in the original.
 */

const COMBINING_MARKS = /\p{M}/gu;

/** The folded form of `text`: NFD, without combining marks, lower case. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Folded text with a map back to the original. */
export interface FoldedText {
  text: string;
  /** `offsets[i]` is the index in the original of folded character i; one extra entry holds the original's length. */
  offsets: number[];
}

/** Folds `text` code point by code point, recording where each folded character came from. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII needs no decomposition; this keeps the common case cheap.
    const piece = code < 0x80 ? char.toLowerCase() : foldText(char);
    for (let i = 0; i < piece.length; i++) offsets.push(index);
    folded += piece;
    index += char.length;
  }
  offsets.push(text.length);
  return { text: folded, offsets };
}
