/**
 * Stepping through a document's hits (Enter / Shift+Enter in the box, F3 / Shift+F3 anywhere):
 * among the marked hits when they are marked, else by marking them first.
 */
import { nextHit, previousHit, startMarking } from './search-store';

/** Which way a step goes. */
export type StepDirection = 'next' | 'previous';

/** Where the search stands when a step is asked for. */
export interface StepContext {
  /** The document on screen, if any. */
  documentId: string | undefined;
  /** The text in the search box. */
  query: string;
  /** True when the hits of this document are already marked. */
  markingHere: boolean;
}

/**
 * Goes to the next or previous hit in the document on screen. Without marks yet, marks the
 * hits and steps from the window's position. Does nothing outside a document or without a query.
 */
export function stepThroughHits(direction: StepDirection, { documentId, query, markingHere }: StepContext): void {
  if (!documentId || query.trim() === '') return;
  if (markingHere) {
    if (direction === 'next') nextHit();
    else previousHit();
  } else {
    startMarking(documentId, { step: direction });
  }
}
