/** One agendapunt on the agenda: its number and title, its documents, and "Wijzigen" and "Verwijderen". */
import { Trash2 } from 'lucide-react';
import { documentHref } from '../../navigation/route';
import type { AgendaItem } from '../../model/question';
import { agendaItemLabel } from '../meeting-store';

interface AgendaItemRowProps {
  item: AgendaItem;
  /** Document titles by id. */
  titles: ReadonlyMap<string, string>;
  onEdit: () => void;
  onDelete: () => void;
}

/** A list item with the agendapunt and its buttons, named after it. */
export function AgendaItemRow({ item, titles, onEdit, onDelete }: AgendaItemRowProps) {
  const label = agendaItemLabel(item);
  return (
    <li data-agenda-id={item.id}>
      <span className="agenda-item-label">{label}</span>
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
