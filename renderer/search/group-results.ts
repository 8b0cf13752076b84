/**
 * Puts search hits in the order the result list shows them: grouped per document, the
 * document with the best hit first, and within a document the best hits first. Also the
 * sentence the live region announces ("12 resultaten in 3 documenten").
 */
import type { SearchHit } from './search-hits';

/** The hits of one document. */
export interface ResultGroup {
  documentId: string;
  hits: SearchHit[];
}

/** Groups hits per document, best document first, each group best hit first. */
export function groupByDocument(hits: readonly SearchHit[]): ResultGroup[] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of [...hits].sort((a, b) => b.score - a.score)) {
    const group = groups.get(hit.documentId);
    if (group) group.push(hit);
    else groups.set(hit.documentId, [hit]);
  }
  return [...groups].map(([documentId, groupHits]) => ({ documentId, hits: groupHits }));
}

/** "12 resultaten in 3 documenten", "1 resultaat in 1 document", "Geen resultaten". */
export function resultSummary(groups: readonly ResultGroup[]): string {
  const count = groups.reduce((sum, group) => sum + group.hits.length, 0);
  if (count === 0) return 'Geen resultaten';
  const results = count === 1 ? '1 resultaat' : `${count} resultaten`;
  const documents = groups.length === 1 ? '1 document' : `${groups.length} documenten`;
  return `${results} in ${documents}`;
}
