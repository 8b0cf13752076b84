/**
 * Top-k search over a MiniSearch index. MiniSearch builds and serialises the index (its
 * tokeniser, fields, field lengths and term tree), but its `search` turns every matching
 * block into a result object with a map of matched terms and sorts them all: for a common
 * word at fifty times the bundled documents that is thousands of objects per keystroke,
 * while the list shows fifty. This module reads MiniSearch's serialised form once into flat
 * arrays — per term the blocks it occurs in and its BM25+ score there, computed exactly as
 * MiniSearch does, field boosts included — and answers a query by adding up scores in a
 * preallocated array, keeping only the best `limit` blocks. Terms are numbered in sorted
 * order, so a prefix is a range found by binary search; typo-tolerant lookups use
 * MiniSearch's own radix tree (SearchableMap). Prefix and fuzzy matches get MiniSearch's
 * weights, so the ranking is the one MiniSearch would give (a unit test holds it to that).
 */
import type { AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';

/** MiniSearch's defaults (BM25+ parameters, weights of prefix and fuzzy matches, fuzzy cap). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

/** One word of a query and how loosely it may match. */
export interface TermQuery {
  /** The folded word. */
  term: string;
  /** Also match index terms that start with it. */
  prefix: boolean;
  /** Fuzziness as in MiniSearch: below 1 a fraction of the word's length, else an edit distance; 0 for none. */
  fuzzy: number;
}

/** Which blocks may match and how many to return. */
export interface RankedSearchOptions {
  /** The most blocks returned (the best ones); the rest are only counted. */
  limit: number;
  /** Per group (document): 1 when its blocks may match; all groups when not given. */
  allowedGroups?: Uint8Array;
  /** A last check on a block that has every word (a phrase check, for instance). */
  accept?: (doc: number) => boolean;
}

/** The answer to a query: the best blocks and how many matched in all. */
export interface RankedResult {
  /** Block numbers of the best matches, best first (equal scores in block order). */
  docs: number[];
  /** Their scores, as MiniSearch computes them. */
  scores: number[];
  /** How many blocks matched. */
  total: number;
  /** How many groups (documents) have a match. */
  groupCount: number;
  /** How many blocks matched per group, by group number. */
  countByGroup: Int32Array;
  /** The index terms the query's words matched (exact, prefix and fuzzy), in any block. */
  matchedTerms: string[];
}

/** An index term a query word stands for, with its weight. */
interface Expansion {
  term: number;
  weight: number;
}

/**
 * A MiniSearch index as flat arrays: term `t` occurs in blocks `docs[start[t] .. start[t+1])`
 * (ascending), with score `impacts[i]` there. Blocks are numbered 0..size-1 in the order of
 * `ids`; each belongs to a group (its document).
 */
export class RankedIndex {
  readonly size: number;
  /** The terms in sorted order: a term's number is its place here. */
  private readonly termNames: string[];
  /** The terms' radix tree, for typo-tolerant lookups; made on the first one. */
  private tree: SearchableMap<number> | undefined;
  private readonly start: Int32Array;
  private readonly docs: Int32Array;
  private readonly impacts: Float64Array;
  private readonly groupOf: Int32Array;
  private readonly groupCount: Int32Array;
  // Scratch space reused by every query: which words a block has matched so far, its score,
  // and the blocks still in the running.
  private readonly mark: Uint32Array;
  private readonly score: Float64Array;
  private candidates: Int32Array;
  private next: Int32Array;
  private readonly candidateScore: Float64Array;
  private epoch = 1;

  /**
   * Reads `data` (MiniSearch's toJSON). `ids` are the blocks' MiniSearch ids in the order to
   * number them, `groupOf` the group of each block; `boost` the weight of each field by name.
   */
  constructor(data: AsPlainObject, ids: readonly string[], groupOf: Int32Array, boost: Readonly<Record<string, number>>) {
    this.size = ids.length;
    this.groupOf = groupOf;
    const numberOfId = new Map(ids.map((id, i) => [id, i]));
    const docOfShortId = new Int32Array(data.nextId).fill(-1);
    for (const [shortId, id] of Object.entries(data.documentIds)) {
      const doc = numberOfId.get(String(id));
      if (doc !== undefined) docOfShortId[Number(shortId)] = doc;
    }
    const fieldBoost: number[] = [];
    for (const [field, fieldId] of Object.entries(data.fieldIds)) fieldBoost[fieldId] = boost[field] ?? 1;
    const fieldLength = data.fieldLength;
    const average = data.averageFieldLength;

    const sorted = [...data.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.termNames = sorted.map(([term]) => term);
    this.start = new Int32Array(sorted.length + 1);
    let docs = new Int32Array(1 << 16);
    let impacts = new Float64Array(1 << 16);
    let count = 0;
    sorted.forEach(([, fields], t) => {
      this.start[t] = count;
      let fieldsSeen = 0;
      for (const [fieldKey, freqs] of Object.entries(fields)) {
        const fieldId = Number(fieldKey);
        const shortIds = Object.keys(freqs);
        const idf = Math.log(1 + (data.documentCount - shortIds.length + 0.5) / (shortIds.length + 0.5));
        if (count + shortIds.length > docs.length) {
          const capacity = Math.max(docs.length * 2, count + shortIds.length);
          docs = grow(docs, capacity);
          impacts = grow(impacts, capacity);
        }
        for (const key of shortIds) {
          const doc = docOfShortId[Number(key)]!;
          if (doc < 0) continue; // discarded from MiniSearch, but not yet vacuumed
          const freq = freqs[key]!;
          const length = fieldLength[key]![fieldId]!;
          const bm25 = idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * length) / average[fieldId]!)));
          docs[count] = doc;
          impacts[count] = fieldBoost[fieldId]! * bm25;
          count += 1;
        }
        fieldsSeen += 1;
      }
      const from = this.start[t]!;
      if (fieldsSeen > 1 || !ascending(docs, from, count)) count = from + sortAndMerge(docs, impacts, from, count);
    });
    this.start[sorted.length] = count;
    this.docs = docs.slice(0, count);
    this.impacts = impacts.slice(0, count);

    this.groupCount = new Int32Array(groupOf.reduce((max, group) => Math.max(max, group + 1), 0));
    this.mark = new Uint32Array(this.size);
    this.score = new Float64Array(this.size);
    this.candidates = new Int32Array(this.size);
    this.next = new Int32Array(this.size);
    this.candidateScore = new Float64Array(this.size);
  }

  /** The number of distinct terms. */
  get termCount(): number {
    return this.termNames.length;
  }

  /**
   * The blocks that match every word of `words` (AND), best first, at most `options.limit`;
   * with an empty list of words, none.
   */
  search(words: readonly TermQuery[], options: RankedSearchOptions): RankedResult {
    const expanded = words.map((word) => this.expand(word));
    const matched = new Set<string>();
    for (const list of expanded) for (const { term } of list) matched.add(this.termNames[term]!);
    const matchedTerms = [...matched];
    if (expanded.length === 0 || expanded.some((list) => list.length === 0)) {
      return { docs: [], scores: [], total: 0, groupCount: 0, countByGroup: new Int32Array(this.groupCount.length), matchedTerms };
    }
    // The rarest word first: later words then only have to confirm its blocks.
    const postings = expanded.map((list) => list.reduce((sum, e) => sum + this.postings(e.term), 0));
    const order = expanded.map((_, j) => j).sort((a, b) => postings[a]! - postings[b]!);

    const base = this.nextEpoch(order.length);
    let candidateCount = 0;
    for (let j = 0; j < order.length; j++) {
      const list = expanded[order[j]!]!;
      const size = postings[order[j]!]!;
      const target = base + j + 1;
      // Looking each remaining block up (binary search) beats reading a long list once few remain.
      const lookUp = j > 0 && candidateCount * list.length * 2 * Math.log2(size / list.length + 2) < size;
      candidateCount = lookUp
        ? this.confirm(list, candidateCount, target)
        : this.scan(list, j === 0 ? undefined : target - 1, target, options.allowedGroups);
      const swap = this.candidates;
      this.candidates = this.next;
      this.next = swap;
    }

    // The blocks that pass the last check, counted per group, their scores side by side.
    const { groupOf, groupCount, score, candidateScore } = this;
    const kept = this.candidates;
    const accept = options.accept;
    let total = 0;
    let groups = 0;
    for (let i = 0; i < candidateCount; i++) {
      const doc = kept[i]!;
      if (accept !== undefined && !accept(doc)) continue;
      kept[total] = doc;
      candidateScore[total] = score[doc]!;
      total += 1;
      if (groupCount[groupOf[doc]!]++ === 0) groups += 1;
    }
    const countByGroup = groupCount.slice();
    groupCount.fill(0);
    const best = this.best(kept, candidateScore, total, options.limit);
    // Every word matched: MiniSearch multiplies by the number of query words matched.
    const quality = order.length;
    const scores = best.map((doc) => score[doc]! * quality);
    return { docs: best, scores, total, groupCount: groups, countByGroup, matchedTerms };
  }

  /** The index terms `word` stands for: itself, longer terms when a prefix, near ones when fuzzy. */
  private expand({ term, prefix, fuzzy }: TermQuery): Expansion[] {
    const list: Expansion[] = [];
    const names = this.termNames;
    let t = lowerBound(names, term);
    if (names[t] === term) list.push({ term: t++, weight: 1 });
    // Terms that start with the word follow it in sorted order.
    let prefixEnd = t;
    if (prefix) {
      for (; prefixEnd < names.length && names[prefixEnd]!.startsWith(term); prefixEnd++) {
        const length = names[prefixEnd]!.length;
        list.push({ term: prefixEnd, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)) });
      }
    }
    const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
    if (maxDistance > 0) {
      this.tree ??= treeOf(names);
      for (const [key, [near, distance]] of this.tree.fuzzyGet(term, maxDistance)) {
        // MiniSearch scores a term that is both a prefix and a near match as a prefix match.
        if (distance === 0 || (near >= t && near < prefixEnd)) continue;
        list.push({ term: near, weight: (FUZZY_WEIGHT * key.length) / (key.length + distance) });
      }
    }
    return list;
  }

  private postings(term: number): number {
    return this.start[term + 1]! - this.start[term]!;
  }

  /** A fresh range of mark values for a query of `words` words (older marks are all below it). */
  private nextEpoch(words: number): number {
    if (this.epoch + words + 1 >= 0xffffffff) {
      this.mark.fill(0);
      this.epoch = 1;
    }
    const base = this.epoch;
    this.epoch += words + 1;
    return base;
  }

  /**
   * Reads the postings of one word's terms: a block marked `previous` (it had all words so
   * far; for the first word, any allowed block) moves to `target`, adds its score and is
   * written to `next`; a block already at `target` (matched by another term of the same word)
   * adds its score. Returns how many blocks were written.
   */
  private scan(list: readonly Expansion[], previous: number | undefined, target: number, allowed: Uint8Array | undefined): number {
    if (previous === undefined && allowed === undefined) return this.scanFirst(list, target);
    const { mark, score, docs, impacts, groupOf, next } = this;
    let n = 0;
    for (const { term, weight } of list) {
      const end = this.start[term + 1]!;
      for (let i = this.start[term]!; i < end; i++) {
        const doc = docs[i]!;
        const current = mark[doc]!;
        if (current === target) score[doc] += weight * impacts[i]!;
        else if (previous === undefined ? allowed![groupOf[doc]!] === 1 : current === previous) {
          mark[doc] = target;
          score[doc] = (previous === undefined ? 0 : score[doc]!) + weight * impacts[i]!;
          next[n++] = doc;
        }
      }
    }
    return n;
  }

  /** Scan for the first word over all blocks, the common case, without the checks it needs not. */
  private scanFirst(list: readonly Expansion[], target: number): number {
    const { mark, score, docs, impacts, next } = this;
    let n = 0;
    for (let e = 0; e < list.length; e++) {
      const { term, weight } = list[e]!;
      const end = this.start[term + 1]!;
      let i = this.start[term]!;
      // The first term's blocks are all new: a term lists each block once.
      if (e === 0) {
        for (; i < end; i++) {
          const doc = docs[i]!;
          mark[doc] = target;
          score[doc] = weight * impacts[i]!;
          next[n++] = doc;
        }
        continue;
      }
      for (; i < end; i++) {
        const doc = docs[i]!;
        if (mark[doc] === target) score[doc] += weight * impacts[i]!;
        else {
          mark[doc] = target;
          score[doc] = weight * impacts[i]!;
          next[n++] = doc;
        }
      }
    }
    return n;
  }

  /** Like scan, but looks each of the first `count` candidates up in the terms' postings. */
  private confirm(list: readonly Expansion[], count: number, target: number): number {
    const { mark, score, docs, impacts, candidates, next } = this;
    let n = 0;
    for (const { term, weight } of list) {
      const from = this.start[term]!;
      const to = this.start[term + 1]!;
      for (let c = 0; c < count; c++) {
        const doc = candidates[c]!;
        const i = binarySearch(docs, from, to, doc);
        if (i < 0) continue;
        score[doc] += weight * impacts[i]!;
        if (mark[doc] !== target) {
          mark[doc] = target;
          next[n++] = doc;
        }
      }
    }
    return n;
  }

  /**
   * The best `limit` of the first `count` blocks in `docs` (`values` holds their scores),
   * best first; ties in block order.
   */
  private best(docs: Int32Array, values: Float64Array, count: number, limit: number): number[] {
    const score = this.score;
    if (count <= limit) return rank(docs.slice(0, count), score);
    // First the limit-th best score, ties aside: a min-heap of scores whose root is the
    // lowest kept, so most blocks cost one comparison of two numbers.
    const heap = values.slice(0, limit);
    for (let i = (limit >> 1) - 1; i >= 0; i--) siftDown(heap, i);
    for (let i = limit; i < count; i++) {
      const value = values[i]!;
      if (value > heap[0]!) {
        heap[0] = value;
        siftDown(heap, 0);
      }
    }
    // Then every block above that score, and of the blocks at it the first in block order.
    const threshold = heap[0]!;
    const chosen = new Int32Array(limit);
    let above = 0;
    let tieCount = 0;
    const ties = this.next; // free until the next query
    for (let i = 0; i < count; i++) {
      const value = values[i]!;
      if (value > threshold) chosen[above++] = docs[i]!;
      else if (value === threshold) ties[tieCount++] = docs[i]!;
    }
    const tied = ties.subarray(0, tieCount).sort();
    chosen.set(tied.subarray(0, limit - above), above);
    return rank(chosen, score);
  }
}

