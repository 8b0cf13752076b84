/**
 * The numbered questions of a vergadering. Reorder by dragging, by the "Omhoog"/"Omlaag"
 * buttons, or with Alt+↑/Alt+↓ on a focused question; the new place is announced in a live
 * region and the focus stays with the moved question. A deleted question goes to the
 * Prullenbak and comes back from there with "Verwijderen ongedaan maken" or Ctrl+Z (outside
 * text fields, where Ctrl+Z undoes typing). The question being edited stays while its editor is
 * open, also when another window deletes it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useKeepWhileEditing } from '../../forms/keep-while-editing';
import { isTextField, isUndoKey } from '../../keyboard/text-field';
import { deleteQuestion, moveQuestion, moveQuestionTo } from '../question-store';
import type { TrashEntry } from '../../model/trash';
import { restoreFromTrash } from '../../trash/trash-store';
import { NewFreeQuestionDialog } from './NewFreeQuestionDialog';
import { QuestionItem } from './QuestionItem';
import type { MeetingData } from './use-meetings';

interface QuestionListProps {
  data: MeetingData;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
}

/** Where the focus goes after a move: the question itself or one of its move buttons. */
type FocusTarget = { id: string; part: 'item' | 'up' | 'down' };

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat || 'Vraag zonder tekst';
}

const questionKey = (question: { id: string }) => question.id;

/** The question list with its reorder controls and a button for a new free question. */
export function QuestionList({ data, selected, onSelect }: QuestionListProps) {
  const { questions, agendaItems } = data;
  const [announcement, setAnnouncement] = useState('');
  const [editingId, setEditingId] = useState<string>();
  const [deleted, setDeleted] = useState<TrashEntry>();
  const focusAfterMove = useRef<FocusTarget>(undefined);
  const dragged = useRef<string>(undefined);
  const list = useRef<HTMLOListElement>(null);
  const kept = useKeepWhileEditing(questions, questionKey, editingId ? [editingId] : []);

  // After the live query delivers the new order, put the focus back on the moved question.
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target || !list.current) return;
    focusAfterMove.current = undefined;
    const item = list.current.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(target.id)}"]`);
    const button = target.part === 'item' ? null : item?.querySelector<HTMLButtonElement>(`[data-move="${target.part}"]:not([disabled])`);
    (button ?? item)?.focus();
  }, [questions]);

  async function move(id: string, run: () => Promise<number>, part: FocusTarget['part']) {
    const question = questions.find((q) => q.id === id);
    // Set before the write: the live query may deliver the new order before `run` resolves.
    focusAfterMove.current = { id, part };
    const index = await run();
    setAnnouncement(`„${excerpt(question?.question ?? '')}” is nu vraag ${index + 1} van ${questions.length}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, id: string) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // In a form field Alt+arrows keep their own meaning (opening a list, moving the caret).
    if ((event.target as HTMLElement).closest('select, textarea, input:not([type="checkbox"])')) return;
    event.preventDefault();
    void move(id, () => moveQuestion(id, event.key === 'ArrowUp' ? -1 : 1), 'item');
  }

  async function remove(id: string) {
    const entry = await deleteQuestion(id);
    setDeleted(entry);
    setAnnouncement(entry ? `Vraag verwijderd: „${excerpt(entry.title)}”, terug te zetten uit de Prullenbak.` : '');
  }

  async function undoDelete() {
    if (!deleted) return;
    // Set before the write: the live query may deliver the restored list before it resolves.
    const questionId = deleted.records.questions[0]?.id;
    if (questionId) focusAfterMove.current = { id: questionId, part: 'item' };
    setDeleted(undefined);
    // Undefined when it left the Prullenbak meanwhile (put back or emptied there).
    const restored = await restoreFromTrash(deleted.id);
    setAnnouncement(restored ? `Vraag teruggezet: „${excerpt(restored.title)}”.` : '');
  }

  // Ctrl+Z brings the last deleted question back, as in the reader for annotations.
  const undoRef = useRef(undoDelete);
  undoRef.current = undoDelete;
  useEffect(() => {
    if (!deleted) return;
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.defaultPrevented || !isUndoKey(event) || isTextField(event.target)) return;
      event.preventDefault();
      void undoRef.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [deleted]);

  // "Nieuwe vraag" stores nothing until its dialog is saved (NewFreeQuestionDialog).
  const [adding, setAdding] = useState(false);

  return (
    <>
      <p className="hint">Verplaats een vraag door te slepen, met de knoppen Omhoog en Omlaag, of met Alt+↑ en Alt+↓.</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {kept.items.length === 0 ? (
        <p>Nog geen vragen bij deze vergadering.</p>
      ) : (
        <ol ref={list} className="question-list">
          {kept.items.map((question, index) => (
            <QuestionItem
              key={question.id}
              question={question}
              agendaItems={agendaItems}
              first={index === 0}
              last={index === kept.items.length - 1}
              selected={selected.has(question.id)}
              editing={editingId === question.id}
              gone={kept.gone.has(question.id)}
              onEdit={(on) => setEditingId(on ? question.id : undefined)}
              onSelect={(on) => onSelect(question.id, on)}
              onDelete={() => remove(question.id)}
              onMove={(direction) => move(question.id, () => moveQuestion(question.id, direction), direction === -1 ? 'up' : 'down')}
              onKeyDown={(event) => onKeyDown(event, question.id)}
              onDragStart={() => (dragged.current = question.id)}
              onDrop={() => {
                const id = dragged.current;
                dragged.current = undefined;
                if (id && id !== question.id) void move(id, () => moveQuestionTo(id, index), 'item');
              }}
            />
          ))}
        </ol>
      )}
      <div className="button-row">
        <button type="button" onClick={() => setAdding(true)}>
          Nieuwe vraag
        </button>
        {adding && <NewFreeQuestionDialog meetingId={data.meeting.id} agendaItems={agendaItems} onClose={() => setAdding(false)} />}
        {deleted && (
          <button type="button" onClick={undoDelete} aria-keyshortcuts="Control+Z" title="Verwijderen ongedaan maken (Ctrl+Z)">
            Verwijderen ongedaan maken
          </button>
        )}
      </div>
    </>
  );
}
