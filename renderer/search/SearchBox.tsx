/**
 * The search box of the header (library and reader): results as you type, grouped per
 * document, filters by document and kind, a polite live region with the count, and in the
 * reader the hit counter with previous/next. Keys: Ctrl+K anywhere focuses the box; Ctrl+F
 * in a document focuses it and searches that document; Enter / Shift+Enter in the box and
 * F3 / Shift+F3 step through the hits; ArrowDown goes into the results; Escape closes them.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { loadDocumentIndex, type DocumentIndexEntry } from '../documents/load-documents';
import { KIND_LABELS, KIND_ORDER } from '../documents/kind-labels';
import { documentHref, parseRoute, useLocationHash } from '../navigation/route';
import type { SearchHit } from './search-hits';
import { SearchResults } from './SearchResults';
import { nextHit, previousHit, setFilters, setQuery, startMarking, useSearchState, type KindFilter } from './search-store';
import { useSearchResults } from './use-search-results';
import './search.css';

function useDocumentList(): DocumentIndexEntry[] {
  const [documents, setDocuments] = useState<DocumentIndexEntry[]>([]);
  useEffect(() => {
    let cancelled = false;
    loadDocumentIndex().then(
      (list) => !cancelled && setDocuments(list),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return documents;
}

/** The search box with its results panel. */
export function SearchBox() {
  const route = parseRoute(useLocationHash());
  const documentId = route.screen === 'document' ? route.documentId : undefined;
  const { query, documentFilter, kindFilter, marking, position, focusRequest } = useSearchState();
  const documents = useDocumentList();
  const results = useSearchResults(query, documentFilter, kindFilter, documents);
  const [panelOpen, setPanelOpen] = useState(false);
  const [focusWithin, setFocusWithin] = useState(false);
  const [slotVisible, setSlotVisible] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const slot = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const ids = { input: useId(), panel: useId(), hint: useId(), document: useId(), kind: useId() };
  const markingHere = marking !== null && marking.documentId === documentId;

  const focusBox = () => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  };

  // Ctrl+K, Ctrl+F, F3 work wherever the focus is, from the first painted frame on (a layout
  // effect: a passive one may run only after the screen shows, and lose a quick Ctrl+K).
  useLayoutEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const key = event.key.toLowerCase();
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && !event.altKey && (key === 'k' || key === 'f')) {
        event.preventDefault();
        if (key === 'f' && documentId) {
          setFilters({ documentFilter: documentId });
          startMarking(documentId);
        }
        focusBox();
        return;
      }
      if (event.key === 'F3' && documentId) {
        event.preventDefault();
        step(event.shiftKey ? 'previous' : 'next');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  // After a result was opened, the box takes the focus back (so Enter steps on).
  const seenFocusRequest = useRef(focusRequest);
  useEffect(() => {
    if (seenFocusRequest.current === focusRequest) return;
    seenFocusRequest.current = focusRequest;
    input.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  // While in use in a scrolled document, the box floats at the top of the window.
  useEffect(() => {
    const element = slot.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setSlotVisible(entry?.isIntersecting ?? true));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const floating = documentId !== undefined && !slotVisible && (focusWithin || markingHere);

  function step(direction: 'next' | 'previous') {
    if (!documentId || query.trim() === '') return;
    if (markingHere) {
      if (direction === 'next') nextHit();
      else previousHit();
    } else {
      startMarking(documentId, { step: direction });
    }
  }

  // Enter in the library opens the best result, once the results have caught up with the box.
  const [openBest, setOpenBest] = useState(false);
  useEffect(() => {
    if (!openBest || results.query !== query || !results.ready || !results.settled) return;
    setOpenBest(false);
    const best = results.groups[0]?.hits[0];
    if (best) open(best);
  });

  const open = (hit: SearchHit, event?: MouseEvent<HTMLAnchorElement>) => {
    setPanelOpen(false);
    startMarking(hit.documentId, hit.blockId ? { blockId: hit.blockId } : undefined);
    const href = documentHref(hit.documentId, hit.blockId);
    if (!event) window.location.hash = href;
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (documentId) {
        setPanelOpen(false);
        step(event.shiftKey ? 'previous' : 'next');
      } else {
        setOpenBest(true);
      }
    } else if (event.key === 'Escape' && panelOpen && query !== '') {
      // The first Escape closes the results; the next one clears the box (the browser's own).
      event.preventDefault();
      setPanelOpen(false);
    } else if (event.key === 'ArrowDown' && query.trim() !== '') {
      event.preventDefault();
      setPanelOpen(true);
      requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('a.search-result')?.focus());
    }
  };

  const onResultsKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...(panel.current?.querySelectorAll<HTMLElement>('a.search-result') ?? [])];
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

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setFocusWithin(false);
    setPanelOpen(false);
  };

  const showPanel = panelOpen && query.trim() !== '';
  const counter =
    position.count === 0 ? 'Geen treffers' : position.current < 0 ? `${position.count} treffers` : `${position.current + 1} van ${position.count}`;

  return (
    <div ref={slot} className="search-slot">
      <div
        className={floating ? 'search search-floating' : 'search'}
        role="search"
        onFocus={() => setFocusWithin(true)}
        onBlur={onBlur}
      >
        <div className="search-bar">
          <label htmlFor={ids.input} className="search-label">
            Zoeken
          </label>
          <input
            ref={input}
            id={ids.input}
            type="search"
            value={query}
            placeholder={documentId ? 'In de stukken en aantekeningen' : 'Alle stukken en aantekeningen'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.hint}
            aria-controls={showPanel ? ids.panel : undefined}
            onChange={(event) => {
              setQuery(event.target.value);
              setPanelOpen(true);
            }}
            onKeyDown={onInputKeyDown}
          />
          {markingHere && (
            <div className="search-counter" role="group" aria-label="Treffers in dit document">
              <button type="button" onClick={() => previousHit()} aria-keyshortcuts="Shift+F3">
                <span aria-hidden="true">↑ </span>Vorige
              </button>
              <output aria-live="polite" className="search-position">
                {counter}
              </output>
              <button type="button" onClick={() => nextHit()} aria-keyshortcuts="F3">
                <span aria-hidden="true">↓ </span>Volgende
              </button>
            </div>
          )}
        </div>
        <p id={ids.hint} className="search-visually-hidden">
          Resultaten verschijnen tijdens het typen; pijl omlaag gaat naar de resultaten.
          {documentId ? ' Enter en F3 gaan naar de volgende treffer in dit document, Shift+Enter naar de vorige.' : ' Enter opent het beste resultaat.'}
        </p>
        <p role="status" className="search-visually-hidden">
          {query.trim() !== '' && results.ready && results.settled && results.query === query ? results.summary : ''}
        </p>
        {showPanel && (
          <div ref={panel} id={ids.panel} className="search-panel" role="region" aria-label="Zoekresultaten">
            <div className="search-filters">
              <label htmlFor={ids.document}>Document</label>
              <select id={ids.document} value={documentFilter} onChange={(event) => setFilters({ documentFilter: event.target.value })}>
                <option value="">Alle documenten</option>
                {documents.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.kind}>Soort</label>
              <select id={ids.kind} value={kindFilter} onChange={(event) => setFilters({ kindFilter: event.target.value as KindFilter })}>
                <option value="">Alle soorten</option>
                {KIND_ORDER.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
                <option value="aantekeningen">Alleen aantekeningen</option>
              </select>
            </div>
            <p className="search-summary">{results.ready ? results.summary : 'De zoekindex wordt geladen…'}</p>
            <SearchResults groups={results.groups} elsewhere={results.elsewhere} documents={documents} onOpen={(hit, event) => open(hit, event)} onKeyDown={onResultsKeyDown} />
          </div>
        )}
      </div>
    </div>
  );
}
