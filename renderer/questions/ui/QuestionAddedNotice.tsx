/**
 * The notice after a question was made from a passage in the reader: "Vraag 3 toegevoegd aan
 * <vergadering>" with a link "Naar de vergadering", announced politely. It stays until it is
 * closed, replaced by the next question's, or the reader is left. Mount it once in the reader.
 */
import { useEffect } from 'react';
import { meetingHref } from '../../navigation/route';
import { dismissAddedQuestion, useAddedQuestion } from '../question-added';

/** Shows the notice about the last question made in this reader. */
export function QuestionAddedNotice() {
  const added = useAddedQuestion();

  // Leaving the reader (by the link or otherwise) ends the notice: it would be stale on return.
  useEffect(() => dismissAddedQuestion, []);

  return (
    // The live region stays in the page so screen readers announce what appears in it.
    <div className="reader-notice-region" role="status" aria-live="polite">
      {added && (
        <div className="reader-notice" key={added.serial}>
          <span>
            Vraag {added.number} toegevoegd aan {added.meetingName}
          </span>
          <a href={meetingHref(added.meetingId)}>Naar de vergadering</a>
          <button type="button" aria-label="Melding over de vraag sluiten" onClick={dismissAddedQuestion}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
