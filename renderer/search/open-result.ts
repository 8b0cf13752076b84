/**
 * What opening a search result does: the hits in the result's document get marked, starting
 * at the result's block, and (unless a followed link already does it) the document opens there.
 */
import { documentHref } from '../navigation/route';
import type { SearchHit } from './search-hits';
import { startMarking } from './search-store';

/** Marks the hits in `hit`'s document, to go to `hit` once they are; for a result link the browser follows itself. */
export function markResult(hit: SearchHit): void {
  startMarking(hit.documentId, hit.blockId ? { blockId: hit.blockId } : undefined);
}

/** Marks the hits in `hit`'s document and opens the document at `hit`. */
export function goToResult(hit: SearchHit): void {
  markResult(hit);
  window.location.hash = documentHref(hit.documentId, hit.blockId);
}