/** Sorts `docs` best first (ties in block order) and returns them as an array. */
function rank(docs: Int32Array, score: Float64Array): number[] {
  if (docs.length > 64) return toArray(docs).sort((a, b) => score[b]! - score[a]! || a - b);
  // Few blocks: an insertion sort on the scores themselves, without a comparator callback,
  // is several times faster than Array.prototype.sort here.
  const values = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) values[i] = score[docs[i]!]!;
  for (let i = 1; i < docs.length; i++) {
    const doc = docs[i]!;
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0 && (values[j]! < value || (values[j] === value && docs[j]! > doc))) {
      docs[j + 1] = docs[j]!;
      values[j + 1] = values[j]!;
      j -= 1;
    }
    docs[j + 1] = doc;
    values[j + 1] = value;
  }
  return toArray(docs);
}

/** A plain array of the numbers (Array.from goes through the iterator, many times slower). */
function toArray(docs: Int32Array): number[] {
  const array: number[] = [];
  for (let i = 0; i < docs.length; i++) array.push(docs[i]!);
  return array;
}

/** The first place in the sorted `names` whose name is not below `term`. */
function lowerBound(names: readonly string[], term: string): number {
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
function treeOf(names: readonly string[]): SearchableMap<number> {
  const tree = new SearchableMap<number>();
  names.forEach((name, t) => tree.set(name, t));
  return tree;
}

function grow<T extends Int32Array | Float64Array>(array: T, capacity: number): T {
  const larger = new (array.constructor as new (length: number) => T)(capacity);
  larger.set(array);
  return larger;
}

function ascending(docs: Int32Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (docs[i - 1]! >= docs[i]!) return false;
  return true;
}

/** Sorts the postings in [from, to) by block and sums duplicates (a term in two fields); returns the new count. */
function sortAndMerge(docs: Int32Array, impacts: Float64Array, from: number, to: number): number {
  const pairs: [number, number][] = [];
  for (let i = from; i < to; i++) pairs.push([docs[i]!, impacts[i]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  let n = 0;
  for (const [doc, impact] of pairs) {
    if (n > 0 && docs[from + n - 1] === doc) impacts[from + n - 1] += impact;
    else {
      docs[from + n] = doc;
      impacts[from + n] = impact;
      n += 1;
    }
  }
  return n;
}

function binarySearch(docs: Int32Array, from: number, to: number, doc: number): number {
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
function siftDown(heap: Float64Array, i: number): void {
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
