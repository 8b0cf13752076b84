/**
 * The form that edits every field of a question: kind, agendapunt, texts, addressee, priority,
 * status and answer. It saves against the version it started from and shows the notice when
 * the question is changed or deleted in another window meanwhile (forms/EditConflictNotice),
 * where "Tekst bewaren" stores a deleted question again with the text being edited.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { agendaItemLabel } from '../meeting-store';
import { findQuestion, recreateQuestion, updateQuestion, type QuestionChanges } from '../question-store';
import { questionTextProblem } from '../question-text';
import { QuestionTextField } from './QuestionTextField';
import { PRIORITIES, QUESTION_KINDS, STATUSES, type AgendaItem, type Question } from '../../model/question';
import { describeStorageError } from '../../db/storage-errors';
import { fieldDifferences } from '../../forms/edit-conflict';
import { EditConflictNotice } from '../../forms/EditConflictNotice';
import { useEditConflict } from '../../forms/use-edit-conflict';

type Draft = Required<QuestionChanges>;

function draftOf(question: Question): Draft {
  return {
    kind: question.kind,
    agendaItemId: question.agendaItemId ?? '',
    question: question.question,
    toelichting: question.toelichting,
    addressedTo: question.addressedTo ?? '',
    priority: question.priority,
    status: question.status,
    answer: question.answer ?? '',
  };
}

/** The fields as the raadslid reads them, for "Beide bekijken". */
function textsOf(draft: Draft, agendaItems: readonly AgendaItem[]): Record<string, string> {
  const item = agendaItems.find((candidate) => candidate.id === draft.agendaItemId);
  return {
    'Soort vraag': QUESTION_KINDS.label(draft.kind),
    Agendapunt: item ? agendaItemLabel(item) : 'Geen agendapunt',
    Vraag: draft.question,
    Toelichting: draft.toelichting,
    'Gericht aan': draft.addressedTo,
    Prioriteit: PRIORITIES.label(draft.priority),
    Status: STATUSES.label(draft.status),
    Antwoord: draft.answer,
  };
}

/** Edits a question in place; `onDone` closes the editor after saving (with the question as stored) or cancelling. */
export function QuestionEditor({ question, agendaItems, onDone }: { question: Question; agendaItems: AgendaItem[]; onDone: (stored?: Question) => void }) {
  const id = useId();
  const [typed, setDraft] = useState<Draft>(() => draftOf(question));
  // An agendapunt deleted while the editor is open is no longer offered: the draft then has none,
  // as its select shows, so a save does not fail on it.
  const draft = typed.agendaItemId === '' || agendaItems.some((item) => item.id === typed.agendaItemId) ? typed : { ...typed, agendaItemId: '' };
  const [error, setError] = useState<string>();
  const firstField = useRef<HTMLSelectElement>(null);
  const questionField = useRef<HTMLTextAreaElement>(null);
  const [textProblem, setTextProblem] = useState<string>();
  const { state, lastKnown, save, rebase } = useEditConflict(question, question.id, () => findQuestion(question.id));
  const current = state.kind === 'changed' ? state.current : undefined;
  const set = <K extends keyof QuestionChanges>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // Emptying the text is refused here, with the reason beside the field (the store refuses it too).
  function textAccepted(): boolean {
    const problem = questionTextProblem(draft.question);
    setTextProblem(problem);
    if (problem) questionField.current?.focus();
    return problem === undefined;
  }

  async function store(expected?: number) {
    // A question stored without text before that was refused keeps its empty text, and can still
    // get its status, answer or priority: the text is left out of the change, not refused.
    const keepsOldEmptyText = draft.question === lastKnown.question && questionTextProblem(draft.question) !== undefined;
    if (!keepsOldEmptyText && !textAccepted()) return;
    const { question: text, ...otherFields } = draft;
    const changes: QuestionChanges = keepsOldEmptyText ? otherFields : { ...otherFields, question: text };
    try {
      let stored: Question | undefined;
      const saved = await save(async (expectedUpdatedAt) => (stored = await updateQuestion(question.id, changes, undefined, expectedUpdatedAt)), expected);
      setError(undefined);
      if (saved) onDone(stored);
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await store();
  }

  function takeTheirs(theirs: Question) {
    setDraft(draftOf(theirs));
    rebase(theirs);
    // The notice with the focused button goes: the focus goes on to the form.
    firstField.current?.focus();
  }

  return (
    <form className="stacked-form question-editor" onSubmit={submit} noValidate>
      {state.kind !== 'in-sync' && (
        <EditConflictNotice
          subject="Deze vraag"
          kind={state.kind}
          differences={current ? fieldDifferences(textsOf(draft, agendaItems), textsOf(draftOf(current), agendaItems)) : []}
          onKeepMine={() => store(current?.updatedAt)}
          onTakeTheirs={() => current && takeTheirs(current)}
          onKeepText={async () => {
            let stored: Question | undefined;
            if (textAccepted() && (await save(async () => (stored = await recreateQuestion(lastKnown, draft))))) onDone(stored);
          }}
        />
      )}
      <label htmlFor={`${id}-kind`}>Soort vraag</label>
      <select ref={firstField} id={`${id}-kind`} value={draft.kind} onChange={(e) => set('kind', e.target.value as Question['kind'])}>
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
      <QuestionTextField
        id={`${id}-question`}
        state={{
          text: draft.question,
          setText: (text) => {
            set('question', text);
            if (questionTextProblem(text) === undefined) setTextProblem(undefined);
          },
          problem: textProblem,
          field: questionField,
        }}
      />
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
        <button type="button" onClick={() => onDone()}>Annuleren</button>
      </div>
    </form>
  );
}
