/**
 * Follows which block is at the top of the screen while reading: reports it (for the
 * current-section mark), stores it as the reading position, and keeps it in place when
 * the text reflows (a font size change, a resized window).
 */
import { useEffect, useRef } from 'react';
import { saveReadingPosition } from './reading-position';

const THROTTLE_MS = 200;

/**
 * The first block (in document order) that is still visible below the top edge of the window,
 * or below the sticky header where there is one (its height is the page's scroll padding).
 */
export function findTopBlock(container: HTMLElement): HTMLElement | undefined {
  const blocks = container.querySelectorAll<HTMLElement>('[data-block-id]');
  const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  let low = 0;
  let high = blocks.length - 1;
  let found: HTMLElement | undefined;
  // Blocks are stacked in document order, so their bottoms increase: binary search.
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle]!;
    if (block.getBoundingClientRect().bottom > top + 1) {
      found = block;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}

/**
 * Tracks the top block of `container` for `documentId`, calling `onTopBlock` with its id and
 * saving it (throttled) as the reading position; from when the container is there, provided
 * the text has been `positioned` where it opens by then (else the top would be saved over the
 * remembered place).
 */
export function useReadingPositionTracker(
  container: HTMLElement | null,
  documentId: string,
  positioned: { readonly current: boolean },
  onTopBlock: (blockId: string) => void,
): void {
  const onTopBlockRef = useRef(onTopBlock);
  onTopBlockRef.current = onTopBlock;

  useEffect(() => {
    if (!positioned.current || !container) return;
    let timer: number | undefined;
    let saved: string | undefined;
    // Where the top block sat when last measured, to put it back after a reflow.
    let anchor: { element: HTMLElement; top: number } | undefined;

    const measure = () => {
      timer = undefined;
      const block = findTopBlock(container);
      if (!block) return;
      anchor = { element: block, top: block.getBoundingClientRect().top };
      const blockId = block.dataset.blockId!;
      onTopBlockRef.current(blockId);
      if (blockId !== saved) {
        saved = blockId;
        saveReadingPosition(documentId, blockId).catch((error: unknown) => {
          saved = undefined;
          console.warn('Leespositie niet opgeslagen', error);
        });
      }
    };
    const onScroll = () => {
      timer ??= window.setTimeout(measure, THROTTLE_MS);
    };
    const onResize = () => {
      if (anchor && anchor.element.isConnected) {
        window.scrollBy(0, anchor.element.getBoundingClientRect().top - anchor.top);
      }
    };

    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onResize);
    observer.observe(container);
    return () => {
      window.removeEventListener('scroll', onScroll);
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [container, documentId, positioned]);
}
