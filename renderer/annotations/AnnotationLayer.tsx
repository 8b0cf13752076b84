/**
 * Everything an annotation does in the text of the open document: paints the highlights,
 * shows the margin markers, offers the toolbar for a selection or a block, opens an
 * annotation on a click, a marker or Enter on a highlight (use-highlight-keyboard.ts), and
 * hands a question about a passage or an annotation to the screen that mounts it
 * (onAskQuestion), as it asks that screen for the author before the first annotation
 * (requireAuthor).
 * Mounted once by the reading view next to the article; it never changes the article's DOM.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnchoredAnnotation } from '../anchoring/anchor-all';
import type { DocumentModel } from '../documents/model';
import type { Author } from '../model/author';
import type { AskQuestion, FormAtAsking, RequireAuthor } from './annotation-requests';
import { AnnotationEditor } from './AnnotationEditor';
import type { AnnotationFormValues } from './AnnotationForm';
import { annotationsAt } from './annotations-at';
import { ANNOTATE_BLOCK_ATTRIBUTE } from './BlockAnnotateButton';
import { annotatePassage, blockPassage, type Passage } from './create-annotation';
import { rangeFromOffsets } from '../anchoring/dom-ranges';
import { MarginMarkers } from './MarginMarkers';
import { clearHighlights, paintFocused, paintIndexed } from './paint-highlights';
import type { Box } from './popover-position';
import { describePassage } from '../anchoring/selectors';
import { useArticleTextIndex } from '../anchoring/use-article-text-index';
import { SelectionToolbar } from './SelectionToolbar';
import { useShortcutKey } from '../keyboard/use-shortcut-key';
import { useDocumentAnnotations } from './use-document-annotations';
import { selectedPassage, useSelectionPassage } from './use-selection-passage';
import { useUndoableDelete } from './undo-delete';
import { useEnterOnHighlight } from './use-highlight-keyboard';
import './annotations.css';

const ANNOTATE_KEYS = ['a', 'A'];

interface AnnotationLayerProps {
  document: DocumentModel;
  article: HTMLElement;
  onAskQuestion: AskQuestion;
  requireAuthor: RequireAuthor;
}

interface Draft {
  passage: Passage;
  target: Box;
  takeFocus: boolean;
}

interface Opened {
  id: string;
  target: Box;
  takeFocus: boolean;
  /** As it was when opened: the editor stays (and says so) when another window deletes it. */
  item: AnchoredAnnotation;
}

/** A client rect in the coordinates of the article's positioned container. */
function boxIn(article: HTMLElement, rect: DOMRect): Box {
  const origin = (article.offsetParent ?? article).getBoundingClientRect();
  return { top: rect.top - origin.top, left: rect.left - origin.left, width: rect.width, height: rect.height };
}

