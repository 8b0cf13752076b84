/**
 * The search state shared by the screens: what is typed, the filters, which document shows
 * its hits marked (and where to go in it), and where the hit navigation stands. It outlives
 * the search box, which is remounted with every screen, so a result opened in the library is
 * still marked in the reader. A small external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { DocumentKind } from '../documents/model';
import type { HitPosition } from './document-marks';

/** The kind filter: a document kind, only annotations, or everything (''). */
export type KindFilter = '' | DocumentKind | 'aantekeningen';

export interface SearchState {
  /** The text in the search box. */
  query: string;
  /** A document id, or '' for all documents. */
  documentFilter: string;
  kindFilter: KindFilter;
  /** The document whose hits are marked in its text, and where to go once they are (see MarkTarget). */
  marking: { documentId: string; target?: MarkTarget; request: number } | null;
  /** The hit navigation in the marked document. */
  position: HitPosition;
  /** Increases when the search box should take the focus (after a result was opened). */
  focusRequest: number;
}

/** Where to go once the hits are marked: the first hit in a block, or a step from the window's position. */
export type MarkTarget = { blockId: string } | { step: 'next' | 'previous' };

/** Moves between the marked hits; registered by the reader while it shows marks. */
export interface HitNavigator {
  next(): void;
  previous(): void;
}

let state: SearchState = {
  query: '',
  documentFilter: '',
  kindFilter: '',
  marking: null,
  position: { count: 0, current: -1 },
  focusRequest: 0,
};
let navigator: HitNavigator | null = null;
let requests = 0;
const listeners = new Set<() => void>();

function update(changes: Partial<SearchState>): void {
  state = { ...state, ...changes };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current search state (for tests and event handlers). */
export function getSearchState(): SearchState {
  return state;
}

/** The search state, re-rendering on every change. */
export function useSearchState(): SearchState {
  return useSyncExternalStore(subscribe, getSearchState);
}

/** Sets the text of the search box; an empty text ends the marking. */
export function setQuery(query: string): void {
  update(query.trim() === '' ? { query, marking: null } : { query });
}

/** Sets the document and kind filters. */
export function setFilters(filters: Partial<Pick<SearchState, 'documentFilter' | 'kindFilter'>>): void {
  update(filters);
}

/** Marks the hits of the query in `documentId`, then goes to `target` if given. */
export function startMarking(documentId: string, target?: MarkTarget): void {
  requests += 1;
  update({ marking: { documentId, ...(target ? { target } : {}), request: requests } });
}

/** Asks the search box to take the focus. */
export function focusSearchBox(): void {
  update({ focusRequest: state.focusRequest + 1 });
}

/** Removes the marks. */
export function stopMarking(): void {
  update({ marking: null });
}

/** Called by the reader's marks with their position. */
export function reportPosition(position: HitPosition): void {
  if (position.count !== state.position.count || position.current !== state.position.current) update({ position });
}

/** Registers (or, with null, removes) the navigator of the marked document. */
export function setHitNavigator(value: HitNavigator | null): void {
  navigator = value;
}

/** The next marked hit (Enter, F3); false when nothing is marked. */
export function nextHit(): boolean {
  navigator?.next();
  return navigator !== null;
}

/** The previous marked hit (Shift+Enter, Shift+F3); false when nothing is marked. */
export function previousHit(): boolean {
  navigator?.previous();
  return navigator !== null;
}
