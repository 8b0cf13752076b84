/**
 * Searches the index of the bundled documents: the best blocks for a query (at most `limit`,
 * fifty for the result list) and how many matched in all and per document. Like runQuery for
 * the annotations: all words must occur, the word being typed as a prefix, phrases are
 * checked against each block's folded term line, and only when nothing matches is a typo
 * tolerated (in words of five letters or more): first near whole words, then, when that finds
 * nothing either, a word corrected to the start of a term ("mantelzrog" → "mantelzorg", which
 * finds "mantelzorgers"), which the result names as its suggestion ("Bedoelde je …?").
 */
import { correctWord } from './did-you-mean';
import { entryText, type DocumentEntry } from './document-entries';
import { hitPattern, type HitPattern } from './hit-pattern';
import type { DocumentIndex } from './index-options';
import { isEmptyQuery, queryTerms, type ParsedQuery } from './parse-query';
import type { RankedResult, RankedSearchOptions, TermQuery } from './ranked-index';
import { FUZZY_MIN_LENGTH, phraseCheck, prefixTerm } from './run-query';
import type { BlockHit } from './search-hits';

/** How many blocks the result list gets; the others are counted. */
export const RESULT_LIMIT = 50;

/** Which documents to search (all when not given), and how many hits to return. */
export interface DocumentScope {
  documentIds?: ReadonlySet<string>;
  /** The most hits returned, the best ones; RESULT_LIMIT when not given. */
  limit?: number;
}

/** How many blocks matched: in all, in how many documents, and in the documents of the hits returned. */
export interface BlockCounts {
  total: number;
  documentCount: number;
  /** How many blocks matched in the document `documentId`. */
  countIn(documentId: string): number;
}

/** The best hits and how many blocks matched. */
export interface DocumentSearch extends BlockCounts {
  /** The best hits, best first, at most the limit. */
  hits: BlockHit[];
  /** When the hits are for a corrected query ("Bedoelde je …?"): its words. */
  suggestion?: string;
}

const NOTHING: DocumentSearch = { hits: [], total: 0, documentCount: 0, countIn: () => 0 };

/** The blocks matching `query`: the best ones and the counts. */
export function searchDocuments(index: DocumentIndex, query: ParsedQuery, scope: DocumentScope = {}): DocumentSearch {
  if (isEmptyQuery(query)) return NOTHING;
  const { documentIds, limit = RESULT_LIMIT } = scope;
  let allowedGroups: Uint8Array | undefined;
  if (documentIds) {
    allowedGroups = new Uint8Array(index.documentIds.length);
    for (const id of documentIds) {
      const group = index.groupOfDocument.get(id);
      if (group !== undefined) allowedGroups[group] = 1;
    }
  }
  const options: RankedSearchOptions = { limit };
  if (allowedGroups) options.allowedGroups = allowedGroups;
  if (query.phrases.length > 0) {
    const hasPhrases = phraseCheck(query);
    options.accept = (doc: number) => hasPhrases(index.entries[doc]!.termLine);
  }
  const prefixed = prefixTerm(query);
  const terms = queryTerms(query);

  let result = index.ranked.search(termQueries(terms, prefixed, false), options);
  if (result.total === 0 && query.phrases.length === 0) result = index.ranked.search(termQueries(terms, prefixed, true), options);
  if (result.total === 0 && query.phrases.length === 0) {
    const corrected = query.words.map((word) => correctWord(word, index.ranked.terms));
    if (corrected.some(Boolean)) {
      const words = query.words.map((word, i) => corrected[i] ?? word);
      // A corrected word is the start of a term: matched as a prefix, as while typing.
      const correctedQueries = words.map((term, i) => ({ term, prefix: corrected[i] !== undefined || term === prefixed, fuzzy: 0 }));
      const again = index.ranked.search(correctedQueries, options);
      if (again.total > 0) return { ...toHits(index, { words, phrases: [], prefix: 'word' }, again), suggestion: words.join(' ') };
    }
  }
  return toHits(index, query, result);
}

function toHits(index: DocumentIndex, query: ParsedQuery, result: RankedResult): DocumentSearch {
  // One pattern for every hit: a term of the query's expansion that a block lacks marks nothing there.
  const pattern = hitPattern(query, result.matchedTerms);
  const hits = result.docs.map((doc, i) => new EntryHit(index.entries[doc]!, result.scores[i]!, pattern));
  return { hits, total: result.total, documentCount: result.groupCount, countIn: countReader(index, result.countByGroup) };
}

/** The words of a query for the ranked index: the one being typed as a prefix, typo-tolerant when asked. */
function termQueries(terms: readonly string[], prefixed: string | undefined, fuzzy: boolean): TermQuery[] {
  return terms.map((term) => ({ term, prefix: term === prefixed, fuzzy: fuzzy && term.length >= FUZZY_MIN_LENGTH ? 0.2 : 0 }));
}

/** How many blocks matched in a document, from the counts per group. */
function countReader(index: DocumentIndex, countByGroup: readonly number[]): (documentId: string) => number {
  return (documentId) => {
    const group = index.groupOfDocument.get(documentId);
    return group === undefined ? 0 : countByGroup[group]!;
  };
}

/**
 * A block hit that reads the block's fields from its index entry when they are used: the
 * search itself then touches no entry, which at fifty hits from all over the index was a
 * good part of a search's time (each entry a separate place in memory).
 */
class EntryHit implements BlockHit {
  readonly type = 'block';
  constructor(
    private readonly entry: DocumentEntry,
    readonly score: number,
    readonly pattern: HitPattern,
  ) {}
  get id(): string {
    return this.entry.id;
  }
  get documentId(): string {
    return this.entry.documentId;
  }
  get blockId(): string {
    return this.entry.blockId;
  }
  get blockKind(): BlockHit['blockKind'] {
    return this.entry.blockKind;
  }
  get text(): string {
    return entryText(this.entry);
  }
  get sectionId(): string | undefined {
    return this.entry.sectionId;
  }
  get section(): string | undefined {
    return this.entry.section;
  }
}
