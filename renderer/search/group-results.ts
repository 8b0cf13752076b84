/**
 * Puts search hits in the order the result list shows them: grouped per document, a document
 * whose title or kind the query names first ("begroting" puts the Programmabegroting on top),
 * then the document with the best hit, and within a document the best hits first. The list
 * gets only the best blocks (see search-documents.ts); the block counts say how many matched
 * in all, so each group and the summary can say how many there are. Also the sentence the
 * live region announces ("12 resultaten in 3 documenten").
 */
import { KIND_LABELS } from '../documents/kind-labels';
import type { DocumentKind } from '../documents/model';
import { queryTerms, type ParsedQuery } from './parse-query';
import type { BlockCounts } from './search-documents';
import type { SearchHit } from './search-hits';
import { tokenize } from './tokenize';

/** The hits of one document. */
export interface ResultGroup {
  documentId: string;
  /** The hits shown, best first. */
  hits: SearchHit[];
  /** How many matched in this document, shown or not. */
  total: number;
}

/** How many results there are in all, and how many of them the groups leave out. */
export interface ResultTotals {
  results: number;
  documents: number;
  /** Results in documents that have no group (none of their hits is among the best). */
  elsewhere: { results: number; documents: number };
}

/** Words shorter than this name no document (they would be part of too many titles). */
const NAMING_MIN_LENGTH = 3;
/** From this length a word also names a document by a part of a compound ("begroting" in "Programmabegroting"). */
const COMPOUND_MIN_LENGTH = 5;

/**
 * The documents whose title or kind holds every word of the query: as the start of one of its
 * words, or, for a word of five letters or more, inside one (Dutch compounds). None when the
 * query has a word too short to name anything.
 */
export function documentsNamed(query: ParsedQuery, documents: readonly { id: string; title: string; kind: DocumentKind }[]): Set<string> {
  const terms = queryTerms(query);
  if (terms.length === 0 || terms.some((term) => term.length < NAMING_MIN_LENGTH)) return new Set();
  const named = documents.filter((document) => {
    const words = tokenize(`${document.title} ${KIND_LABELS[document.kind]}`);
    return terms.every((term) => words.some((word) => word.startsWith(term) || (term.length >= COMPOUND_MIN_LENGTH && word.includes(term))));
  });
  return new Set(named.map((document) => document.id));
}

/**
 * Groups hits per document, the documents in `first` (see documentsNamed) first, then best
 * document first, each group best hit first. `blocks` counts the matching blocks when the
 * block hits are only the best of them.
 */
export function groupByDocument(hits: readonly SearchHit[], blocks?: BlockCounts, first: ReadonlySet<string> = new Set()): ResultGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of [...hits].sort((a, b) => b.score - a.score)) {
    const group = groups.get(hit.documentId);
    if (group) group.push(hit);
    else groups.set(hit.documentId, [hit]);
  }
  // A stable sort: within each of the two parts the best document stays first.
  const ordered = [...groups].sort(([a], [b]) => Number(first.has(b)) - Number(first.has(a)));
  return ordered.map(([documentId, groupHits]) => {
    const blockCount = blocks?.countIn(documentId);
    const total = blockCount === undefined ? groupHits.length : blockCount + groupHits.filter((hit) => hit.type === 'annotation').length;
    return { documentId, hits: groupHits, total };
  });
}

/** The totals over the groups and the documents whose matches made no group. */
export function resultTotals(groups: readonly ResultGroup[], blocks?: BlockCounts): ResultTotals {
  let blocksInGroups = 0;
  let documentsWithBlocks = 0;
  for (const group of groups) {
    const count = blocks?.countIn(group.documentId) ?? 0;
    blocksInGroups += count;
    if (count > 0) documentsWithBlocks += 1;
  }
  const elsewhere = blocks
    ? { results: blocks.total - blocksInGroups, documents: blocks.documentCount - documentsWithBlocks }
    : { results: 0, documents: 0 };
  const inGroups = groups.reduce((sum, group) => sum + group.total, 0);
  return { results: inGroups + elsewhere.results, documents: groups.length + elsewhere.documents, elsewhere };
}

const results = (count: number) => (count === 1 ? '1 resultaat' : `${count.toLocaleString('nl-NL')} resultaten`);
const documents = (count: number) => (count === 1 ? '1 document' : `${count.toLocaleString('nl-NL')} documenten`);

/** "12 resultaten in 3 documenten", "1 resultaat in 1 document", "Geen resultaten". */
export function resultSummary(totals: ResultTotals): string {
  if (totals.results === 0) return 'Geen resultaten';
  return `${results(totals.results)} in ${documents(totals.documents)}`;
}

/** "Nog 40 resultaten in 2 andere documenten; …", or '' when every document has its group. */
export function elsewhereSummary(totals: ResultTotals): string {
  const { elsewhere } = totals;
  if (elsewhere.documents === 0) return '';
  const other = elsewhere.documents === 1 ? '1 ander document' : `${elsewhere.documents.toLocaleString('nl-NL')} andere documenten`;
  return `Nog ${results(elsewhere.results)} in ${other}; kies een document of zoek preciezer.`;
}
