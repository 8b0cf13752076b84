/**
 * Everything an annotation does in the text of the open document: paints the highlights,
 * shows the margin markers, offers the toolbar for a selection or a block, opens an
 * annotation on a click or a marker, asks for the profile before the first annotation, and
 * makes a question for a vergadering of a selected passage or an opened annotation (and says
 * so in a notice, without leaving the text).
 * Mounted once by the reading view next to the article; it never changes the article's DOM.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentModel } from '../documents/model';
import { NewQuestionDialog, type QuestionSource } from '../questions/ui/NewQuestionDialog';
import { QuestionAddedNotice } from '../questions/ui/QuestionAddedNotice';
import { SEARCH_MARKS_CHANGED } from '../search/document-marks';
import { ProfileDialog } from '../settings/ProfileDialog';
import { useSettings } from '../settings/use-settings';
import { updateAnnotation } from './annotation-store';
import type { Author } from '../model/author';
import { AnnotationEditor } from './AnnotationEditor';
import type { AnnotationFormValues } from './AnnotationForm';
import { annotationsAt } from './annotations-at';
import { blockAt } from '../anchoring/anchor-text';
import { ANNOTATE_BLOCK_ATTRIBUTE } from './BlockAnnotateButton';
import { annotatePassage, blockPassage, type Passage } from './create-annotation';
import { indexArticle, isIndexCurrent, rangeFromOffsets, type ArticleTextIndex } from '../anchoring/dom-ranges';
import { MarginMarkers } from './MarginMarkers';
import { clearHighlights, paintIndexed } from './paint-highlights';
import type { Box } from './popover-position';
import { describeRange } from '../anchoring/selectors';
import { SelectionToolbar } from './SelectionToolbar';
import { ShortcutHelp } from '../keyboard/ShortcutHelp';
import { READER_SHORTCUTS } from '../keyboard/shortcut-lists';
import { useShortcutKey } from '../keyboard/use-shortcut-key';
import { useDocumentAnnotations } from './use-document-annotations';
import { selectedPassage, useSelectionPassage } from './use-selection-passage';
import { UndoNotice } from './UndoNotice';
import { useUndoableDelete } from './undo-delete';
import './annotations.css';

const ANNOTATE_KEYS = ['a', 'A'];
const HELP_KEYS = ['?'];

interface AnnotationLayerProps {
  document: DocumentModel;
  article: HTMLElement;
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
}

/** A client rect in the coordinates of the article's positioned container. */
function boxIn(article: HTMLElement, rect: DOMRect): Box {
  const origin = (article.offsetParent ?? article).getBoundingClientRect();
  return { top: rect.top - origin.top, left: rect.left - origin.left, width: rect.width, height: rect.height };
}

