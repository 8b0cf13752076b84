/**
 * After a vergadering is deleted (on its own screen, which then closes): the notice on the
 * vergaderingen screen that says so, with "Ongedaan maken" (which puts it back from the
 * Prullenbak with its agendapunten and questions) and the way to the Prullenbak.
 */
import { createNoticeStore } from '../../notices/notice-store';
import { meetingHref, trashHref } from '../../navigation/route';
import type { TrashEntry } from '../../model/trash';
import { restoreFromTrash } from '../../trash/trash-store';

const notice = createNoticeStore<{ entry: TrashEntry }>();

/** Remembers a vergadering's delete for the notice. */
export function showMeetingDeleted(entry: TrashEntry): void {
  notice.show({ entry });
}

async function undo(entry: TrashEntry) {
  notice.clear();
  const restored = await restoreFromTrash(entry.id);
  if (restored) window.location.hash = meetingHref(restored.records.meetings[0]?.id ?? '');
}

/** The notice, in a live region that stays in the page. */
export function MeetingDeletedNotice() {
  const shown = notice.use();
  const entry = shown?.entry;
  const questions = entry?.records.questions.length ?? 0;
  return (
    <div role="status" className="meeting-deleted-notice">
      {entry && (
        <p key={shown.serial} className="panel">
          Vergadering „{entry.title}” verwijderd{questions > 0 ? `, met ${questions === 1 ? 'één vraag' : `${questions} vragen`}` : ''}. Ze staat
          in de <a href={trashHref}>Prullenbak</a>.{' '}
          <button type="button" onClick={() => void undo(entry)}>
            Ongedaan maken
          </button>{' '}
          <button type="button" aria-label="Melding sluiten" onClick={() => notice.clear()}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
