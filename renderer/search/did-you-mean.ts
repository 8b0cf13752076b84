/**
 * "Bedoelde je mantelzorg?": when a search finds nothing, even with the typo tolerance of the
 * ranked index (near whole words), a word of five letters or more is corrected to the start of
 * an index term it is near to. "mantelzrog" has no whole term within reach ("mantelzorgers" is
 * four edits away), but "mantelzorg", the start of "mantelzorgers", is one transposition away.
 * Pure: over the sorted terms of the index, run only when a search found nothing.
 */

/** Words shorter than this are not corrected (as for the typo tolerance of the search). */
export const CORRECTION_MIN_LENGTH = 5;

/** The edits a word may be away from the start of a term: one up to seven letters, two from eight. */
export function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The start of a term in `terms` (sorted) nearest to `word`: edits counted as insertions,
 * deletions, substitutions and swaps of two neighbouring letters (optimal string alignment),
 * at most allowedEdits(word). The first letter is taken as typed, as nearly every typo keeps it.
 * Undefined when `word` is itself the start of a term, is too short, or nothing is near.
 */
export function correctWord(word: string, terms: readonly string[]): string | undefined {
  if (word.length < CORRECTION_MIN_LENGTH) return undefined;
  const maxEdits = allowedEdits(word);
  let best: { text: string; edits: number } | undefined;
  for (let t = lowerBound(terms, word[0]!); t < terms.length && terms[t]!.startsWith(word[0]!); t++) {
    const term = terms[t]!;
    if (term.startsWith(word)) return undefined;
    if (term.length < word.length - maxEdits) continue;
    const near = nearestStart(word, term, maxEdits);
    if (near && (!best || near.edits < best.edits || (near.edits === best.edits && near.text.length < best.text.length))) best = near;
  }
  return best?.text;
}

/** The start of `term` with the fewest edits from `word` (ties: the one as long as `word`), if within `maxEdits`. */
function nearestStart(word: string, term: string, maxEdits: number): { text: string; edits: number } | undefined {
  const n = word.length;
  const m = Math.min(term.length, n + maxEdits);
  // rows[i][j]: edits between word[0..i) and term[0..j); three rows suffice for the swaps.
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = word[i - 1] === term[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === term[j - 2] && word[i - 2] === term[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > maxEdits) return undefined;
    [before, previous, current] = [previous, current, before];
  }
  let bestLength = -1;
  for (let j = Math.max(1, n - maxEdits); j <= m; j++) {
    const edits = previous[j]!;
    if (edits > maxEdits) continue;
    if (bestLength === -1 || edits < previous[bestLength]! || (edits === previous[bestLength]! && Math.abs(j - n) < Math.abs(bestLength - n))) bestLength = j;
  }
  return bestLength === -1 ? undefined : { text: term.slice(0, bestLength), edits: previous[bestLength]! };
}

/** The first index in the sorted `list` whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
