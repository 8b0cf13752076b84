/**
 * Approximate quote matching, after Hypothesis's match-quote: finds the places where a
 * quote occurs with a few differences (Myers' bit-parallel algorithm, approx-string-match)
 * and scores each by how well the quote, its prefix and suffix, and its position agree.
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
  /** 0–1: share of the quote's characters that match. */
  quoteScore: number;
  /** 0–1: agreement of the surrounding text with the stored prefix and suffix. */
  contextScore: number;
  /** 0–1: the weighted total. */
  score: number;
}

// Weights as in Hypothesis: the quote matters most, the position only breaks ties.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  const [best] = search(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

/** The best approximate match of `quote` in `text`, or null when none is close enough to consider. */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const matches = search(text, quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = similarity(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix);
    const suffixScore = similarity(text.slice(m.end, m.end + context.suffix.length), context.suffix);
    const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length);
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * positionScore) /
      (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
    if (!best || score > best.score) best = { start: m.start, end: m.end, quoteScore, contextScore: (prefixScore + suffixScore) / 2, score };
  }
  return best;
}
