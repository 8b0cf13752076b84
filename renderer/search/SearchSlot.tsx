/**
 * Where the search box sits: in its place in the header, or, while in use in a scrolled
 * document, floating at the top of the window. In use means the focus is in the box or its
 * results, or this document's hits are marked.
 */
import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';

interface SearchSlotProps {
  /** True in a document (the library's box never floats). */
  inDocument: boolean;
  /** True while this document's hits are marked: the box stays at hand without the focus. */
  markingHere: boolean;
  /** Called when the focus leaves the box and its results. */
  onFocusLeave: () => void;
  children: ReactNode;
}

/** The header's place for the search box and the search landmark in it, which floats while in use. */
export function SearchSlot({ inDocument, markingHere, onFocusLeave, children }: SearchSlotProps) {
  const slot = useRef<HTMLDivElement>(null);
  const [slotVisible, setSlotVisible] = useState(true);
  const [focusWithin, setFocusWithin] = useState(false);

  useEffect(() => {
    const element = slot.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) => setSlotVisible(entry?.isIntersecting ?? true));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const floating = inDocument && !slotVisible && (focusWithin || markingHere);

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Focus moving between the box, its buttons and its results stays within.
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setFocusWithin(false);
    onFocusLeave();
  };

  return (
    <div ref={slot} className="search-slot">
      <div className={floating ? 'search search-floating' : 'search'} role="search" onFocus={() => setFocusWithin(true)} onBlur={onBlur}>
        {children}
      </div>
    </div>
  );
}
