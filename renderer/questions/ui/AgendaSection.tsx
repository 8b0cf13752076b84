/**
 * The agenda of a vergadering: its agendapunten with linked documents, each to move (buttons,
 * or Alt+↑/Alt+↓ on the focused agendapunt, as for questions), to change or to delete, and a
 * form to add one. The questions follow the agenda's order. A delete moves the agendapunt to the Prullenbak; when
 * questions hang on it, a dialog asks first (the questions stay, without agendapunt, until it
 * is put back). What happened is said in a live region and the focus stays in the agenda.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useDocumentIndex } from '../../documents/use-document-index';
import type { AgendaItem, Question } from '../../model/question';
import { ConfirmDialog } from '../../trash/ConfirmDialog';
import { addAgendaItem, agendaItemLabel, deleteAgendaItem, moveAgendaItem, updateAgendaItem } from '../meeting-store';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemRow } from './AgendaItemRow';
import { useMoveFocus, type MovePart } from './use-move-focus';

interface AgendaSectionProps {
  meetingId: string;
  agendaItems: AgendaItem[];
  /** The vergadering's questions, to say how many hang on an agendapunt. */
  questions: readonly Question[];
}

/** The agenda section of the vergadering screen. */
export function AgendaSection({ meetingId, agendaItems, questions }: AgendaSectionProps) {
  const documents = useDocumentIndex();
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const [editingId, setEditingId] = useState<string>();
  const [confirming, setConfirming] = useState<{ item: AgendaItem; linked: number }>();
  const moves = useMoveFocus<HTMLUListElement>(agendaItems);
  const { announcement, setAnnouncement } = moves;
  const heading = useRef<HTMLHeadingElement>(null);
  const moveHintId = useId();
  const list = moves.container;
  // The agendapunt whose "Wijzigen" takes the focus back when its form closes.
  const returnFocus = useRef<string>(undefined);

  useEffect(() => {
    if (editingId !== undefined || returnFocus.current === undefined) return;
    list.current?.querySelector<HTMLElement>(`[data-agenda-id="${CSS.escape(returnFocus.current)}"] [data-action="edit"]`)?.focus();
    returnFocus.current = undefined;
  }, [editingId, agendaItems]);

  function closeEditor(id: string) {
    returnFocus.current = id;
    setEditingId(undefined);
  }

  function move(item: AgendaItem, direction: -1 | 1, part: MovePart) {
    void moves.move(
      item.id,
      async () => `Agendapunt ${agendaItemLabel(item)} staat nu op plaats ${(await moveAgendaItem(item.id, direction)) + 1} van ${agendaItems.length}.`,
      part,
    );
  }

  function askDelete(item: AgendaItem) {
    const linked = questions.filter((question) => question.agendaItemId === item.id).length;
    if (linked > 0) setConfirming({ item, linked });
    else void remove(item);
  }

  async function remove(item: AgendaItem) {
    setConfirming(undefined);
    const entry = await deleteAgendaItem(item.id);
    setAnnouncement(entry ? `Agendapunt ${agendaItemLabel(item)} verwijderd, terug te zetten uit de Prullenbak.` : '');
    // Its buttons are gone with it: keep the focus in the agenda.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="agenda-titel" className="agenda">
      <h2 id="agenda-titel" ref={heading} tabIndex={-1}>
        Agenda
      </h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {moves.failure && (
        <p role="alert" className="form-error">
          {moves.failure}
        </p>
      )}
      {agendaItems.length === 0 ? (
        <p>Nog geen agendapunten.</p>
      ) : (
        <>
          <p id={moveHintId} className="hint">
            Verplaats een agendapunt met Omhoog en Omlaag, of met Alt+↑ en Alt+↓ op het agendapunt. De vragen verhuizen mee.
          </p>
          <ul ref={list} className="agenda-list">
            {agendaItems.map((item, index) =>
              editingId === item.id ? (
                <li key={item.id}>
                  <AgendaItemForm
                    heading={`Agendapunt ${agendaItemLabel(item)} wijzigen`}
                    submitLabel="Opslaan"
                    documents={documents}
                    initial={item}
                    onSave={async (values) => {
                      await updateAgendaItem(item.id, values);
                      closeEditor(item.id);
                      setAnnouncement(`Agendapunt ${agendaItemLabel(values)} opgeslagen.`);
                    }}
                    onCancel={() => closeEditor(item.id)}
                  />
                </li>
              ) : (
                <AgendaItemRow
                  key={item.id}
                  item={item}
                  titles={titles}
                  moveHintId={moveHintId}
                  first={index === 0}
                  last={index === agendaItems.length - 1}
                  onMove={(direction) => move(item, direction, direction === -1 ? 'up' : 'down')}
                  onKeyDown={(event) => moves.onAltArrow(event, (direction) => move(item, direction, 'item'))}
                  onEdit={() => setEditingId(item.id)}
                  onDelete={() => askDelete(item)}
                />
              ),
            )}
          </ul>
        </>
      )}
      <AgendaItemForm
        heading="Agendapunt toevoegen"
        submitLabel="Agendapunt toevoegen"
        documents={documents}
        onSave={async (values) => {
          await addAgendaItem(meetingId, values);
        }}
      />
      {confirming && (
        <ConfirmDialog
          title={`Agendapunt ${agendaItemLabel(confirming.item)} verwijderen?`}
          confirmLabel="Agendapunt verwijderen"
          onConfirm={() => void remove(confirming.item)}
          onCancel={() => setConfirming(undefined)}
        >
          <p>
            {confirming.linked === 1 ? 'Eén vraag hoort' : `${confirming.linked} vragen horen`} bij dit agendapunt.{' '}
            {confirming.linked === 1 ? 'Die blijft' : 'Ze blijven'} bij de vergadering, zonder agendapunt. Het agendapunt gaat naar de
            Prullenbak; zet je het terug, dan {confirming.linked === 1 ? 'hoort de vraag er weer bij' : 'horen de vragen er weer bij'}.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
