/** The form that edits every field of a question: kind, agendapunt, texts, addressee, priority, status and answer. */
import { useId, useState, type FormEvent } from 'react';
import { agendaItemLabel } from '../meeting-store';
import { updateQuestion, type QuestionChanges } from '../question-store';
import { PRIORITIES, QUESTION_KINDS, STATUSES, type AgendaItem, type Question } from '../../model/question';
import { describeStorageError } from '../../db/storage-errors';

/** Edits a question in place; `onDone` closes the editor after saving or cancelling. */
export function QuestionEditor({ question, agendaItems, onDone }: { question: Question; agendaItems: AgendaItem[]; onDone: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<Required<QuestionChanges>>({
    kind: question.kind,
    agendaItemId: question.agendaItemId ?? '',
    question: question.question,
    toelichting: question.toelichting,
    addressedTo: question.addressedTo ?? '',
    priority: question.priority,
    status: question.status,
    answer: question.answer ?? '',
  });
  const [error, setError] = useState<string>();
  const set = <K extends keyof QuestionChanges>(key: K, value: Required<QuestionChanges>[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await updateQuestion(question.id, draft);
      onDone();
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  return (
    <form className="stacked-form question-editor" onSubmit={submit}>
      <label htmlFor={`${id}-kind`}>Soort vraag</label>
      <select id={`${id}-kind`} value={draft.kind} onChange={(e) => set('kind', e.target.value as Question['kind'])}>
        {QUESTION_KINDS.entries.map((k) => (
          <option key={k.code} value={k.code}>{k.label}</option>
        ))}
      </select>
      <label htmlFor={`${id}-agenda`}>Agendapunt</label>
      <select id={`${id}-agenda`} value={draft.agendaItemId} onChange={(e) => set('agendaItemId', e.target.value)}>
        <option value="">Geen agendapunt</option>
        {agendaItems.map((item) => (
          <option key={item.id} value={item.id}>{agendaItemLabel(item)}</option>
        ))}
      </select>
      <label htmlFor={`${id}-question`}>Vraag</label>
      <textarea id={`${id}-question`} rows={4} value={draft.question} onChange={(e) => set('question', e.target.value)} />
      <label htmlFor={`${id}-toelichting`}>Toelichting</label>
      <textarea id={`${id}-toelichting`} rows={3} value={draft.toelichting} onChange={(e) => set('toelichting', e.target.value)} />
      <label htmlFor={`${id}-to`}>Gericht aan (optioneel)</label>
      <input id={`${id}-to`} value={draft.addressedTo} onChange={(e) => set('addressedTo', e.target.value)} autoComplete="off" />
      <label htmlFor={`${id}-priority`}>Prioriteit</label>
      <select id={`${id}-priority`} value={draft.priority} onChange={(e) => set('priority', e.target.value as Question['priority'])}>
        {PRIORITIES.entries.map((p) => (
          <option key={p.code} value={p.code}>{p.label}</option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>Status</label>
      <select id={`${id}-status`} value={draft.status} onChange={(e) => set('status', e.target.value as Question['status'])}>
        {STATUSES.entries.map((s) => (
          <option key={s.code} value={s.code}>{s.label}</option>
        ))}
      </select>
      <label htmlFor={`${id}-answer`}>Antwoord</label>
      <textarea id={`${id}-answer`} rows={3} value={draft.answer} onChange={(e) => set('answer', e.target.value)} />
      {error && <p role="alert" className="form-error">{error}</p>}
      <div className="button-row">
        <button type="submit">Opslaan</button>
        <button type="button" onClick={onDone}>Annuleren</button>
      </div>
    </form>
  );
}
