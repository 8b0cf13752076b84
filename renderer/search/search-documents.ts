/** Searches the index of the bundled documents and returns block hits, best first. */
import type { DocumentEntry } from './document-entries';
import { entryText } from './document-entries';
import { hitPattern, type HitPattern } from './hit-pattern';
import type { DocumentIndex } from './index-options';
import type { ParsedQuery } from './parse-query';
import { runQuery } from './run-query';
import type { BlockHit } from './search-hits';

/** Which documents to search; all when not given. */
export interface DocumentScope {
  documentIds?: ReadonlySet<string>;
}

/** The blocks matching `query`, best first. */
export function searchDocuments(index: DocumentIndex, query: ParsedQuery, scope: DocumentScope = {}): BlockHit[] {
  const { documentIds } = scope;
  const entryOf = (result: { id: unknown }) => index.entries.get(result.id as string)!;
  const results = runQuery<DocumentEntry>(
    index.search,
    query,
    (result) => entryOf(result).termLine,
    documentIds ? (result) => documentIds.has(entryOf(result).documentId) : undefined,
  );
  // Hits with the same matched terms share one pattern: thousands of hits, a handful of patterns.
  const patterns = new Map<string, HitPattern>();
  return results.map((result) => {
    const entry = entryOf(result);
    const key = result.terms.join(' ');
    let pattern = patterns.get(key);
    if (!pattern) patterns.set(key, (pattern = hitPattern(query, result.terms)));
    return {
      type: 'block',
      id: entry.id,
      documentId: entry.documentId,
      blockId: entry.blockId,
      blockKind: entry.blockKind,
      text: entryText(entry),
      ...(entry.sectionId ? { sectionId: entry.sectionId } : {}),
      ...(entry.section ? { section: entry.section } : {}),
      score: result.score,
      pattern,
    };
  });
}
