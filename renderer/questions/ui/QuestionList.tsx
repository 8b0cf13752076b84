/**
 * The numbered questions of a vergadering, grouped per agendapunt in agenda order, those
 * without agendapunt last (numbers as in question-groups.ts). Reorder within an agendapunt
 * with the "Omhoog"/"Omlaag" buttons or Alt+↑/Alt+↓ on a focused question, or drag a question
 * (also onto a question of another agendapunt, which it then joins); the new place is
 * announced in a live region and the focus stays with the moved question. A deleted question
 * goes to the Prullenbak and comes back from there with "Verwijderen ongedaan maken" or Ctrl+Z
 * (outside text fields, where Ctrl+Z undoes typing). The question being edited stays where it
 * was while its editor is open, also when it is deleted or given another agendapunt meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import { useKeepWhileEditing } from '../../forms/keep-while-editing';
import { isTextField, isUndoKey } from '../../keyboard/text-field';
import { agendaItemLabel } from '../meeting-store';
import { groupHeading, groupKeepingEdited, type EditedPlace } from '../question-groups';
import { deleteQuestion, moveQuestion, placeQuestionAt, questionsOf, type NumberedQuestion } from '../question-store';
import type { AgendaItem, Question } from '../../model/question';
import type { TrashEntry } from '../../model/trash';
import { restoreFromTrash } from '../../trash/trash-store';
import { NewFreeQuestionDialog } from './NewFreeQuestionDialog';
import { QuestionItem } from './QuestionItem';
import type { MeetingData } from './use-meetings';
import { useMoveFocus, type MovePart } from './use-move-focus';

interface QuestionListProps {
  data: MeetingData;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat || 'Vraag zonder tekst';
}

const questionKey = (question: { id: string }) => question.id;

/** Where a question that changed agendapunt is now, as the announcement says it. */
const joinedPlace = (item: AgendaItem | undefined) => (item ? `bij agendapunt ${agendaItemLabel(item)}` : 'zonder agendapunt');