/** The layer; `document` and `article` are the open document and its rendered <article>. */
export function AnnotationLayer({ document: model, article }: AnnotationLayerProps) {
  const { anchored, anchorText } = useDocumentAnnotations(model);
  const { profile } = useSettings();
  const { deleteWithUndo } = useUndoableDelete();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  // An annotation waiting for the profile; `settle` ends the toolbar form's save (its failure shows there).
  const [pendingSave, setPendingSave] = useState<{ passage: Passage; values: AnnotationFormValues; settle: (failure?: unknown) => void } | null>(
    null,
  );
  const [helpOpen, setHelpOpen] = useState(false);
  // The question dialog is modal over the toolbar or editor, which stay open behind it, so
  // that cancelling it gives the focus back to the button that opened it.
  const [question, setQuestion] = useState<QuestionSource | null>(null);

  // The text index is rebuilt when React has replaced the article's text nodes, or when the
  // search's mark.js marks have split or joined them (SEARCH_MARKS_CHANGED): the ranges of
  // an index made before would then point into shortened nodes, and the paint would be lost.
  const indexRef = useRef<ArticleTextIndex | undefined>(undefined);
  const [textNodesVersion, setTextNodesVersion] = useState(0);
  useEffect(() => {
    function onMarksChanged() {
      indexRef.current = undefined;
      setTextNodesVersion((version) => version + 1);
    }
    window.addEventListener(SEARCH_MARKS_CHANGED, onMarksChanged);
    return () => window.removeEventListener(SEARCH_MARKS_CHANGED, onMarksChanged);
  }, []);
  const getIndex = useCallback((): ArticleTextIndex => {
    const current = indexRef.current;
    if (current && current.article === article && current.anchorText === anchorText && isIndexCurrent(current)) return current;
    const fresh = indexArticle(article, anchorText);
    if (fresh.mismatched.length > 0) console.warn('Blokken zonder betrouwbare tekstposities:', fresh.mismatched);
    indexRef.current = fresh;
    return fresh;
    // textNodesVersion is not read: a new getIndex after the marks changed makes the paint effect run again.
  }, [article, anchorText, textNodesVersion]);

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
      setOpened({ id, target: passageBox(item), takeFocus });
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
  useShortcutKey(HELP_KEYS, useCallback(() => setHelpOpen(true), []));

  async function save(passage: Passage, values: AnnotationFormValues, author: Author) {
    await annotatePassage(model, anchorText, passage, values, author);
    setDraft(null);
    window.getSelection()?.removeAllRanges();
  }

  async function saveDraft(values: AnnotationFormValues) {
    if (!draft) return;
    if (profile) return save(draft.passage, values, profile);
    const { passage } = draft;
    // Settled by the profile dialog: saved, failed (the form says so) or cancelled (nothing stored).
    return new Promise<void>((resolve, reject) =>
      setPendingSave({ passage, values, settle: (failure) => (failure === undefined ? resolve() : reject(failure)) }),
    );
  }

  /** After the profile dialog stored the profile: the annotation that was waiting for it. */
  async function afterProfile(author: Author) {
    const pending = pendingSave;
    setPendingSave(null);
    if (!pending) return;
    try {
      await save(pending.passage, pending.values, author);
      pending.settle();
    } catch (failure) {
      pending.settle(failure instanceof Error ? failure : new Error(String(failure)));
    }
  }

  function askAboutDraft() {
    if (!draft) return;
    const { start, end } = draft.passage;
    setQuestion({ kind: 'passage', model, target: describeRange(anchorText.text, start, end, blockAt(anchorText, start)?.id) });
  }

  const openedItem = opened && anchored.find((a) => a.annotation.id === opened.id);
  const closeEditor = useCallback(() => setOpened(null), []);
  const closeDraft = useCallback(() => setDraft(null), []);

  /**
   * After the question dialog: the raadslid stays here. A question made closes the toolbar or
   * editor it came from (the passage is dealt with, as after "Opslaan"), and their popover
   * gives the focus back to where it was before: the paragraph's button or the text.
   */
  function afterQuestion(added: boolean) {
    const source = question;
    setQuestion(null);
    if (!added) return;
    if (source?.kind === 'passage') {
      setDraft(null);
      window.getSelection()?.removeAllRanges();
    } else {
      closeEditor();
    }
  }

  return (
    <>
      <MarginMarkers
        article={article}
        anchorText={anchorText}
        anchored={anchored}
        activeId={opened?.id}
        onOpen={(id) => openAnnotation(id, true)}
      />
      {draft && (
        <SelectionToolbar
          target={draft.target}
          quote={anchorText.text.slice(draft.passage.start, draft.passage.end)}
          takeFocus={draft.takeFocus}
          onSave={saveDraft}
          onAskQuestion={askAboutDraft}
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
          onSave={async (values) => {
            await updateAnnotation(opened.id, { ...values, flag: values.flag });
            closeEditor();
          }}
          onAskQuestion={() => setQuestion({ kind: 'annotation', annotationId: opened.id })}
          onDelete={() => {
            void deleteWithUndo(opened.id);
            closeEditor();
            window.document.getElementById('inhoud')?.focus({ preventScroll: true });
          }}
        />
      )}
      {pendingSave && (
        <ProfileDialog
          title="Wie maakt de aantekeningen?"
          intro="Je naam en fractie staan bij elke aantekening en boven je exports. Je vult ze één keer in."
          profile={null}
          onSaved={(author) => void afterProfile(author)}
          onCancel={() => {
            pendingSave.settle();
            setPendingSave(null);
          }}
        />
      )}
      {question && <NewQuestionDialog source={question} onClose={afterQuestion} />}
      {helpOpen && <ShortcutHelp shortcuts={READER_SHORTCUTS} onClose={() => setHelpOpen(false)} />}
      <div className="reader-notices">
        <UndoNotice />
        <QuestionAddedNotice />
      </div>
    </>
  );
}
