/**
 * The annotations panel beside the text (a complementary landmark "Aantekeningen"): the
 * annotations of this document or of all documents, filtered by flag, colour, tag and author,
 * in reading order or newest first, each with its place status and the actions to go to its
 * passage, edit it or delete it (undoable); below them the orphans ("Niet meer gevonden"). An
 * annotation being edited stays while its editor is open, also when another window deletes it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentModel } from '../documents/model';
import { useKeepWhileEditing } from '../forms/keep-while-editing';
import { documentHref } from '../navigation/route';
import { AnnotationEntry } from './AnnotationEntry';
import { shortQuote } from './AnnotationMeta';
import { filterChoices, matchesFilter, NO_FILTER, sortItems, type AnnotationFilter, type PanelItem, type SortOrder } from './annotation-filters';
import { allAnnotations, reattachAnnotation } from './annotation-store';
import type { Annotation } from '../model/annotation';
import { OrphanList } from './OrphanList';
import { PANEL_ID, setPanelOpen, takeFocusRequest, usePanelOpen } from './panel-state';
import { PanelControls, type PanelScope } from './PanelControls';
import { goToPassage, selectionInArticle } from './passage-in-article';
import { describePassage } from '../anchoring/selectors';
import { useDocumentIndex } from '../documents/use-document-index';
import type { AskQuestion } from './annotation-requests';
import { useUndoableDelete } from './undo-delete';
import { useDocumentAnnotations } from './use-document-annotations';
import './annotations-panel.css';

interface AnnotationsPanelProps {
  document: DocumentModel;
  /** The rendered article, once it is there (for going to a passage and reading the selection). */
  article: HTMLElement | null;
  onAskQuestion: AskQuestion;
}

/** The panel while it is open (see AnnotationsPanelToggle); nothing while it is closed. */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  return usePanelOpen() ? <PanelContent {...props} /> : null;
}

const readAll = () => allAnnotations();

const itemKey = (item: PanelItem) => item.annotation.id;

function countText(shown: number, total: number): string {
  return `${shown} van ${total} ${total === 1 ? 'aantekening' : 'aantekeningen'}`;
}

function PanelContent({ document: model, article, onAskQuestion }: AnnotationsPanelProps) {
  const { anchored, orphans, anchorText, loaded } = useDocumentAnnotations(model);
  const [scope, setScope] = useState<PanelScope>('document');
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder>('position');
  const [message, setMessage] = useState('');
  const everything = useLiveQuery(() => (scope === 'all' ? readAll() : undefined), [scope]);
  const documents = useDocumentIndex();
  const { deleteWithUndo } = useUndoableDelete();
  const heading = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (takeFocusRequest()) heading.current?.focus();
  }, []);

  const items = useMemo<PanelItem[]>(() => {
    const here: PanelItem[] = anchored.map(({ annotation, status, start, end }) => ({ annotation, placement: { status, start, end } }));
    if (scope === 'document') return here;
    const elsewhere = (everything ?? []).filter((a) => a.documentId !== model.id).map((annotation) => ({ annotation }));
    return [...here, ...elsewhere];
  }, [anchored, everything, model.id, scope]);

  const documentOrder = useMemo(() => [model.id, ...documents.map((d) => d.id)], [documents, model.id]);
  const shown = useMemo(
    () => sortItems(items.filter((item) => matchesFilter(item.annotation, filter)), order, documentOrder),
    [documentOrder, filter, items, order],
  );
  const listed = useKeepWhileEditing(shown, itemKey, editing).items;
  const choices = useMemo(() => filterChoices(items.map((item) => item.annotation)), [items]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);

  function close() {
    setPanelOpen(false);
    window.document.querySelector<HTMLElement>('.annotations-panel-toggle')?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      close();
    }
  }

  // An entry whose form closes can leave the list for a moment and come back as a new element:
  // "Tekst bewaren" stores again an annotation another window deleted, and the entry kept while
  // editing goes before the live query brings the stored one. Its Bewerken takes the focus then.
  const refocus = useRef<{ id: string; until: number }>(undefined);
  const focusOnMount = (id: string) => refocus.current?.id === id && Date.now() < refocus.current.until;

  function markEditing(id: string, on: boolean) {
    setEditing((ids) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function remove(annotation: Annotation) {
    void deleteWithUndo(annotation.id);
    // The pressed button disappears with its entry: keep the focus in the panel.
    heading.current?.focus();
  }

  async function attach(orphan: Annotation) {
    const selection = article && selectionInArticle(article, anchorText);
    if (!selection) {
      setMessage('Selecteer eerst in de tekst de passage waaraan je de aantekening wilt koppelen.');
      return;
    }
    const { start, end } = selection;
    const target = describePassage(anchorText, start, end);
    try {
      await reattachAnnotation(orphan.id, target, model.version);
      window.getSelection()?.removeAllRanges();
      setMessage(`Aantekening gekoppeld aan “${shortQuote(target.quote.exact, 60)}”.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Koppelen is mislukt.');
    }
  }

  return (
    <aside
      id={PANEL_ID}
      className="annotations-panel"
      aria-label="Aantekeningen"
      onKeyDown={onKeyDown}
      // The text layer watches mouse-up and Shift key-up on the document to open its toolbar
      // for a selection; a click or Shift+Tab in the panel is not a new selection.
      onMouseUp={(event) => event.stopPropagation()}
      onKeyUp={(event) => event.stopPropagation()}
    >
      <div className="panel-header">
        <h2 ref={heading} tabIndex={-1}>
          Aantekeningen
        </h2>
        <button type="button" aria-label="Aantekeningen sluiten" onClick={close}>
          Sluiten
        </button>
      </div>
      <PanelControls
        scope={scope}
        onScope={setScope}
        filter={filter}
        onFilter={setFilter}
        order={order}
        onOrder={setOrder}
        choices={choices}
      />
      <p role="status" className="panel-count">
        {loaded && (scope === 'document' || everything) ? countText(shown.length, items.length) : 'Aantekeningen worden geladen…'}
      </p>
      {loaded && items.length === 0 && <p className="panel-hint">Nog geen aantekeningen. Selecteer tekst om er een te maken.</p>}
      {items.length > 0 && shown.length === 0 && <p className="panel-hint">Geen aantekeningen bij dit filter.</p>}
      <ul className="panel-list">
        {listed.map(({ annotation, placement }) => (
          <AnnotationEntry
            key={annotation.id}
            annotation={annotation}
            quote={placement ? anchorText.text.slice(placement.start, placement.end) : annotation.target.quote.exact}
            status={placement?.status}
            elsewhere={
              annotation.documentId === model.id
                ? undefined
                : {
                    title: titles.get(annotation.documentId) ?? annotation.documentId,
                    href: documentHref(annotation.documentId, annotation.target.blockId),
                  }
            }
            onGoTo={placement && article ? () => goToPassage(article, anchorText, placement.start, placement.end) : undefined}
            onAskQuestion={() => void onAskQuestion({ kind: 'annotation', annotationId: annotation.id })}
            onDelete={() => remove(annotation)}
            onEditingChange={(on) => markEditing(annotation.id, on)}
            focusOnMount={focusOnMount(annotation.id)}
            onClosing={() => (refocus.current = { id: annotation.id, until: Date.now() + 2000 })}
          />
        ))}
      </ul>
      <OrphanList orphans={orphans} onAttach={(orphan) => void attach(orphan)} onDelete={remove} />
      <p role="status" className="panel-message">
        {message}
      </p>
    </aside>
  );
}

