/**
 * Reads what the user typed into a search query: loose words, and phrases between quotes
 * ("…", “…” or „…”) that must occur as a phrase. While typing, the last word is a prefix
 * (`finan` finds `financiën`) unless a space or a closing quote follows it; a phrase whose
 * closing quote is still missing is a phrase being typed, its last word a prefix as well.
 */
import { tokenize } from './tokenize';

/** A parsed search query; every word is folded. */
export interface ParsedQuery {
  /** Loose words (all must occur, in any order). */
  words: string[];
  /** Phrases as word sequences (each must occur as written). */
  phrases: string[][];
  /** Whether the last word typed is matched as a prefix, and where it sits. */
  prefix: 'word' | 'phrase' | null;
}

const QUOTE = /["“”„]/;

/** Parses the search box's text into words and phrases. */
export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const parts = input.split(QUOTE);
  // Parts at odd positions were between quotes; a last odd part has no closing quote yet.
  const openPhrase = parts.length % 2 === 0;
  let lastKind: 'word' | 'phrase' | null = null;
  parts.forEach((part, i) => {
    const terms = tokenize(part);
    if (terms.length === 0) return;
    if (i % 2 === 1 && terms.length > 1) {
      phrases.push(terms);
      lastKind = 'phrase';
    } else {
      words.push(...terms);
      lastKind = 'word';
    }
  });
  const typingLastWord = /[\p{L}\p{N}]$/u.test(input);
  const lastIsOpen = lastKind === 'phrase' ? openPhrase : true;
  return { words, phrases, prefix: typingLastWord && lastIsOpen ? lastKind : null };
}

/** Every distinct word of the query, loose words first, as MiniSearch receives them. */
export function queryTerms(query: ParsedQuery): string[] {
  return [...new Set([...query.words, ...query.phrases.flat()])];
}

/** True when the query holds nothing to search for. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
