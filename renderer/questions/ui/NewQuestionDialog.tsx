/**
 * A modal dialog that makes a question from a passage: from an annotation
 * (`NewQuestionFromAnnotation`, for the annotation editor and panel) or from a selection in
 * the reading view. It shows the quote and vindplaats (read-only), asks the question's text
 * (from an annotation: its note to start with) and lets the user pick the vergadering and
 * agendapunt. Nothing is stored before "Vraag maken", and not without text; Escape asks first
 * once the text was changed (use-keep-typed). Afterwards the
 * raadslid stays in the text: the dialog closes (the focus goes back to its opener) and a
 * notice says which question it became, with a link to the vergadering (announceAddedQuestion,
 * QuestionAddedNotice).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TextTarget } from '../../model/text-target';
import type { PassageReference } from '../../model/question';
import type { DocumentModel } from '../../documents/model';
import { useSubmit } from '../../forms/use-submit';
import { formatDutchDate } from '../export/dutch-date';
import { agendaItemLabel, defaultMeeting } from '../meeting-store';
import { announceAddedQuestion } from '../question-added';
import {
  createQuestionFromAnnotation,
  createQuestionFromPassage,
  FALLBACK_MEETING_NAME,
  referenceForTarget,
  startQuestionFromAnnotation,
} from '../question-from-passage';
import { PassagePreview } from './PassagePreview';
import { QuestionTextField, useQuestionText } from './QuestionTextField';
import { useKeepTyped } from './use-keep-typed';
import { useMeetingData, useMeetings } from './use-meetings';

/** Where the question's passage comes from; `startText` (a note being typed) goes before a stored note. */
export type QuestionSource = ({ kind: 'annotation'; annotationId: string } | { kind: 'passage'; model: DocumentModel; target: TextTarget }) & {
  startText?: string;
};

interface NewQuestionDialogProps {
  source: QuestionSource;
  /** Called once the dialog has closed; `added` tells whether a question was made. */
  onClose: (added: boolean) => void;
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The reference of the passage, and for an annotation its note (read from the database). */
function usePassageStart(source: QuestionSource, onNote: (note: string) => void): { reference?: PassageReference; problem?: string } {
  const fromPassage = useMemo(
    () => (source.kind === 'passage' ? referenceForTarget(source.model, source.target, source.model.version) : undefined),
    [source],
  );
  const [fromAnnotation, setFromAnnotation] = useState<{ reference?: PassageReference; problem?: string }>({});
  const annotationId = source.kind === 'annotation' ? source.annotationId : undefined;
  const noteTaken = useRef(onNote);
  noteTaken.current = onNote;
  useEffect(() => {
    if (!annotationId) return;
    let current = true;
    startQuestionFromAnnotation(annotationId).then(
      ({ reference, note }) => {
        if (!current) return;
        setFromAnnotation({ reference });
        noteTaken.current(source.startText ?? note);
      },
      (failure: unknown) => current && setFromAnnotation({ problem: failure instanceof Error ? failure.message : String(failure) }),
    );
    return () => {
      current = false;
    };
  }, [annotationId]);
  return fromPassage ? { reference: fromPassage } : fromAnnotation;
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
  const questionText = useQuestionText(source.kind === 'passage' ? source.startText : undefined);
  // The annotation's note is the text to start with.
  const { reference, problem } = usePassageStart(source, questionText.offer);
  const added = useRef(false);
  const keepTyped = useKeepTyped(dialog, questionText.edited, questionText.field);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const { submit, error } = useSubmit(async () => {
    if (added.current || !questionText.check()) return;
    const meeting = chosenMeeting || undefined;
    const item = agendaItemId || undefined;
    const text = questionText.text;
    const question =
      source.kind === 'annotation'
        ? await createQuestionFromAnnotation(source.annotationId, meeting, item, {}, text)
        : await createQuestionFromPassage(source.model, source.target, { meetingId: meeting, agendaItemId: item, question: text });
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
      {...keepTyped.dialogProps}
    >
      <form className="stacked-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Vraag maken</h2>
        {problem ? <p className="form-error">{problem}</p> : <PassagePreview reference={reference} />}
        <QuestionTextField id={`${id}-question`} state={questionText} />
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
        {keepTyped.confirm}
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
