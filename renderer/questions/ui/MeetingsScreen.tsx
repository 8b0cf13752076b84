/**
 * The vergaderingen: the list (latest first), each a link to its questions, a form for a new
 * one, and the way to the Prullenbak (with the notice after a vergadering was deleted).
 */
import { useEffect } from 'react';
import { formatDutchDate } from '../export/dutch-date';
import { MEETING_KINDS } from '../../model/question';
import { libraryHref, meetingHref, trashHref } from '../../navigation/route';
import { MeetingDeletedNotice } from './MeetingDeletedNotice';
import { NewMeetingForm } from './NewMeetingForm';
import { ScreenHeader } from '../../settings/ScreenHeader';
import { useMeetings } from './use-meetings';
import { LoadingStatus } from '../../storage/LoadingStatus';
import './questions.css';

/** The screen at #/vergaderingen. */
export function MeetingsScreen() {
  const meetings = useMeetings();
  useEffect(() => {
    document.title = 'Vergaderingen – Leestafel Leusden';
  }, []);

  return (
    <>
      <ScreenHeader backHref={libraryHref} backLabel="Bibliotheek" />
      <main id="inhoud" tabIndex={-1} className="meetings">
        <h1>Vergaderingen</h1>
        <p className="intro">Bereid per vergadering je vragen voor: technische vragen, vragen voor de vergadering en schriftelijke vragen.</p>
        <MeetingDeletedNotice />
        {meetings === undefined && <LoadingStatus loading="Vergaderingen worden geladen…" failed="De vergaderingen kunnen niet worden getoond" />}
        {meetings?.length === 0 && <p>Er zijn nog geen vergaderingen.</p>}
        {meetings && meetings.length > 0 && (
          <ul className="meeting-list">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <a className="meeting-link" href={meetingHref(meeting.id)}>
                  <span className="meeting-name">{meeting.name}</span>
                  <span className="meeting-meta">
                    {MEETING_KINDS.label(meeting.kind)} · {formatDutchDate(meeting.date)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          Iets verwijderd? Zet het terug uit de <a href={trashHref}>Prullenbak</a>.
        </p>
        <NewMeetingForm onCreated={(meeting) => (window.location.hash = meetingHref(meeting.id))} />
      </main>
    </>
  );
}
