/**
 * The reading view of one document: loads only that document, opens it at the section in
 * the URL or else at the remembered reading position, and keeps the TOC's current section.
 * It composes the text with what works on it: the annotation layer and panel, the question
 * dialog and the profile prompt they ask for, the notices and the overview of shortcuts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AnnotationLayer } from '../annotations/AnnotationLayer';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { UndoNotice } from '../annotations/UndoNotice';
import { loadDocument } from '../documents/load-documents';
import { startTabbingAtTop } from '../keyboard/focus-start';
import { ShortcutHelp } from '../keyboard/ShortcutHelp';
import { READER_SHORTCUTS } from '../keyboard/shortcut-lists';
import { useShortcutKey } from '../keyboard/use-shortcut-key';
import { QuestionAddedNotice } from '../questions/ui/QuestionAddedNotice';
import type { DocumentModel } from '../documents/model';
import { AnnotateHint } from './AnnotateHint';
import { DocumentArticle } from './DocumentArticle';
import { ReaderHeader } from './ReaderHeader';
import { useSearchMarks } from '../search/use-search-marks';
import { getReadingPosition, type OpeningDocument } from './reading-position';
import { libraryHref } from '../navigation/route';
import { blockAtTop, scrollToBlock } from '../navigation/scroll-to-block';
import { TableOfContents } from './TableOfContents';
import { useAuthorPrompt } from './use-author-prompt';
import { useQuestionDialog } from './use-question-dialog';
import { useReadingPositionTracker } from './use-reading-position';
import { answerInTime } from '../db/answer-in-time';
import { StorageBoundary } from '../storage/StorageBoundary';

const HELP_KEYS = ['?'];

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; document: DocumentModel; savedBlockId?: string }
  | { status: 'failed' };

interface ReaderScreenProps {
  documentId: string;
  /** A section asked for by the URL; it wins over the remembered position. */
  sectionId?: string;
  /** The document and its reading position when they were read at start-up (see startup.ts). */
  startupDocument?: OpeningDocument;
}

