/**
 * React hook: moving between the search box and its result links by keyboard. ArrowDown in the
 * box opens the results and goes to the first link; ArrowDown / ArrowUp move between the links,
 * ArrowUp on the first goes back to the box; Escape closes the results.
 */
import { useRef, type KeyboardEvent, type RefObject } from 'react';

/** The links SearchResults renders, one per hit: what the arrow keys move between. */
const RESULT_LINK = 'a.search-result';

/** What the navigation moves between, and the results panel's open state. */
export interface ResultNavigationOptions {
  /** The search box's input. */
  input: RefObject<HTMLInputElement | null>;
  /** The text in the search box. */
  query: string;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
}

/** The key handlers of the navigation, and the ref for the results panel they look in. */
export interface ResultNavigation {
  /** Goes on the results panel (the element holding the result links). */
  panel: RefObject<HTMLDivElement | null>;
  /** For keys in the search box other than Enter: Escape and ArrowDown. */
  onBoxKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** For keys in the result list: ArrowDown, ArrowUp and Escape. */
  onResultsKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The keyboard navigation between the box and the result links. */
export function useResultNavigation({ input, query, panelOpen, setPanelOpen }: ResultNavigationOptions): ResultNavigation {
  const panel = useRef<HTMLDivElement>(null);

  const onBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && panelOpen && query !== '') {
      // The first Escape closes the results; the next one clears the box (the browser's own).
      event.preventDefault();
      setPanelOpen(false);
    } else if (event.key === 'ArrowDown' && query.trim() !== '') {
      event.preventDefault();
      setPanelOpen(true);
      // The panel may only be rendered with this opening: look for the link after it is.
      requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>(RESULT_LINK)?.focus());
    }
  };

  const onResultsKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...(panel.current?.querySelectorAll<HTMLElement>(RESULT_LINK) ?? [])];
    const at = links.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else links[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setPanelOpen(false);
      input.current?.focus();
    }
  };

  return { panel, onBoxKeyDown, onResultsKeyDown };
}
