/** The collapsible table of contents of a document: nested links to its sections. */
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useId, useState, type MouseEvent } from 'react';
import type { TocEntry } from '../documents/model';
import { headingLabel } from '../documents/heading-label';
import { documentHref } from '../navigation/route';

interface TableOfContentsProps {
  documentId: string;
  entries: TocEntry[];
  /** The section the reader is in now, marked as the current location. */
  currentSectionId?: string;
  /** Called when an entry is chosen whose URL is already the current one (no hashchange follows). */
  onReselect: (sectionId: string) => void;
}

function startsOpen(): boolean {
  // Beside the text on wide screens; folded away above it on narrow ones.
  return window.matchMedia('(min-width: 60rem)').matches;
}

/** The TOC as a navigation landmark with a toggle button. */
export function TableOfContents({ documentId, entries, currentSectionId, onReselect }: TableOfContentsProps) {
  const [open, setOpen] = useState(startsOpen);
  const listId = useId();
  if (entries.length === 0) return null;

  const handleClick = (event: MouseEvent<HTMLAnchorElement>, sectionId: string) => {
    if (window.location.hash === event.currentTarget.getAttribute('href')) {
      event.preventDefault();
      onReselect(sectionId);
    }
  };

  return (
    <nav aria-label="Inhoudsopgave" className="toc">
      <button
        type="button"
        className="toc-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? <ChevronDown /> : <ChevronRight />}
        Inhoudsopgave
      </button>
      <div id={listId} hidden={!open}>
        <TocList documentId={documentId} entries={entries} currentSectionId={currentSectionId} onClick={handleClick} />
      </div>
    </nav>
  );
}

interface TocListProps {
  documentId: string;
  entries: TocEntry[];
  currentSectionId?: string;
  onClick: (event: MouseEvent<HTMLAnchorElement>, sectionId: string) => void;
}

function TocList({ documentId, entries, currentSectionId, onClick }: TocListProps) {
  return (
    <ul className="toc-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={documentHref(documentId, entry.id)}
            aria-current={entry.id === currentSectionId ? 'location' : undefined}
            onClick={(event) => onClick(event, entry.id)}
          >
            {headingLabel(entry)}
          </a>
          {entry.children.length > 0 && (
            <TocList documentId={documentId} entries={entry.children} currentSectionId={currentSectionId} onClick={onClick} />
          )}
        </li>
      ))}
    </ul>
  );
}
