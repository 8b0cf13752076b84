/**
 * A modal dialog that makes a question from a passage: from an annotation
 * (`NewQuestionFromAnnotation`, for the annotation editor and panel) or from a selection in
 * the reading view. The user picks the vergadering and agendapunt; quote and reference are
 * filled in automatically. Afterwards the raadslid stays in the text: the dialog closes (the
 * focus goes back to its opener) and a notice says which question it became, with a link to
 * the vergadering (announceAddedQuestion, QuestionAddedNotice).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { TextTarget } from '../../model/text-target';
import type { DocumentModel } from '../../documents/model';
import { useSubmit } from '../../forms/use-submit';
import { formatDutchDate } from '../export/dutch-date';
import { agendaItemLabel, defaultMeeting } from '../meeting-store';
import { announceAddedQuestion } from '../question-added';
import { createQuestionFromAnnotation, createQuestionFromPassage, FALLBACK_MEETING_NAME } from '../question-from-passage';
import { useMeetingData, useMeetings } from './use-meetings';

/** Where the question's passage comes from. */
export type QuestionSource = { kind: 'annotation'; annotationId: string } | { kind: 'passage'; model: DocumentModel; target: TextTarget };

interface NewQuestionDialogProps {
  source: QuestionSource;
  /** Called once the dialog has closed; `added` tells whether a question was made. */
  onClose: (added: boolean) => void;
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The dialog; mount it when the user asks for a question, unmount it on `onClose`. */
export function NewQuestionDialog({ source, onClose }: NewQuestionDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const meetings = useMeetings();
  const [meetingId, setMeetingId] = useState<string>();
  const chosenMeeting = meetingId ?? (meetings && defaultMeeting(meetings, todayIso())?.id) ?? '';
  const agenda = useMeetingData(chosenMeeting || 'none')?.agendaItems ?? [];
  const [agendaItemId, setAgendaItemId] = useState('');
  const added = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const { submit, error } = useSubmit(async () => {
    if (added.current) return;
    const meeting = chosenMeeting || undefined;
    const item = agendaItemId || undefined;
    const question =
      source.kind === 'annotation'
        ? await createQuestionFromAnnotation(source.annotationId, meeting, item)
        : await createQuestionFromPassage(source.model, source.target, { meetingId: meeting, agendaItemId: item });
    added.current = true;
    // Close first, so that the focus lands before the polite notice is read out.
    dialog.current?.close();
    // The question is stored either way; only the notice would be missing.
    announceAddedQuestion(question).catch((failure: unknown) => console.warn('Melding over de vraag niet getoond', failure));
  });

  return (
    <dialog
      ref={dialog}
      className="modal-dialog question-dialog"
      aria-labelledby={`${id}-title`}
      // Closing (Escape, "Annuleren", after saving) goes through close(), so the browser gives
      // the focus back to the button that opened the dialog before the caller unmounts it.
      onClose={() => onClose(added.current)}
      // Escape closes this dialog only, not the toolbar, editor or panel it was opened from.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <form className="stacked-form" onSubmit={submit}>
        <h2 id={`${id}-title`}>Vraag maken</h2>
        <p>Het citaat en de vindplaats worden automatisch ingevuld.</p>
        <label htmlFor={`${id}-meeting`}>Vergadering</label>
        <select
          id={`${id}-meeting`}
          value={chosenMeeting}
          onChange={(e) => {
            setMeetingId(e.target.value);
            setAgendaItemId('');
          }}
        >
          {meetings?.length === 0 && <option value="">Nieuw: {FALLBACK_MEETING_NAME}</option>}
          {meetings?.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({formatDutchDate(m.date)})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-agenda`}>Agendapunt</label>
        <select id={`${id}-agenda`} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
          <option value="">Automatisch (bij het document)</option>
          {agenda.map((item) => (
            <option key={item.id} value={item.id}>{agendaItemLabel(item)}</option>
          ))}
        </select>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="button-row">
          <button type="submit">Vraag maken</button>
          <button type="button" onClick={() => dialog.current?.close()}>Annuleren</button>
        </div>
      </form>
    </dialog>
  );
}

/** The dialog for a question made from an annotation; for the annotation editor and panel. */
export function NewQuestionFromAnnotation({ annotationId, onClose }: { annotationId: string; onClose: (added: boolean) => void }) {
  return <NewQuestionDialog source={{ kind: 'annotation', annotationId }} onClose={onClose} />;
}
