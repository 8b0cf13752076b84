/**
 * Approximate quote matching, after Hypothesis's match-quote: finds the places where a
 * quote occurs with a few differences (Myers' bit-parallel algorithm, approx-string-match)
 * and scores each by how well the quote, its prefix and suffix, and its position agree.
 *
 * The best match's ends are then realigned with the stored context: approx-string-match
 * returns the span with the fewest differences, which for a quote with words inserted is
 * a shorter span that drops its beginning or end. Aligning prefix + head of the quote and
 * tail of the quote + suffix puts both ends where the context says they are.
 */
import search from 'approx-string-match';

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote was expected (its old start offset). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0–1: one minus the edit distance between the quote and the matched text, per quote character. */
  quoteScore: number;
  /** 0–1: share of the quote's characters found, in order, in the matched text (insertions cost nothing). */
  keptShare: number;
  /** Characters in the matched text that are not in the quote (inserted or replacing). */
  added: number;
  /** 0–1: agreement of the surrounding text with the stored prefix and suffix. */
  contextScore: number;
  /** Edits between the stored prefix, quote and suffix and the text here. */
  errors: number;
  /**
   * What speaks against this match, in characters: the edits between the stored prefix,
   * quote and suffix and the text here, plus a penalty for the distance from where the
   * quote was. Lower is better; comparable between matches of the same quote.
   */
  cost: number;
}

/** How many characters of the quote's head and tail are aligned with the context. */
const EDGE = 32;

/**
 * The distance from the old position, counted as character edits: nothing when it is where
 * it was, 4 at 500 characters away, about 9 at 2,000 and 16 at 7,000. Offsets are over the
 * document's own canonical text, so after an edit the passage is usually within a few
 * hundred characters of where it was; a sentence that recurs in every chapter is then told
 * apart by where it is when its words and context cannot tell.
 */
export function positionPenalty(start: number, hint: number | undefined): number {
  return hint === undefined ? 0 : 4 * Math.log2(1 + Math.abs(start - hint) / 500);
}

