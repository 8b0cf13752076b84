/**
 * Where a result's hits are in a text: the words MiniSearch matched (exact, prefix or with a
 * typo) and the query's phrases. One pattern serves the snippet in the result list and the
 * marks in the document, so both emphasise the same words.
 */
import type { ParsedQuery } from './parse-query';
import { prefixTerm } from './run-query';
import { termSpans } from './tokenize';

/** What counts as a hit in a text. */
export interface HitPattern {
  /** Folded terms that are a hit on their own. */
  terms: ReadonlySet<string>;
  /** Folded word sequences that are a hit together. */
  phrases: readonly string[][];
  /** The last phrase is still being typed: its last word matches as a prefix. */
  openPhrase: boolean;
}

/** A hit: a range [start, end) of the original text. */
export interface HitRange {
  start: number;
  end: number;
}

/**
 * The hit pattern of one result: `matchedTerms` are the index terms MiniSearch reports for it.
 * With phrases in the query, a matched term counts alone only when it answers a loose word.
 */
export function hitPattern(query: ParsedQuery, matchedTerms: readonly string[]): HitPattern {
  const prefixed = query.prefix === 'word' ? prefixTerm(query) : undefined;
  const loose =
    query.phrases.length === 0
      ? matchedTerms
      : matchedTerms.filter((term) => query.words.includes(term) || (prefixed !== undefined && term.startsWith(prefixed)));
  return { terms: new Set(loose), phrases: query.phrases, openPhrase: query.prefix === 'phrase' };
}

/** The hits of `pattern` in `text`, in order, overlapping hits merged. */
export function findHits(text: string, pattern: HitPattern): HitRange[] {
  const spans = termSpans(text);
  const hits: HitRange[] = [];
  spans.forEach((span, i) => {
    if (pattern.terms.has(span.term)) hits.push({ start: span.start, end: span.end });
    pattern.phrases.forEach((phrase, p) => {
      const open = pattern.openPhrase && p === pattern.phrases.length - 1;
      const last = spans[i + phrase.length - 1];
      if (!last) return;
      const matches = phrase.every((word, w) => {
        const term = spans[i + w]!.term;
        return open && w === phrase.length - 1 ? term.startsWith(word) : term === word;
      });
      if (matches) hits.push({ start: span.start, end: last.end });
    });
  });
  return mergeRanges(hits);
}

function mergeRanges(ranges: HitRange[]): HitRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: HitRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
