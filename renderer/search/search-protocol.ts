/**
 * The messages between the reader and the search worker (search-worker.ts), typed once for
 * both sides, and the two ends of a search request: answering it from the document index
 * (in the worker, or on the main thread when no worker runs) and turning the answer back
 * into the hits and counts the result list uses. Everything sent is plain data for the
 * structured clone: hits without getters, counts per document instead of a function, and the
 * hit pattern once per answer (every hit of a search shares it, see search-documents.ts).
 */
import { hitPattern, type HitPattern } from './hit-pattern';
import type { DocumentIndex } from './index-options';
import type { ParsedQuery } from './parse-query';
import { searchDocuments, type DocumentSearch } from './search-documents';
import type { BlockHit } from './search-hits';

/** The result list's search: the best blocks (RESULT_LIMIT unless `limit`) and the counts. */
export interface ResultsRequest {
  kind: 'results';
  query: ParsedQuery;
  /** Only these documents; all when not given. */
  documentIds?: string[];
  limit?: number;
}

/** The reader's search: every block of one document that matches, to mark the hits in it. */
export interface MarksRequest {
  kind: 'marks';
  query: ParsedQuery;
  documentId: string;
}

export type SearchRequest = ResultsRequest | MarksRequest;

/** A block hit as plain data (BlockHit without its type and pattern). */
export type PlainBlockHit = Omit<BlockHit, 'type' | 'pattern'>;

/** The answer to a ResultsRequest. */
export interface ResultsAnswer {
  kind: 'results';
  hits: PlainBlockHit[];
  /** The pattern of every hit; null when there are none. */
  pattern: HitPattern | null;
  total: number;
  documentCount: number;
  /** How many blocks matched per document; documents without a match are left out. */
  countByDocument: Map<string, number>;
  /** The corrected query the hits are for, when the typed one found nothing ("Bedoelde je …?"). */
  suggestion?: string;
}

/** The answer to a MarksRequest: the matching blocks, best first, and what to mark in them. */
export interface MarksAnswer {
  kind: 'marks';
  blockIds: string[];
  pattern: HitPattern;
}

export type SearchAnswer = ResultsAnswer | MarksAnswer;

/** The answer type of a request type. */
export type AnswerTo<R extends SearchRequest> = Extract<SearchAnswer, { kind: R['kind'] }>;

/** Reader → worker. */
export type ToWorker =
  /**
   * Open the prebuilt index: `json` when the reader fetched it already (handed over, not
   * copied), else fetched from `url` (absolute: a worker resolves relative URLs against its
   * own script).
   */
  | { type: 'load'; url: string; json?: ArrayBuffer }
  | { type: 'search'; id: number; request: SearchRequest };

/** Worker → reader. */
export type FromWorker =
  /** The worker's code runs (sent before anything else). */
  | { type: 'started' }
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'answer'; id: number; answer: SearchAnswer }
  | { type: 'search-failed'; id: number; message: string };

/** Answers `request` from `index`. */
export function answerRequest<R extends SearchRequest>(index: DocumentIndex, request: R): AnswerTo<R>;
export function answerRequest(index: DocumentIndex, request: SearchRequest): SearchAnswer {
  if (request.kind === 'marks') {
    const { hits } = searchDocuments(index, request.query, { documentIds: new Set([request.documentId]), limit: Infinity });
    return { kind: 'marks', blockIds: hits.map((hit) => hit.blockId), pattern: hits[0]?.pattern ?? hitPattern(request.query, []) };
  }
  const { documentIds, limit } = request;
  const search = searchDocuments(index, request.query, {
    ...(documentIds ? { documentIds: new Set(documentIds) } : {}),
    ...(limit !== undefined ? { limit } : {}),
  });
  const countByDocument = new Map<string, number>();
  for (const documentId of index.documentIds) {
    const count = search.countIn(documentId);
    if (count > 0) countByDocument.set(documentId, count);
  }
  return {
    kind: 'results',
    hits: search.hits.map(toPlainHit),
    pattern: search.hits[0]?.pattern ?? null,
    total: search.total,
    documentCount: search.documentCount,
    countByDocument,
    ...(search.suggestion !== undefined ? { suggestion: search.suggestion } : {}),
  };
}

function toPlainHit(hit: BlockHit): PlainBlockHit {
  const { id, documentId, blockId, blockKind, text, sectionId, section, score } = hit;
  return {
    id,
    documentId,
    blockId,
    blockKind,
    text,
    score,
    ...(sectionId !== undefined ? { sectionId } : {}),
    ...(section !== undefined ? { section } : {}),
  };
}

/** The hits and counts of a ResultsAnswer, as searchDocuments gives them. */
export function toDocumentSearch(answer: ResultsAnswer): DocumentSearch {
  const { pattern, countByDocument } = answer;
  return {
    hits: pattern ? answer.hits.map((hit): BlockHit => ({ type: 'block', ...hit, pattern })) : [],
    total: answer.total,
    documentCount: answer.documentCount,
    countIn: (documentId) => countByDocument.get(documentId) ?? 0,
    ...(answer.suggestion !== undefined ? { suggestion: answer.suggestion } : {}),
  };
}

/** The message of an error, for a FromWorker message. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
