/**
 * Two windows, one item, seen from a list: a list of stored items (the annotations panel, the
 * questions of a vergadering) is a live query, so an item deleted in another window leaves it at
 * once — and with it any editor open on it, unsaved text and all. An item being edited is kept
 * in the list, at the place it had, as it was last seen, until its editor closes; the editor
 * itself then says the item was deleted and offers to keep the text (EditConflictNotice).
 */
import { useRef } from 'react';

/** An edited item as last seen in the list, and its place there. */
export interface KeptItem<T> {
  item: T;
  index: number;
}

/** The list to show, and the keys of the items in it that are kept although they left the stored list. */
export interface KeptList<T> {
  items: readonly T[];
  gone: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * `list` with the items being edited (`editing`, by key) that have left it put back where they
 * were. `seen` remembers each edited item while it is in the list; it is updated here, and
 * forgets the items no longer being edited.
 */
export function keepEditedItems<T>(list: readonly T[], keyOf: (item: T) => string, editing: Iterable<string>, seen: Map<string, KeptItem<T>>): KeptList<T> {
  const edited = new Set(editing);
  for (const key of [...seen.keys()]) if (!edited.has(key)) seen.delete(key);
  if (edited.size === 0) return { items: list, gone: NONE };
  const missing: KeptItem<T>[] = [];
  const present = new Map(list.map((item, index) => [keyOf(item), index]));
  for (const key of edited) {
    const index = present.get(key);
    if (index !== undefined) seen.set(key, { item: list[index]!, index });
    else if (seen.has(key)) missing.push(seen.get(key)!);
  }
  if (missing.length === 0) return { items: list, gone: NONE };
  const items = [...list];
  for (const kept of missing.sort((a, b) => a.index - b.index)) items.splice(Math.min(kept.index, items.length), 0, kept.item);
  return { items, gone: new Set(missing.map((kept) => keyOf(kept.item))) };
}

/** keepEditedItems over the lifetime of a component (see there). */
export function useKeepWhileEditing<T>(list: readonly T[], keyOf: (item: T) => string, editing: Iterable<string>): KeptList<T> {
  const seen = useRef(new Map<string, KeptItem<T>>());
  return keepEditedItems(list, keyOf, editing, seen.current);
}
