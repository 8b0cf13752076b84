/** The search results, grouped per document: each hit a link to its place, with section and snippet. */
import type { KeyboardEvent, MouseEvent } from 'react';
import type { DocumentIndexEntry } from '../documents/load-documents';
import { KIND_LABELS } from '../documents/kind-labels';
import { documentHref } from '../navigation/route';
import type { ResultGroup } from './group-results';
import type { SearchHit } from './search-hits';
import { ResultSnippet } from './ResultSnippet';

/** Hits shown per document; the rest are counted. */
const SHOWN_PER_DOCUMENT = 25;

interface SearchResultsProps {
  groups: readonly ResultGroup[];
  /** A line about the matches in documents without a group (see elsewhereSummary), or ''. */
  elsewhere: string;
  documents: readonly DocumentIndexEntry[];
  /** Called when a hit is opened (before the link is followed). */
  onOpen: (hit: SearchHit, event: MouseEvent<HTMLAnchorElement>) => void;
  /** Arrow keys move between the links; Escape and ArrowUp past the first go back to the box. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The list of result groups. */
export function SearchResults({ groups, elsewhere, documents, onOpen, onKeyDown }: SearchResultsProps) {
  const titleOf = (id: string) => documents.find((d) => d.id === id)?.title ?? id;
  const kindOf = (id: string) => documents.find((d) => d.id === id)?.kind;
  return (
    <>
      <ol className="search-groups" onKeyDown={onKeyDown}>
        {groups.map((group) => {
          const kind = kindOf(group.documentId);
          return (
            <li key={group.documentId} className="search-group">
              <h2 className="search-group-title">
                {titleOf(group.documentId)}
                {kind && <span className="search-group-kind"> · {KIND_LABELS[kind]}</span>}
              </h2>
              <ul className="search-hits-list">
                {group.hits.slice(0, SHOWN_PER_DOCUMENT).map((hit) => (
                  <li key={hit.id}>
                    <a
                      className="search-result"
                      href={documentHref(hit.documentId, hit.blockId)}
                      onClick={(event) => onOpen(hit, event)}
                    >
                      <HitBody hit={hit} />
                    </a>
                  </li>
                ))}
              </ul>
              {group.total > Math.min(group.hits.length, SHOWN_PER_DOCUMENT) && (
                <p className="search-more">{moreHere(group.total - Math.min(group.hits.length, SHOWN_PER_DOCUMENT))}</p>
              )}
            </li>
          );
        })}
      </ol>
      {elsewhere && <p className="search-more search-elsewhere">{elsewhere}</p>}
    </>
  );
}

function moreHere(count: number): string {
  return count === 1 ? 'En nog 1 resultaat in dit document.' : `En nog ${count.toLocaleString('nl-NL')} resultaten in dit document.`;
}

function HitBody({ hit }: { hit: SearchHit }) {
  if (hit.type === 'block') {
    return (
      <>
        <span className="search-section">{hit.section ?? 'Begin van het document'}</span>
        <ResultSnippet text={hit.text} pattern={hit.pattern} />
      </>
    );
  }
  const text = [hit.note, hit.tags.map((tag) => `#${tag}`).join(' '), `“${hit.quote}”`].filter((part) => part.trim() !== '').join(' · ');
  return (
    <>
      <span className="search-section">Aantekening</span>
      <ResultSnippet text={text} pattern={hit.pattern} />
    </>
  );
}
