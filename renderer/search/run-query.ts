/**
 * Runs a parsed query against a MiniSearch index (documents or annotations): all words must
 * occur (AND), the word being typed as a prefix; phrases are then checked against each
 * candidate's folded term line, because MiniSearch keeps no word positions. When nothing is
 * found, the query is tried once more with tolerance for a typo (about one edit per five
 * letters), so `financein` still finds `financiën`.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions, SearchResult } from 'minisearch';
import { isEmptyQuery, queryTerms, type ParsedQuery } from './parse-query';

/** A result of MiniSearch with the stored fields of type T. */
export type StoredResult<T> = SearchResult & T;

/** Terms below this length get no typo tolerance: too many short words are one edit apart. */
export const FUZZY_MIN_LENGTH = 5;

/** The term matched as a prefix, if any. */
export function prefixTerm(query: ParsedQuery): string | undefined {
  if (query.prefix === 'word') return query.words.at(-1);
  if (query.prefix === 'phrase') return query.phrases.at(-1)?.at(-1);
  return undefined;
}

/** A check of folded term lines for the query's phrases, the strings to look for made once. */
export function phraseCheck(query: ParsedQuery): (termLine: string) => boolean {
  const needles = query.phrases.map((phrase, i) => {
    const open = query.prefix === 'phrase' && i === query.phrases.length - 1;
    return ` ${phrase.join(' ')}${open ? '' : ' '}`;
  });
  return (termLine) => needles.every((needle) => termLine.includes(needle));
}

/**
 * Searches `index` for `query`; `termLineOf` gives a result's folded term line for the phrase
 * check, `filter` narrows the results (by document, for instance) before ranking.
 */
export function runQuery<T>(
  index: MiniSearch<T>,
  query: ParsedQuery,
  termLineOf: (result: StoredResult<T>) => string,
  filter?: (result: StoredResult<T>) => boolean,
): StoredResult<T>[] {
  if (isEmptyQuery(query)) return [];
  const terms = queryTerms(query);
  const prefixed = prefixTerm(query);
  const options: SearchOptions = {
    combineWith: 'AND',
    prefix: (term) => term === prefixed,
    ...(filter ? { filter: filter as (result: SearchResult) => boolean } : {}),
  };
  const hasPhrases = phraseCheck(query);
  const check = (results: SearchResult[]) =>
    (query.phrases.length === 0 ? results : results.filter((r) => hasPhrases(termLineOf(r as StoredResult<T>)))) as StoredResult<T>[];

  const exact = check(index.search(terms.join(' '), options));
  if (exact.length > 0 || query.phrases.length > 0) return exact;
  return check(
    index.search(terms.join(' '), {
      ...options,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
    }),
  );
}
