/**
 * What moving an item in a list with the keyboard needs, shared by the question list and the
 * agenda: Alt+↑/Alt+↓ on a focused item (but not inside a form field, where those keys keep
 * their own meaning), the focus kept on the moved item — or on the button that moved it —
 * once the live query shows the new order, and the new place said in a live region; a move
 * that fails says why, in an alert.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { describeStorageError } from '../../db/storage-errors';

/** Where the focus goes after a move: the item itself or one of its move buttons. */
export type MovePart = 'item' | 'up' | 'down';

/**
 * Whether the live list `items` shows a change yet: undefined while it does not, else the
 * sentence that announces it ('' for none).
 */
export type Arrived<T> = (items: T) => string | undefined;

/** The moving machinery of one list; items carry `data-move-key` and their buttons `data-move`. */
export interface MoveFocus<E extends HTMLElement, T> {
  /** The element holding the items. */
  container: RefObject<E | null>;
  /** What the live region says. */
  announcement: string;
  setAnnouncement: (text: string) => void;
  /** Why the last move failed (in Dutch, for an alert), or undefined. */
  failure: string | undefined;
  /**
   * Runs a move of the item with `key`; `run` writes it and resolves to the sentence that
   * announces the new place. The focus goes to `part` of the item when `items` next changes.
   * A failed move (the item gone, the storage failing) changes no focus and sets `failure`.
   */
  move: (key: string, run: () => Promise<string>, part: MovePart) => Promise<void>;
  /** Focuses `part` of an item after the next change of `items` (for example after an undo). */
  focusAfterChange: (key: string, part?: MovePart) => void;
  /** Focuses an item, and announces what `arrived` says, once `arrived` sees the change in `items`. */
  focusWhen: (key: string, arrived: Arrived<T>) => void;
  /** The item's keydown handler: Alt+↑ calls `onMove(-1)`, Alt+↓ `onMove(1)`. */
  onAltArrow: (event: KeyboardEvent<HTMLElement>, onMove: (direction: -1 | 1) => void) => void;
}

/** Keeps the focus with a moved item; `items` is the live list whose change ends a move. */
export function useMoveFocus<E extends HTMLElement, T = unknown>(items: T): MoveFocus<E, T> {
  const container = useRef<E>(null);
  const latest = useRef(items);
  latest.current = items;
  const pending = useRef<{ key: string; part: MovePart; arrived: Arrived<T> }>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string>();

  // After every render: once the live query shows the change, put the focus on the moved item.
  useEffect(() => {
    const target = pending.current;
    if (!target || !container.current) return;
    const sentence = target.arrived(items);
    if (sentence === undefined) return;
    pending.current = undefined;
    const item = container.current.querySelector<HTMLElement>(`[data-move-key="${CSS.escape(target.key)}"]`);
    // A disabled button (the item reached the top or bottom) cannot hold the focus: the item takes it.
    const button = target.part === 'item' ? null : item?.querySelector<HTMLButtonElement>(`[data-move="${target.part}"]:not([disabled])`);
    (button ?? item)?.focus();
    if (sentence) setAnnouncement(sentence);
  });

  function focusAfterChange(key: string, part: MovePart = 'item') {
    const before = latest.current;
    pending.current = { key, part, arrived: (now) => (now !== before ? '' : undefined) };
  }

  function focusWhen(key: string, arrived: Arrived<T>) {
    pending.current = { key, part: 'item', arrived };
  }

  async function move(key: string, run: () => Promise<string>, part: MovePart) {
    // Set before the write: the live query may deliver the new order before `run` resolves.
    focusAfterChange(key, part);
    try {
      setAnnouncement(await run());
      setFailure(undefined);
    } catch (error) {
      // Nothing moved: a later change (another window's) must not pull the focus away.
      pending.current = undefined;
      setFailure(`Niet verplaatst. ${describeStorageError(error)}`);
    }
  }

  function onAltArrow(event: KeyboardEvent<HTMLElement>, onMove: (direction: -1 | 1) => void) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // In a form field Alt+arrows keep their own meaning (opening a list, moving the caret).
    if ((event.target as HTMLElement).closest('select, textarea, input:not([type="checkbox"])')) return;
    event.preventDefault();
    // An item inside another movable item (none today) must not move its parent too.
    event.stopPropagation();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  }

  return { container, announcement, setAnnouncement, failure, move, focusAfterChange, focusWhen, onAltArrow };
}
