/**
 * The text of a document: its title as the page's h1, an info line and every block. It first
 * paints the blocks up to a screenful past where the reader opens, and adds the rest right
 * after that frame (below the view, so nothing moves): the text appears without waiting for
 * the layout of the whole document.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { DocumentModel } from '../documents/model';
import { KIND_LABELS } from '../documents/kind-labels';
import { versionLabel } from '../documents/version-label';
import { BlockView } from './BlockView';

/** More blocks than a tall screen holds at the smallest text size. */
const SCREENFUL_OF_BLOCKS = 40;

interface DocumentArticleProps {
  document: DocumentModel;
  /** The block the reader opens at (a deep link or the remembered position); the top if none. */
  openAt?: string;
  /** The article element, from the first paint on (to scroll to where the reader opens). */
  ref?: Ref<HTMLElement>;
  /** Called with the article once every block is in it (annotations and search need them all). */
  onComplete: (article: HTMLElement) => void;
}

/** How many blocks the first paint needs: up to a screenful past the block opened at. */
function firstPaintBlocks(document: DocumentModel, openAt: string | undefined): number {
  const at = openAt === undefined ? 0 : document.blocks.findIndex((block) => block.id === openAt);
  return Math.min(document.blocks.length, Math.max(at, 0) + SCREENFUL_OF_BLOCKS);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Renders the document; memoised because scrolling re-renders the screen around it. */
export const DocumentArticle = memo(function DocumentArticle({ document, openAt, ref, onComplete }: DocumentArticleProps) {
  const total = document.blocks.length;
  const [shown, setShown] = useState(() => firstPaintBlocks(document, openAt));
  const article = useRef<HTMLElement | null>(null);
  const setArticle = useCallback(
    (element: HTMLElement | null) => {
      article.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  // The rest after the first frame has been painted: a frame, then a task.
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setShown(total), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total]);

  useLayoutEffect(() => {
    if (shown >= total && article.current) onComplete(article.current);
  }, [shown, total, onComplete]);

  return (
    // Busy while the rest of the text is still being added.
    <article ref={setArticle} className="document" aria-labelledby="document-title" aria-busy={shown < total || undefined}>
      <header className="document-header">
        <h1 id="document-title">{document.title}</h1>
        <p className="document-info">
          {[KIND_LABELS[document.kind], document.years, `Bron: ${document.source}`, upperFirst(versionLabel(document))].join(
            ' · ',
          )}
        </p>
      </header>
      {(shown < total ? document.blocks.slice(0, shown) : document.blocks).map((block) => (
        <BlockView key={block.id} block={block} />
      ))}
    </article>
  );
});
