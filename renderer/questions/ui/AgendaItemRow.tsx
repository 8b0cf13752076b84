/**
 * One agendapunt on the agenda: its number and title, its documents, and "Omhoog", "Omlaag",
 * "Wijzigen" and "Verwijderen". The row itself takes the focus, so Alt+↑/Alt+↓ move it.
 */
import { Trash2 } from 'lucide-react';
import { useId, type KeyboardEvent } from 'react';
import { documentHref } from '../../navigation/route';
import type { AgendaItem } from '../../model/question';
import { agendaItemLabel } from '../meeting-store';

interface AgendaItemRowProps {
  item: AgendaItem;
  /** Document titles by id. */
  titles: ReadonlyMap<string, string>;
  /** The id of the hint that says how to move an agendapunt. */
  moveHintId: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** A focusable list item with the agendapunt and its buttons, named after it. */
export function AgendaItemRow({ item, titles, moveHintId, first, last, onMove, onKeyDown, onEdit, onDelete }: AgendaItemRowProps) {
  const labelId = useId();
  const label = agendaItemLabel(item);
  return (
    <li
      data-agenda-id={item.id}
      data-move-key={item.id}
      tabIndex={0}
      aria-labelledby={labelId}
      aria-describedby={moveHintId}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
    >
      <span id={labelId} className="agenda-item-label">
        {label}
      </span>
      {item.documentIds.length > 0 && (
        <ul className="agenda-documents">
          {item.documentIds.map((documentId) => (
            <li key={documentId}>
              <a href={documentHref(documentId)}>{titles.get(documentId) ?? documentId}</a>
            </li>
          ))}
        </ul>
      )}
      <span className="button-row">
        <button type="button" data-move="up" disabled={first} onClick={() => onMove(-1)} aria-label={`Agendapunt ${label} omhoog`}>
          Omhoog
        </button>
        <button type="button" data-move="down" disabled={last} onClick={() => onMove(1)} aria-label={`Agendapunt ${label} omlaag`}>
          Omlaag
        </button>
        <button type="button" data-action="edit" onClick={onEdit} aria-label={`Agendapunt ${label} wijzigen`}>
          Wijzigen
        </button>
        <button type="button" onClick={onDelete} aria-label={`Agendapunt ${label} verwijderen`}>
          <Trash2 />
          Verwijderen
        </button>
      </span>
    </li>
  );
}
