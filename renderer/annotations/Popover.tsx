/**
 * A small non-modal dialog next to a passage (the selection toolbar, the editor): named for
 * assistive technology, placed below or above the passage, closed with Escape, and giving the
 * focus back to where it came from.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { placePopover, type Box } from './popover-position';

interface PopoverProps {
  /** The dialog's accessible name. */
  label: string;
  /** The passage, in the coordinates of the popover's positioned container. */
  target: Box;
  onClose: () => void;
  /** Move the focus into the popover on opening (keyboard or explicit opening). */
  takeFocus: boolean;
  className?: string;
  children: ReactNode;
}

/** Positions itself after measuring; Escape inside it (or anywhere while it is open) closes it. */
export function Popover({ label, target, onClose, takeFocus, className, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>();

  useLayoutEffect(() => {
    const element = ref.current;
    const container = element?.offsetParent;
    if (!element || !container) return;
    const containerTop = container.getBoundingClientRect().top;
    // The reader's sticky header covers the top of the window (reader/use-sticky-header.ts).
    const covered = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--reader-header-height')) || 0;
    setPosition(
      placePopover(target, { width: element.offsetWidth, height: element.offsetHeight }, { width: (container as HTMLElement).clientWidth }, {
        top: covered - containerTop,
        bottom: window.innerHeight - containerTop,
      }),
    );
  }, [target]);

  // Focus in on opening; on closing, give it back to the element that had it before, unless
  // the user has meanwhile moved it somewhere else.
  useLayoutEffect(() => {
    const element = ref.current;
    const opener = document.activeElement;
    if (takeFocus) {
      const first =
        element?.querySelector<HTMLElement>('[data-autofocus]') ?? element?.querySelector<HTMLElement>('button, select, textarea, input');
      first?.focus({ preventScroll: true });
    }
    return () => {
      const now = document.activeElement;
      const lost = !now || now === document.body || element?.contains(now);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, [takeFocus]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className={`annotation-popover ${className ?? ''}`}
      // Until measured it sits below the passage; hiding it instead would make it unfocusable.
      style={position ?? { top: target.top + target.height, left: target.left }}
    >
      {children}
    </div>
  );
}
