/**
 * Changing or deleting the vergadering itself: an inline form for name, date and kind, and a
 * deletion that asks first and says how many questions go with it (into the Prullenbak, with a
 * notice on the vergaderingen screen to undo it).
 */
import { Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { meetingsHref } from '../../navigation/route';
import { deleteMeeting, updateMeeting } from '../meeting-store';
import { showMeetingDeleted } from './MeetingDeletedNotice';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../model/question';
import { TRASH_KEEP_DAYS } from '../../model/trash';
import { describeStorageError } from '../../db/storage-errors';

/** "Vergadering wijzigen" and "Vergadering verwijderen" for one vergadering. */
export function MeetingActions({ meeting, questionCount }: { meeting: Meeting; questionCount: number }) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'confirm-delete'>('idle');
  if (mode === 'edit') return <MeetingEditForm meeting={meeting} onDone={() => setMode('idle')} />;
  if (mode === 'confirm-delete') {
    return (
      <div role="group" aria-label="Vergadering verwijderen" className="panel">
        <p>
          Weet je zeker dat je deze vergadering wilt verwijderen? {questionCount === 1 ? 'De vraag gaat' : `Alle ${questionCount} vragen gaan`} ook
          weg. Alles gaat naar de Prullenbak, waaruit je het {TRASH_KEEP_DAYS} dagen lang terugzet.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button-danger"
            onClick={async () => {
              const entry = await deleteMeeting(meeting.id);
              if (entry) showMeetingDeleted(entry);
              window.location.hash = meetingsHref;
            }}
          >
            Ja, verwijderen
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Annuleren
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="button-row">
      <button type="button" onClick={() => setMode('edit')}>
        Vergadering wijzigen
      </button>
      <button type="button" onClick={() => setMode('confirm-delete')}>
        <Trash2 />
        Vergadering verwijderen
      </button>
    </div>
  );
}

function MeetingEditForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const id = useId();
  const [name, setName] = useState(meeting.name);
  const [date, setDate] = useState(meeting.date);
  const [kind, setKind] = useState<MeetingKind>(meeting.kind);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await updateMeeting(meeting.id, { name, date, kind });
      onDone();
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  return (
    <form className="panel stacked-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Vergadering wijzigen</h2>
      <label htmlFor={`${id}-name`}>Naam</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required autoComplete="off" />
      <label htmlFor={`${id}-date`}>Datum</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      <label htmlFor={`${id}-kind`}>Soort</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
        {MEETING_KINDS.entries.map((k) => (
          <option key={k.code} value={k.code}>
            {k.label}
          </option>
        ))}
      </select>
      {error && <p role="alert" className="form-error">{error}</p>}
      <div className="button-row">
        <button type="submit">Opslaan</button>
        <button type="button" onClick={onDone}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
