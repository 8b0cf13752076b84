/** A form for a new vergadering: name, date and kind. */
import { useId, useState } from 'react';
import { useSubmit } from '../../forms/use-submit';
import { createMeeting } from '../meeting-store';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../model/question';

/** Creates a vergadering and hands it to `onCreated`. */
export function NewMeetingForm({ onCreated }: { onCreated: (meeting: Meeting) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<MeetingKind>('raad');
  const { submit, error } = useSubmit(async () => onCreated(await createMeeting({ name, date, kind })));

  return (
    <form className="panel stacked-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Nieuwe vergadering</h2>
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
      <div>
        <button type="submit">Vergadering maken</button>
      </div>
    </form>
  );
}
