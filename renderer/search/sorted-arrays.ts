/**
 * The sorted-array pieces RankedIndex answers queries with: ranking a few or many blocks,
 * binary searches over sorted terms and postings, the min-heap of the best scores so far, and
 * the radix tree for typo-tolerant term lookups.
 */
import SearchableMap from 'minisearch/SearchableMap';

/**
 * Sorts the first `length` of `docs` and their `scores` best first (ties in block order), in
 * place; returns them, the scores times `quality`.
 */
export function rank(docs: Int32Array, scores: Float64Array, length: number, quality: number): { docs: number[]; scores: number[] } {
  if (length > 64) {
    const order: [number, number][] = [];
    for (let i = 0; i < length; i++) order.push([docs[i]!, scores[i]!]);
    order.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { docs: order.map(([doc]) => doc), scores: order.map(([, score]) => score * quality) };
  }
  // Few blocks: an insertion sort without a comparator callback is several times faster than
  // Array.prototype.sort here.
  for (let i = 1; i < length; i++) {
    const doc = docs[i]!;
    const value = scores[i]!;
    let j = i - 1;
    while (j >= 0 && (scores[j]! < value || (scores[j] === value && docs[j]! > doc))) {
      docs[j + 1] = docs[j]!;
      scores[j + 1] = scores[j]!;
      j -= 1;
    }
    docs[j + 1] = doc;
    scores[j + 1] = value;
  }
  const ranked: number[] = [];
  const rankedScores: number[] = [];
  for (let i = 0; i < length; i++) {
    ranked.push(docs[i]!);
    rankedScores.push(scores[i]! * quality);
  }
  return { docs: ranked, scores: rankedScores };
}

/** The first place in the sorted `names` whose name is not below `term`. */
export function lowerBound(names: readonly string[], term: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A radix tree of the sorted `names`, each mapped to its number. */
export function treeOf(names: readonly string[]): SearchableMap<number> {
  const tree = new SearchableMap<number>();
  names.forEach((name, t) => tree.set(name, t));
  return tree;
}

/** The place of `doc` in the ascending `docs[from .. to)`, or -1. */
export function binarySearch(docs: Int32Array, from: number, to: number, doc: number): number {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = docs[middle]!;
    if (value === doc) return middle;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Restores the min-heap of scores below `i`: every parent is at most its children. */
export function siftDown(heap: Float64Array, i: number): void {
  const size = heap.length;
  const value = heap[i]!;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && heap[right]! < heap[left]! ? right : left;
    if (heap[child]! >= value) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = value;
}
