/**
 * The order keys of a list the raadslid arranges (the agendapunten of a vergadering, its
 * questions): a reorder writes the keys 0…n-1 in the new order, and a record that comes back
 * (from the Prullenbak, or kept by its editor) is slotted in where its old key says, so no two
 * records of one list ever share a key and the order never depends on chance. Pure.
 */

/** A record with an order key. */
export interface Ordered {
  id: string;
  order: number;
}

/** The records of `ordered` whose key is not their place in it (or whose id is in `alsoIds`), each with that place as key. */
export function renumbered<T extends Ordered>(ordered: readonly T[], alsoIds: ReadonlySet<string> = new Set()): T[] {
  return ordered.flatMap((record, order) => (record.order !== order || alsoIds.has(record.id) ? [{ ...record, order }] : []));
}

/**
 * What to store when `returning` records come back to a list that now holds `present`: the
 * returning records, and the present ones whose key changed. While no key is taken everything
 * keeps its key, so a record comes back exactly as it was. When one is (a reorder renumbered the
 * list meanwhile), a returning record goes in front of the record holding its old key — back at
 * its old place — and the whole list is renumbered 0…n-1.
 */
export function slotIn<T extends Ordered>(present: readonly T[], returning: readonly T[]): T[] {
  const taken = new Set(present.map((record) => record.order));
  if (!returning.some((record) => taken.has(record.order))) return [...returning];
  const back = new Set(returning.map((record) => record.id));
  // Array.prototype.sort is stable: on an equal key the returning record stays in front.
  const merged = [...returning, ...present].sort((a, b) => a.order - b.order);
  return renumbered(merged, back);
}
