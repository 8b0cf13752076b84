/**
 * One finding of the rekencontrole in the overview: what is wrong where, the printed and the
 * computed value, the rows used and how sure the check is; a link that opens the table in the
 * document, and "Technische vraag maken" on a vergadering the raadslid chooses.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { DocumentModel } from '../documents/model';
import { FINDING_KIND_LABELS, type Finding } from '../documents/tables';
import { documentHref, meetingHref } from '../navigation/route';
import { listMeetings } from '../questions/meeting-store';
import { createQuestionFromFinding } from './finding-question';

/** A finding as a list item. */
export function FindingItem({ model, finding }: { model: DocumentModel; finding: Finding }) {
  const [asking, setAsking] = useState(false);
  const [made, setMade] = useState<{ meetingId: string; name: string }>();
  const [error, setError] = useState<string>();
  const meetings = useLiveQuery(() => listMeetings(), []);
  const [meetingId, setMeetingId] = useState('');
  const selectId = useId();
  const chosen = meetingId || meetings?.[0]?.id || '';

  async function makeQuestion() {
    setError(undefined);
    const meeting = meetings?.find((m) => m.id === chosen);
    if (!meeting) return;
    try {
      await createQuestionFromFinding(model, finding, meeting.id);
      setMade({ meetingId: meeting.id, name: meeting.name });
      setAsking(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <li className="rk-finding" data-finding-id={finding.id}>
      <p className="rk-finding-title">
        <strong>{FINDING_KIND_LABELS[finding.kind]}</strong>: {finding.rowLabel || 'rij zonder naam'}, {finding.columnLabel}
      </p>
      <dl className="rk-values">
        <dt>Gedrukt</dt>
        <dd>{finding.printed.trim()}</dd>
        <dt>Berekend</dt>
        <dd>{finding.computedText ?? 'geen'}</dd>
        <dt>Zekerheid</dt>
        <dd>{finding.certainty}</dd>
      </dl>
      <p>{finding.explanation}</p>
      {finding.consequences.length > 0 && (
        <p>
          Gevolg:{' '}
          {finding.consequences
            .map((c) => `${c.label || 'rij zonder naam'} ${c.agreesWithComputed ? 'klopt met de berekende waarde' : 'volgt de gedrukte waarde'}`)
            .join('; ')}
          .
        </p>
      )}
      <p className="rk-actions">
        <a href={documentHref(model.id, finding.blockId)}>Tabel openen</a>
        {!asking && (
          <button type="button" onClick={() => setAsking(true)}>
            Technische vraag maken
          </button>
        )}
      </p>
      {asking && (
        <div className="rk-question-form">
          {meetings && meetings.length === 0 ? (
            <p>
              Er is nog geen vergadering. Maak er eerst een bij <a href="#/vergaderingen">Vergaderingen en vragen</a>.
            </p>
          ) : (
            <>
              <label htmlFor={selectId}>Vergadering</label>
              <select id={selectId} value={chosen} onChange={(event) => setMeetingId(event.target.value)}>
                {meetings?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name} ({m.date})
                  </option>
                ))}
              </select>
              <button type="button" className="button-primary" onClick={() => void makeQuestion()} disabled={!chosen}>
                Vraag maken
              </button>
            </>
          )}
          <button type="button" onClick={() => setAsking(false)}>
            Annuleren
          </button>
        </div>
      )}
      <div role="status">
        {made && (
          <p>
            Technische vraag gemaakt bij <a href={meetingHref(made.meetingId)}>{made.name}</a>.
          </p>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
