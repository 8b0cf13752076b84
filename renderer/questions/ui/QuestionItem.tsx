/**
 * One question in the list: its number, fields, quoted passage with a link back, and its
 * controls. A question deleted in another window while it is being edited stays with its
 * editor (which offers to keep the text), without number or controls.
 */
import { Trash2 } from 'lucide-react';
import type { DragEvent, KeyboardEvent } from 'react';
import { documentHref } from '../../navigation/route';
import { agendaItemLabel } from '../meeting-store';
import { placeLabel } from '../passage-reference';
import { hasQuestionText } from '../question-groups';
import type { NumberedQuestion } from '../question-store';
import type { AgendaItem, Question } from '../../model/question';
import { PRIORITIES, QUESTION_KINDS, STATUSES } from '../../model/question';
import { QuestionEditor } from './QuestionEditor';

interface QuestionItemProps {
  question: NumberedQuestion;
  agendaItems: AgendaItem[];
  /** The agendapunt whose heading the question stands under (none: the group without agendapunt). */
  group?: AgendaItem;
  first: boolean;
  last: boolean;
  selected: boolean;
  editing: boolean;
  /** Deleted elsewhere while being edited (see forms/keep-while-editing). */
  gone?: boolean;
  onEdit: () => void;
  /** The editor closed: saved (`stored`, the question as stored) or cancelled. */
  onEditDone: (stored?: Question) => void;
  onSelect: (on: boolean) => void;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onDragStart: () => void;
  onDrop: () => void;
}

/** A question as a focusable, draggable list item. */
export function QuestionItem(props: QuestionItemProps) {
  const { question: q, agendaItems } = props;
  const titleId = `vraag-${q.id}`;
  const item = agendaItems.find((a) => a.id === q.agendaItemId);
  const passageHref = q.reference && documentHref(q.reference.documentId, q.reference.target.blockId ?? q.reference.sectionId);

  return (
    <li
      className="question"
      data-question-id={q.id}
      data-move-key={q.id}
      tabIndex={0}
      aria-labelledby={titleId}
      draggable={!props.editing && !props.gone}
      onKeyDown={props.onKeyDown}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', q.id);
        props.onDragStart();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop();
      }}
    >
      <h4 id={titleId}>
        {props.gone ? 'Verwijderde vraag' : `Vraag ${q.number}`}
        <span className="question-kind"> – {QUESTION_KINDS.label(q.kind)}</span>
      </h4>
      <p className="question-meta">
        {/* Its own agendapunt only where it is not the heading above (an editor keeps a question in its old group). */}
        {item && item.id !== props.group?.id ? `Agendapunt ${agendaItemLabel(item)} · ` : ''}
        Prioriteit {PRIORITIES.label(q.priority).toLowerCase()} · Status {STATUSES.label(q.status).toLowerCase()}
        {q.addressedTo ? ` · Aan: ${q.addressedTo}` : ''}
      </p>
      {q.reference && (
        <figure className="question-quote">
          <blockquote>{q.reference.quote}</blockquote>
          <figcaption>
            <a href={passageHref}>
              {q.reference.documentTitle}, {placeLabel(q.reference)}
            </a>
          </figcaption>
        </figure>
      )}
      {props.editing ? (
        <QuestionEditor question={q} agendaItems={agendaItems} onDone={props.onEditDone} />
      ) : (
        <>
          <p className="question-text">{hasQuestionText(q) ? q.question : <em>Nog geen vraag ingevuld.</em>}</p>
          {q.toelichting && <p className="question-toelichting">{q.toelichting}</p>}
          {q.answer && (
            <div className="question-answer">
              <p className="answer-label">Antwoord</p>
              <p className="question-text">{q.answer}</p>
            </div>
          )}
        </>
      )}
      {!props.gone && (
        <div className="button-row">
          <label className="check-label">
            <input type="checkbox" checked={props.selected} onChange={(e) => props.onSelect(e.target.checked)} /> Selecteren
            <span className="visually-hidden"> vraag {q.number}</span>
          </label>
          <button type="button" data-move="up" disabled={props.first} onClick={() => props.onMove(-1)} aria-label={`Vraag ${q.number} omhoog`}>
            Omhoog
          </button>
          <button type="button" data-move="down" disabled={props.last} onClick={() => props.onMove(1)} aria-label={`Vraag ${q.number} omlaag`}>
            Omlaag
          </button>
          {!props.editing && (
            <button type="button" onClick={props.onEdit} aria-label={`Vraag ${q.number} bewerken`}>
              Bewerken
            </button>
          )}
          <button type="button" onClick={props.onDelete} aria-label={`Vraag ${q.number} verwijderen`}>
            <Trash2 />
            Verwijderen
          </button>
        </div>
      )}
    </li>
  );
}
