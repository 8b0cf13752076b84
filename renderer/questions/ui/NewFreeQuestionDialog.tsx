/**
 * "Nieuwe vraag" on the vergadering: a modal dialog that asks the question (and optionally its
 * toelichting, kind and agendapunt) and stores it only on "Opslaan", never without text.
 * "Annuleren" leaves nothing behind, Escape asks first once something is typed (use-keep-typed);
 * the focus goes back to the button that opened it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useSubmit } from '../../forms/use-submit';
import { agendaItemLabel } from '../meeting-store';
import { createQuestion } from '../question-store';
import { QUESTION_KINDS, type AgendaItem, type Question } from '../../model/question';
import { QuestionTextField, useQuestionText } from './QuestionTextField';
import { useKeepTyped } from './use-keep-typed';

interface NewFreeQuestionDialogProps {
  meetingId: string;
  agendaItems: readonly AgendaItem[];
  /** Called once the dialog has closed, with the stored question or undefined when cancelled. */
  onClose: (added: Question | undefined) => void;
}

/** Mount it on "Nieuwe vraag"; unmount it in onClose. */
export function NewFreeQuestionDialog({ meetingId, agendaItems, onClose }: NewFreeQuestionDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const questionText = useQuestionText();
  const [toelichting, setToelichting] = useState('');
  const [kind, setKind] = useState<Question['kind']>('technische-vraag');
  const [agendaItemId, setAgendaItemId] = useState('');
  const added = useRef<Question>(undefined);
  const keepTyped = useKeepTyped(dialog, questionText.edited || toelichting !== '', questionText.field);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const { submit, error } = useSubmit(async () => {
    if (added.current || !questionText.check()) return;
    added.current = await createQuestion({
      meetingId,
      question: questionText.text,
      toelichting,
      kind,
      ...(agendaItemId ? { agendaItemId } : {}),
    });
    dialog.current?.close();
  });

  return (
    <dialog
      ref={dialog}
      className="modal-dialog question-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => onClose(added.current)}
      {...keepTyped.dialogProps}
    >
      <form className="stacked-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Nieuwe vraag</h2>
        <QuestionTextField id={`${id}-question`} state={questionText} />
        <label htmlFor={`${id}-toelichting`}>Toelichting (optioneel)</label>
        <textarea id={`${id}-toelichting`} rows={3} value={toelichting} onChange={(e) => setToelichting(e.target.value)} />
        <label htmlFor={`${id}-kind`}>Soort vraag</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Question['kind'])}>
          {QUESTION_KINDS.entries.map((k) => (
            <option key={k.code} value={k.code}>{k.label}</option>
          ))}
        </select>
        <label htmlFor={`${id}-agenda`}>Agendapunt</label>
        <select id={`${id}-agenda`} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
          <option value="">Geen agendapunt</option>
          {agendaItems.map((item) => (
            <option key={item.id} value={item.id}>{agendaItemLabel(item)}</option>
          ))}
        </select>
        {error && <p role="alert" className="form-error">{error}</p>}
        {keepTyped.confirm}
        <div className="button-row">
          <button type="submit">Opslaan</button>
          <button type="button" onClick={() => dialog.current?.close()}>Annuleren</button>
        </div>
      </form>
    </dialog>
  );
}