/** The layer; `document` and `article` are the open document and its rendered <article>. */
export function AnnotationLayer({ document: model, article, onAskQuestion, requireAuthor }: AnnotationLayerProps) {
  const { anchored, anchorText } = useDocumentAnnotations(model);
  const { deleteWithUndo } = useUndoableDelete();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const getIndex = useArticleTextIndex(article, anchorText);

  useEffect(() => {
    paintIndexed(getIndex(), anchored, opened?.id);
  }, [getIndex, anchored, opened?.id]);
  useEffect(() => clearHighlights, []);

  const passageBox = useCallback(
    (passage: Passage) => {
      const rect = rangeFromOffsets(getIndex(), passage.start, passage.end)?.getBoundingClientRect();
      return rect ? boxIn(article, rect) : { top: 0, left: 0, width: 0, height: 0 };
    },
    [article, getIndex],
  );

  const startDraft = useCallback(
    (passage: Passage, takeFocus: boolean) => {
      setOpened(null);
      setDraft({ passage, target: passageBox(passage), takeFocus });
    },
    [passageBox],
  );

  const openAnnotation = useCallback(
    (id: string, takeFocus: boolean) => {
      const item = anchored.find((a) => a.annotation.id === id);
      if (!item) return;
      setDraft(null);
      setOpened({ id, target: passageBox(item), takeFocus, item });
    },
    [anchored, passageBox],
  );

  const selectionHandlers = useMemo(
    () => ({
      onSelect: (passage: Passage) => startDraft(passage, false),
      onClickText: (offset: number | undefined) => {
        const hit = offset === undefined ? undefined : annotationsAt(anchored, offset)[0];
        if (hit) openAnnotation(hit.annotation.id, true);
        else setDraft(null);
      },
    }),
    [anchored, openAnnotation, startDraft],
  );
  useSelectionPassage(getIndex, selectionHandlers);
  useEnterOnHighlight(getIndex, anchored, useCallback((id: string) => openAnnotation(id, true), [openAnnotation]));

  // The passage of the marker with the focus or the pointer, painted as focused.
  const [focusedId, setFocusedId] = useState<string>();
  useEffect(() => {
    paintFocused(getIndex(), anchored.find((item) => item.annotation.id === focusedId));
  }, [getIndex, anchored, focusedId]);

  // "Aantekening bij deze alinea": the buttons live in the memoised article, so listen there.
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const button = event.target instanceof Element ? event.target.closest(`[${ANNOTATE_BLOCK_ATTRIBUTE}]`) : null;
      const passage = button && blockPassage(anchorText, button.getAttribute(ANNOTATE_BLOCK_ATTRIBUTE) ?? '');
      if (passage) startDraft(passage, true);
    }
    article.addEventListener('click', onClick);
    return () => article.removeEventListener('click', onClick);
  }, [article, anchorText, startDraft]);

  const annotateHere = useCallback(() => {
    const selected = selectedPassage(getIndex());
    if (selected) return startDraft(selected.passage, true);
    const block = window.document.activeElement?.closest<HTMLElement>('[data-block-id]');
    const passage = block && article.contains(block) && blockPassage(anchorText, block.dataset.blockId ?? '');
    if (passage) startDraft(passage, true);
  }, [anchorText, article, getIndex, startDraft]);
  useShortcutKey(ANNOTATE_KEYS, annotateHere);

  async function save(passage: Passage, values: AnnotationFormValues, author: Author) {
    await annotatePassage(model, anchorText, passage, values, author);
    setDraft(null);
    window.getSelection()?.removeAllRanges();
  }

  async function saveDraft(values: AnnotationFormValues) {
    if (!draft) return;
    const { passage } = draft;
    const author = await requireAuthor();
    // Cancelled: nothing is stored and the toolbar stays open.
    if (author) await save(passage, values, author);
  }

  async function askAboutDraft(form: FormAtAsking) {
    if (!draft) return;
    const { start, end } = draft.passage;
    // A question made closes the toolbar (the passage is dealt with, as after "Opslaan"); its
    // popover gives the focus back to where it was before: the paragraph's button or the text.
    // A toolbar holding a typed note or other choices stays: they are not stored yet.
    const target = describePassage(anchorText, start, end);
    if ((await onAskQuestion({ kind: 'passage', target, startText: form.note })) && !form.edited) {
      setDraft(null);
      window.getSelection()?.removeAllRanges();
    }
  }

  const openedItem = opened && (anchored.find((a) => a.annotation.id === opened.id) ?? opened.item);
  const closeEditor = useCallback(() => setOpened(null), []);
  const closeDraft = useCallback(() => setDraft(null), []);

  return (
    <>
      <MarginMarkers
        article={article}
        anchorText={anchorText}
        anchored={anchored}
        activeId={opened?.id}
        onOpen={(id) => openAnnotation(id, true)}
        onFocusMarker={setFocusedId}
      />
      {draft && (
        <SelectionToolbar
          target={draft.target}
          quote={anchorText.text.slice(draft.passage.start, draft.passage.end)}
          takeFocus={draft.takeFocus}
          onSave={saveDraft}
          onAskQuestion={(form) => void askAboutDraft(form)}
          onClose={closeDraft}
        />
      )}
      {openedItem && opened && (
        <AnnotationEditor
          key={opened.id}
          item={openedItem}
          target={opened.target}
          takeFocus={opened.takeFocus}
          onClose={closeEditor}
          onSaved={closeEditor}
          onAskQuestion={async (form) => {
            // An editor with unsaved changes stays open, so they can still be stored.
            if ((await onAskQuestion({ kind: 'annotation', annotationId: opened.id, startText: form.note })) && !form.edited) closeEditor();
          }}
          onDelete={() => {
            void deleteWithUndo(opened.id);
            closeEditor();
            window.document.getElementById('inhoud')?.focus({ preventScroll: true });
          }}
        />
      )}
    </>
  );
}