/** The question list with its reorder controls and a button for a new free question. */
export function QuestionList({ data, selected, onSelect }: QuestionListProps) {
  const { questions, agendaItems } = data;
  const [edited, setEdited] = useState<EditedPlace>();
  const editingId = edited?.id;
  const [deleted, setDeleted] = useState<TrashEntry>();
  const moves = useMoveFocus<HTMLDivElement, NumberedQuestion[]>(questions);
  const dragged = useRef<string>(undefined);
  const kept = useKeepWhileEditing(questions, questionKey, editingId ? [editingId] : []);
  const groups = groupKeepingEdited(kept.items, agendaItems, edited);

  // A question made with "Nieuwe vraag" takes the focus and is announced with its number.
  async function onAdded(added: Question | undefined) {
    setAdding(false);
    if (!added) return;
    const shown = moves.container.current?.querySelector<HTMLElement>(`[data-move-key="${CSS.escape(added.id)}"]`);
    if (shown) shown.focus();
    else moves.focusAfterChange(added.id);
    const number = (await questionsOf(added.meetingId)).find((q) => q.id === added.id)?.number;
    moves.setAnnouncement(`Vraag ${number} toegevoegd: „${excerpt(added.question)}”.`);
  }

  function moveBy(questionId: string, direction: -1 | 1, part: MovePart) {
    const text = questions.find((q) => q.id === questionId)?.question ?? '';
    void moves.move(questionId, async () => `„${excerpt(text)}” is nu vraag ${(await moveQuestion(questionId, direction)) + 1} van ${questions.length}.`, part);
  }

  function drop(targetId: string) {
    const movedId = dragged.current;
    dragged.current = undefined;
    if (!movedId || movedId === targetId) return;
    const moved = questions.find((q) => q.id === movedId);
    const target = questions.find((q) => q.id === targetId);
    const item = agendaItems.find((a) => a.id === target?.agendaItemId);
    const joins = (moved?.agendaItemId ?? '') !== (item?.id ?? '');
    void moves.move(
      movedId,
      async () => {
        const index = await placeQuestionAt(movedId, targetId);
        const place = `„${excerpt(moved?.question ?? '')}” is nu vraag ${index + 1} van ${questions.length}`;
        if (!joins) return `${place}.`;
        return `${place}, ${joinedPlace(item)}.`;
      },
      'item',
    );
  }

  // The editor held the focus: after a save it goes to the question, also when it joined another
  // agendapunt (then announced with its new number), once the list shows it there.
  function closeEditor(stored?: Question) {
    const from = edited?.agendaItem;
    setEdited(undefined);
    if (!stored) return;
    const to = agendaItems.find((item) => item.id === stored.agendaItemId);
    moves.focusWhen(stored.id, (now) => {
      const shown = now.find((q) => q.id === stored.id);
      if (!shown || shown.updatedAt < stored.updatedAt) return undefined;
      if ((from?.id ?? '') === (to?.id ?? '')) return '';
      return `„${excerpt(shown.question)}” is nu vraag ${shown.number} van ${now.length}, ${joinedPlace(to)}.`;
    });
  }

  async function remove(questionId: string) {
    const entry = await deleteQuestion(questionId);
    setDeleted(entry);
    moves.setAnnouncement(entry ? `Vraag verwijderd: „${excerpt(entry.title)}”, terug te zetten uit de Prullenbak.` : '');
  }

  async function undoDelete() {
    if (!deleted) return;
    // Set before the write: the live query may deliver the restored list before it resolves.
    const questionId = deleted.records.questions[0]?.id;
    if (questionId) moves.focusAfterChange(questionId);
    setDeleted(undefined);
    // Undefined when it left the Prullenbak meanwhile (put back or emptied there).
    const restored = await restoreFromTrash(deleted.id);
    moves.setAnnouncement(restored ? `Vraag teruggezet: „${excerpt(restored.title)}”.` : '');
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
      <p className="hint">
        De vragen staan per agendapunt, in de volgorde van de agenda. Verplaats een vraag met de knoppen Omhoog en Omlaag of met Alt+↑ en Alt+↓;
        naar een ander agendapunt sleep je haar op een vraag van dat agendapunt, of kies je bij Bewerken een ander agendapunt.
      </p>
      <p role="status" className="visually-hidden">
        {moves.announcement}
      </p>
      {moves.failure && (
        <p role="alert" className="form-error">
          {moves.failure}
        </p>
      )}
      {kept.items.length === 0 ? (
        <p>Nog geen vragen bij deze vergadering.</p>
      ) : (
        <div ref={moves.container} className="question-groups">
          {groups.map((group) => {
            // A heading, not a landmark per group: the page keeps a few regions (Agenda, Vragen, Exporteren).
            return (
              <div key={group.agendaItem?.id ?? ''} className="question-group">
                <h3>{groupHeading(group.agendaItem)}</h3>
                <ol className="question-list" start={group.questions[0]?.number}>
                  {group.questions.map((question, index) => (
                    <QuestionItem
                      key={question.id}
                      question={question}
                      agendaItems={agendaItems}
                      group={group.agendaItem}
                      first={index === 0}
                      last={index === group.questions.length - 1}
                      selected={selected.has(question.id)}
                      editing={editingId === question.id}
                      gone={kept.gone.has(question.id)}
                      onEdit={() => setEdited({ id: question.id, agendaItem: group.agendaItem })}
                      onEditDone={(stored) => closeEditor(stored)}
                      onSelect={(on) => onSelect(question.id, on)}
                      onDelete={() => remove(question.id)}
                      onMove={(direction) => moveBy(question.id, direction, direction === -1 ? 'up' : 'down')}
                      onKeyDown={(event) => moves.onAltArrow(event, (direction) => moveBy(question.id, direction, 'item'))}
                      onDragStart={() => (dragged.current = question.id)}
                      onDrop={() => drop(question.id)}
                    />
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => setAdding(true)}>
          Nieuwe vraag
        </button>
        {adding && <NewFreeQuestionDialog meetingId={data.meeting.id} agendaItems={agendaItems} onClose={(added) => void onAdded(added)} />}
        {deleted && (
          <button type="button" onClick={undoDelete} aria-keyshortcuts="Control+Z" title="Verwijderen ongedaan maken (Ctrl+Z)">
            Verwijderen ongedaan maken
          </button>
        )}
      </div>
    </>
  );
}
