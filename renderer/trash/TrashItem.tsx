/** One entry of the Prullenbak: what it is, its details, when it was deleted, and "Terugzetten". */
import { Undo2 } from 'lucide-react';
import type { TrashEntry } from '../model/trash';
import { deletedLine, entryDetails, entryName, entryTitle, type MeetingName } from './describe-entry';

interface TrashItemProps {
  entry: TrashEntry;
  meetings: ReadonlyMap<string, MeetingName>;
  now: number;
  onRestore: () => void;
}

/** A list item with the entry's description and its restore button (named after the entry). */
export function TrashItem({ entry, meetings, now, onRestore }: TrashItemProps) {
  const title = entryTitle(entry);
  const details = entryDetails(entry, meetings);
  return (
    <li className="trash-item" data-trash-id={entry.id}>
      <p className="trash-title">{title}</p>
      {details && <p className="trash-details">{details}</p>}
      <p className="trash-details">{deletedLine(entry, now)}</p>
      <button type="button" onClick={onRestore}>
        <Undo2 />
        Terugzetten<span className="visually-hidden"> {entryName(entry)}</span>
      </button>
    </li>
  );
}