/** The reading screen; mount it with `key={documentId}` so each document starts fresh. */
export function ReaderScreen({ documentId, sectionId, startupDocument }: ReaderScreenProps) {
  const [state, setState] = useState<LoadState>(() =>
    startupDocument
      ? { status: 'ready', document: startupDocument.model, savedBlockId: startupDocument.savedBlockId }
      : { status: 'loading' },
  );
  // Read at start-up: nothing left to load (a later change of the prop does not reload).
  const [preloaded] = useState(startupDocument !== undefined);
  // The article from its first paint (for the opening position), and once it holds every block
  // (for what reads the whole text: annotations, search marks, the position tracker). The first
  // is a ref, not state: state set while the article mounts would render the screen twice
  // before its first paint.
  const article = useRef<HTMLElement>(null);
  const [completeArticle, setCompleteArticle] = useState<HTMLElement | null>(null);
  // Whether the text has been put where it opens. A ref, not state: setting state in the layout
  // effect below would render the whole screen a second time before its first paint.
  const positioned = useRef(false);
  const [topBlockId, setTopBlockId] = useState<string>();
  // The section the URL asked for when the document opened: where the first paint must reach
  // (fixed, so later table-of-contents jumps do not re-render the memoised article).
  const [sectionAtOpening] = useState(sectionId);
  // Where the opening put the text, to put it there again once the whole text is in (below).
  const opening = useRef<{ blockId: string; scrollY: number; restored: boolean } | undefined>(undefined);

  useEffect(() => {
    if (preloaded) return;
    let cancelled = false;
    // The text does not wait for a database that does not answer: without a position it opens at the top.
    Promise.all([loadDocument(documentId), answerInTime(getReadingPosition(documentId)).catch(() => undefined)]).then(
      ([document, position]) => {
        if (!cancelled) setState({ status: 'ready', document, savedBlockId: position?.blockId });
      },
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setState({ status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [documentId, preloaded]);

  const document = state.status === 'ready' ? state.document : undefined;

  useEffect(() => {
    window.document.title = document ? `${document.title} – Leestafel Leusden` : 'Document – Leestafel Leusden';
  }, [document]);

  // Before paint: place the text at the deep-linked section, or the remembered position, or the top.
  const openedAt = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (state.status !== 'ready' || !article.current) return;
    if (!positioned.current) {
      const deepLinked = sectionId !== undefined && scrollToBlock(sectionId, { focus: true });
      const restored = !deepLinked && state.savedBlockId !== undefined && scrollToBlock(state.savedBlockId);
      if (!deepLinked && !restored) window.scrollTo(0, 0);
      const openedBlock = deepLinked ? sectionId : restored ? state.savedBlockId : undefined;
      if (openedBlock && !blockAtTop(openedBlock)) opening.current = { blockId: openedBlock, scrollY: window.scrollY, restored };
      // At the remembered position the first Tab should still reach the skip link, not the
      // first button on screen (Chromium starts from what is in view when nothing has focus).
      if (restored) startTabbingAtTop();
      openedAt.current = sectionId;
      positioned.current = true;
    } else if (sectionId !== openedAt.current) {
      openedAt.current = sectionId;
      if (sectionId !== undefined) scrollToBlock(sectionId, { focus: true });
    }
  }, [state, sectionId]);

  // With only the first blocks in, the page may have been too short to bring the opened block
  // to the top; once the whole text is in, put it there, unless the reader has scrolled since.
  useLayoutEffect(() => {
    const opened = opening.current;
    if (!completeArticle || !opened) return;
    opening.current = undefined;
    if (window.scrollY !== opened.scrollY) return;
    scrollToBlock(opened.blockId);
    if (opened.restored) startTabbingAtTop();
  }, [completeArticle]);

  useReadingPositionTracker(completeArticle, documentId, positioned, setTopBlockId);
  useSearchMarks(completeArticle, documentId);

  const sectionOfBlock = useMemo(() => {
    const sections = new Map<string, string>();
    let current: string | undefined;
    for (const block of document?.blocks ?? []) {
      if (block.kind === 'heading') current = block.id;
      if (current) sections.set(block.id, current);
    }
    return sections;
  }, [document]);

  const reselect = useCallback((id: string) => scrollToBlock(id, { focus: true }), []);

  const { askQuestion, questionDialog } = useQuestionDialog(document);
  const { requireAuthor, authorDialog } = useAuthorPrompt();
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcutKey(HELP_KEYS, useCallback(() => setHelpOpen(true), []));

  return (
    <>
      <ReaderHeader />
      <div className="reader-layout">
        {document && (
          <div className="reader-side">
            <AnnotateHint />
            <TableOfContents
              documentId={documentId}
              entries={document.toc}
              currentSectionId={topBlockId ? sectionOfBlock.get(topBlockId) : undefined}
              onReselect={reselect}
            />
          </div>
        )}
        <main id="inhoud" tabIndex={-1}>
          {state.status === 'loading' && (
            <p role="status" className="loading">
              Document wordt geladen…
            </p>
          )}
          {state.status === 'failed' && (
            <div role="alert">
              <p>Dit document kon niet worden geladen.</p>
              <p>
                <a href={libraryHref}>Terug naar de bibliotheek</a>
              </p>
            </div>
          )}
          {document && (
            <DocumentArticle
              ref={article}
              document={document}
              openAt={sectionAtOpening ?? (state.status === 'ready' ? state.savedBlockId : undefined)}
              onComplete={setCompleteArticle}
            />
          )}
          {document && completeArticle && (
            <>
              <StorageBoundary>
                <AnnotationLayer document={document} article={completeArticle} onAskQuestion={askQuestion} requireAuthor={requireAuthor} />
              </StorageBoundary>
              <div className="reader-notices">
                <UndoNotice />
                <QuestionAddedNotice />
              </div>
            </>
          )}
          {authorDialog}
          {questionDialog}
          {helpOpen && <ShortcutHelp shortcuts={READER_SHORTCUTS} onClose={() => setHelpOpen(false)} />}
        </main>
        {document && (
          <StorageBoundary>
            <AnnotationsPanel document={document} article={completeArticle} onAskQuestion={askQuestion} />
          </StorageBoundary>
        )}
      </div>
    </>
  );
}