/** Differences allowed in a search: half the quote, and no more than 256 for a long one. */
function maxErrors(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

/** The fewest edits with which `pattern` occurs in `text` (at most its length). */
export function contextErrors(text: string, pattern: string): number {
  if (pattern.length === 0) return 0;
  if (text.length === 0) return pattern.length;
  if (text === pattern) return 0;
  const [best] = search(text, pattern, pattern.length);
  return best ? best.errors : pattern.length;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function longestCommonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Aligns `pattern` anywhere inside `text` (fewest edits; text before and after is free) and
 * returns the offset in `text` where the pattern's character `boundary` lands. Text inserted
 * right at the boundary counts as lying before it when `insertedBefore`, else after it.
 */
function alignBoundary(text: string, pattern: string, boundary: number, insertedBefore: boolean): number {
  const m = pattern.length;
  const n = text.length;
  const width = n + 1;
  const cost = new Uint16Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    cost[i * width] = i;
    for (let j = 1; j <= n; j++) {
      const diagonal = cost[(i - 1) * width + j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      cost[i * width + j] = Math.min(diagonal, cost[(i - 1) * width + j]! + 1, cost[i * width + j - 1]! + 1);
    }
  }
  let j = 0;
  for (let k = 1; k <= n; k++) if (cost[m * width + k]! < cost[m * width + j]!) j = k;
  // Walk back; the columns visited on the boundary row are where the boundary may fall.
  let i = m;
  let first = -1;
  let last = -1;
  while (i > 0) {
    if (i === boundary) {
      if (last === -1) last = j;
      first = j;
    }
    const here = cost[i * width + j]!;
    if (j > 0 && here === cost[(i - 1) * width + j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1)) {
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j]! + 1) i--;
    else j--;
  }
  if (boundary === 0) first = last = j;
  return insertedBefore ? last : first;
}

/**
 * Moves the ends of an approximate match [start, end) of `quote` to where the stored
 * prefix and suffix say the quoted passage begins and ends.
 */
function realign(text: string, quote: string, context: QuoteContext, start: number, end: number): { start: number; end: number } {
  // The match may have dropped up to half the quote's length at either end.
  const slack = Math.ceil(quote.length / 2) + 8;
  const head = quote.slice(0, EDGE);
  const headFrom = Math.max(0, start - context.prefix.length - slack);
  const headText = text.slice(headFrom, Math.min(text.length, start + head.length + slack));
  const newStart = headFrom + alignBoundary(headText, context.prefix + head, context.prefix.length, true);

  const tail = quote.slice(-EDGE);
  const tailFrom = Math.max(0, end - tail.length - slack);
  const tailText = text.slice(tailFrom, Math.min(text.length, end + context.suffix.length + slack));
  const newEnd = tailFrom + alignBoundary(tailText, tail + context.suffix, tail.length, false);

  return newStart < newEnd ? snapToWords(text, quote, context, newStart, newEnd) : { start, end };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (character: string | undefined) => character !== undefined && WORD_CHARACTER.test(character);

/**
 * A quote that began at the start of a word begins at the start of a word again, and one
 * that ended at the end of a word ends at one: where its first or last word was replaced,
 * the alignment keeps only the characters the old and new word share ("irca" for "Circa").
 */
function snapToWords(text: string, quote: string, context: QuoteContext, start: number, end: number): { start: number; end: number } {
  if (isWordCharacter(quote[0]) && !isWordCharacter(context.prefix.at(-1))) {
    while (start > 0 && isWordCharacter(text[start - 1])) start--;
  }
  if (isWordCharacter(quote.at(-1)) && !isWordCharacter(context.suffix[0])) {
    while (end < text.length && isWordCharacter(text[end])) end++;
  }
  return { start, end };
}

/** Scores the passage [start, end) of `text` as a match for `quote` in its context. */
export function scoreMatch(text: string, start: number, end: number, quote: string, context: QuoteContext, exact = false): QuoteMatch {
  const found = text.slice(start, end);
  const kept = exact ? quote.length : longestCommonSubsequence(quote, found);
  const quoteErrors = exact ? 0 : editDistance(quote, found);
  const prefixErrors = contextErrors(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix);
  const suffixErrors = contextErrors(text.slice(end, end + context.suffix.length), context.suffix);
  const contextLength = context.prefix.length + context.suffix.length;
  return {
    start,
    end,
    quoteScore: Math.max(0, 1 - quoteErrors / quote.length),
    keptShare: kept / quote.length,
    added: found.length - kept,
    contextScore: contextLength === 0 ? 1 : 1 - (prefixErrors + suffixErrors) / contextLength,
    errors: quoteErrors + prefixErrors + suffixErrors,
    cost: quoteErrors + prefixErrors + suffixErrors + positionPenalty(start, context.hint),
  };
}

/**
 * The best approximate match of `quote` in `text`, or null when there is nothing like it.
 *
 * approx-string-match reports only the places with the fewest differences, so one search
 * for the quote alone can miss the passage (edited by a word) in favour of a piece of some
 * other sentence that happens to differ less. With `inContext`, a second search for
 * prefix + quote + suffix finds the place where the quote *in its context* differs least;
 * it costs about three times as much, so it is meant for a window around the old position.
 * Every candidate is realigned and the one with the lowest cost wins.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext, inContext = false): QuoteMatch | null {
  if (quote.length === 0) return null;
  const { prefix, suffix } = context;
  let best = bestCandidate(text, quote, context, search(text, quote, maxErrors(quote)));
  // When the quote alone found its passage with the context around it, the costlier search
  // cannot do better.
  if (inContext && prefix.length + suffix.length > 0 && !(best && best.contextScore >= 0.9)) {
    const extended = prefix + quote + suffix;
    const inContextMatches = search(text, extended, maxErrors(quote) + Math.floor((prefix.length + suffix.length) / 2)).map((m) => {
      // Where the quote lies inside the match, roughly; realign() settles it.
      const start = Math.min(m.end, m.start + prefix.length);
      return { start, end: Math.max(start, m.end - suffix.length) };
    });
    const other = bestCandidate(text, quote, context, inContextMatches);
    if (other && (!best || other.cost < best.cost)) best = other;
  }
  return best;
}

/** Realigns and scores candidate spans; the one with the lowest cost. */
function bestCandidate(text: string, quote: string, context: QuoteContext, candidates: { start: number; end: number }[]): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  let previous: { start: number; end: number } | undefined;
  for (const candidate of candidates.sort((a, b) => a.start - b.start || a.end - b.end)) {
    // Neighbouring ends of one match realign to the same passage.
    if (previous && candidate.start - previous.start <= 4 && Math.abs(candidate.end - previous.end) <= 4) continue;
    previous = candidate;
    const { start, end } = realign(text, quote, context, candidate.start, candidate.end);
    const match = scoreMatch(text, start, end, quote, context);
    if (!best || match.cost < best.cost) best = match;
  }
  return best;
}
