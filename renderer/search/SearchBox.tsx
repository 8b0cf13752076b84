/**
 * The search box of the header (library and reader): results as you type, grouped per
 * document, filters by document and kind, a polite live region with the count, and in the
 * reader the hit counter with previous/next. Keys: Ctrl+K anywhere focuses the box; Ctrl+F
 * in a document focuses it and searches that document; Enter / Shift+Enter in the box and
 * F3 / Shift+F3 step through the hits; ArrowDown goes into the results; Escape closes them.
 * When the words as typed find nothing, the results of a corrected query come with "Bedoelde
 * je …?", whose button searches for the corrected words.
 * This component puts the parts together: SearchSlot (where the box sits), useSearchShortcuts,
 * useResultNavigation, useOpenBestResult, HitCounter and SearchFilters.
 */
import { Search } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDocumentIndex } from '../documents/use-document-index';
import { parseRoute, useLocationHash } from '../navigation/route';
import { HitCounter } from './HitCounter';
import { goToResult, markResult } from './open-result';
import type { SearchHit } from './search-hits';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { SearchSlot } from './SearchSlot';
import { setQuery, useSearchState } from './search-store';
import { stepThroughHits, type StepDirection } from './step-through-hits';
import { useFocusRequest } from './use-focus-request';
import { useOpenBestResult } from './use-open-best-result';
import { useResultNavigation } from './use-result-navigation';
import { useSearchResults } from './use-search-results';
import { useSearchShortcuts } from './use-search-shortcuts';
import './search.css';

/** The search box with its results panel. */
export function SearchBox() {
  const route = parseRoute(useLocationHash());
  const documentId = route.screen === 'document' ? route.documentId : undefined;
  const { query, documentFilter, kindFilter, marking, position, focusRequest } = useSearchState();
  const documents = useDocumentIndex();
  const results = useSearchResults(query, documentFilter, kindFilter, documents);
  const [panelOpen, setPanelOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), panel: useId(), hint: useId() };
  const markingHere = marking !== null && marking.documentId === documentId;

  const step = (direction: StepDirection) => stepThroughHits(direction, { documentId, query, markingHere });
  useSearchShortcuts({ input, documentId, step });
  useFocusRequest(input, focusRequest);
  const navigation = useResultNavigation({ input, query, panelOpen, setPanelOpen });

  // A result link is followed by the browser itself; the best result (Enter) has no link to follow.
  const onResultLink = (hit: SearchHit) => {
    setPanelOpen(false);
    markResult(hit);
  };
  const openBestResult = useOpenBestResult(query, results, (hit) => {
    setPanelOpen(false);
    goToResult(hit);
  });

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') {
      navigation.onBoxKeyDown(event);
      return;
    }
    event.preventDefault();
    if (documentId) {
      setPanelOpen(false);
      step(event.shiftKey ? 'previous' : 'next');
    } else {
      openBestResult();
    }
  };

  const showPanel = panelOpen && query.trim() !== '';

  return (
    <SearchSlot inDocument={documentId !== undefined} markingHere={markingHere} onFocusLeave={() => setPanelOpen(false)}>
      <div className="search-bar">
        <label htmlFor={ids.input} className="search-label">
          <Search />
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
        {markingHere && <HitCounter position={position} />}
      </div>
      <p id={ids.hint} className="search-visually-hidden">
        Resultaten verschijnen tijdens het typen; pijl omlaag gaat naar de resultaten.
        {documentId ? ' Enter en F3 gaan naar de volgende treffer in dit document, Shift+Enter naar de vorige.' : ' Enter opent het beste resultaat.'}
      </p>
      <p role="status" className="search-visually-hidden">
        {query.trim() !== '' && results.ready && results.settled && results.query === query
          ? `${results.suggestion ? `Bedoelde je ${results.suggestion}? ` : ''}${results.summary}`
          : ''}
      </p>
      {showPanel && (
        <div ref={navigation.panel} id={ids.panel} className="search-panel" role="region" aria-label="Zoekresultaten">
          <SearchFilters documentFilter={documentFilter} kindFilter={kindFilter} documents={documents} />
          {results.ready && results.suggestion ? (
            <p className="search-summary">
              Bedoelde je{' '}
              <button type="button" className="search-suggestion button-quiet" onClick={() => setQuery(results.suggestion!)}>
                {results.suggestion}
              </button>
              ? {results.summary}.
            </p>
          ) : (
            <p className="search-summary">{results.ready ? results.summary : 'De zoekindex wordt geladen…'}</p>
          )}
          <SearchResults
            groups={results.groups}
            elsewhere={results.elsewhere}
            documents={documents}
            onOpen={onResultLink}
            onKeyDown={navigation.onResultsKeyDown}
          />
        </div>
      )}
    </SearchSlot>
  );
}
