/**
 * React hook: the reader's header stays at the top of the window while the text scrolls (where
 * the window is tall enough, see app.css), and the rest of the page makes room for it: its
 * height goes into the CSS variable --reader-header-height, which the scroll padding (a passage
 * scrolled to is not hidden under the header), the table of contents and the panel use.
 */
import { useLayoutEffect, type RefObject } from 'react';

const VARIABLE = '--reader-header-height';

/** Keeps --reader-header-height on the root element equal to the header's height while it sticks (0 otherwise). */
export function useStickyHeader(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const sticks = getComputedStyle(element).position === 'sticky';
      root.style.setProperty(VARIABLE, `${sticks ? element.offsetHeight : 0}px`);
    };
    update();
    // The header wraps onto more lines in a narrow window or at a larger text size.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty(VARIABLE);
    };
  }, [header]);
}
