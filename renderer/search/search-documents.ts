/** Searches the index of the bundled documents and returns block hits, best first. */
import type MiniSearch from 'minisearch';
import { entryText, type DocumentEntry } from './document-entries';
import { hitPattern } from './hit-pattern';
import type { ParsedQuery } from './parse-query';
import { runQuery } from './run-query';
import type { BlockHit } from './search-hits';

/** Which documents to search; all when not given. */
export interface DocumentScope {
  documentIds?: ReadonlySet<string>;
}

/** The blocks matching `query`, best first. */
export function searchDocuments(index: MiniSearch<DocumentEntry>, query: ParsedQuery, scope: DocumentScope = {}): BlockHit[] {
  const { documentIds } = scope;
  const results = runQuery(
    index,
    query,
    (result) => result.termLine,
    documentIds ? (result) => documentIds.has(result.documentId) : undefined,
  );
  return results.map((result) => ({
    type: 'block',
    id: String(result.id),
    documentId: result.documentId,
    blockId: result.blockId,
    blockKind: result.blockKind,
    text: entryText(result),
    ...(result.sectionId ? { sectionId: result.sectionId } : {}),
    ...(result.section ? { section: result.section } : {}),
    score: result.score,
    pattern: hitPattern(query, result.terms),
  }));
}
