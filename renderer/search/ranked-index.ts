/**
 * Top-k search over a MiniSearch index. MiniSearch builds and serialises the index (its
 * tokeniser, fields, field lengths and term tree), but its `search` turns every matching
 * block into a result object with a map of matched terms and sorts them all: for a common
 * word at fifty times the bundled documents that is thousands of objects per keystroke,
 * while the list shows fifty. This module reads MiniSearch's serialised form once into flat
 * arrays — per term the blocks it occurs in and its BM25+ score there, computed exactly as
 * MiniSearch does, field boosts included — and answers a query by adding up scores in a
 * preallocated array, keeping only the best `limit` blocks. Term lookups (exact, prefix and
 * typo-tolerant) use MiniSearch's own radix tree (SearchableMap), with MiniSearch's weights
 * for prefix and fuzzy matches, so the ranking is the one MiniSearch would give.
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
  /** How many blocks matched per group, for the groups of the blocks returned. */
  countByGroup: Map<number, number>;
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
  private readonly terms: SearchableMap<number>;
  private readonly termNames: string[];
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

    this.terms = new SearchableMap<number>();
    this.termNames = [];
    this.start = new Int32Array(data.index.length + 1);
    let docs = new Int32Array(1 << 16);
    let impacts = new Float64Array(1 << 16);
    let count = 0;
    data.index.forEach(([term, fields], t) => {
      this.terms.set(term, t);
      this.termNames.push(term);
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
    this.start[data.index.length] = count;
    this.docs = docs.slice(0, count);
    this.impacts = impacts.slice(0, count);

    this.groupCount = new Int32Array(groupOf.reduce((max, group) => Math.max(max, group + 1), 0));
    this.mark = new Uint32Array(this.size);
    this.score = new Float64Array(this.size);
    this.candidates = new Int32Array(this.size);
    this.next = new Int32Array(this.size);
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
    const empty: RankedResult = { docs: [], scores: [], total: 0, groupCount: 0, countByGroup: new Map(), matchedTerms: [] };
    if (words.length === 0) return empty;
    const expanded = words.map((word) => this.expand(word));
    const matchedTerms = [...new Set(expanded.flatMap((list) => list.map((e) => this.termNames[e.term]!)))];
    if (expanded.some((list) => list.length === 0)) return { ...empty, matchedTerms };
    // The rarest word first: later words then only have to confirm its blocks.
    const order = expanded
      .map((list) => ({ list, postings: list.reduce((sum, e) => sum + this.postings(e.term), 0) }))
      .sort((a, b) => a.postings - b.postings);

    const base = this.nextEpoch(order.length);
    let candidateCount = 0;
    order.forEach(({ list, postings }, j) => {
      const target = base + j + 1;
      // Looking each remaining block up (binary search) beats reading a long list once few remain.
      const lookUp = j > 0 && candidateCount * list.length * 2 * Math.log2(postings / list.length + 2) < postings;
      candidateCount = lookUp
        ? this.confirm(list, candidateCount, target)
        : this.scan(list, j === 0 ? undefined : target - 1, target, options.allowedGroups);
      [this.candidates, this.next] = [this.next, this.candidates];
    });

    // Every word matched: MiniSearch multiplies by the number of query words matched.
    const quality = order.length;
    const { groupOf, groupCount } = this;
    const touched: number[] = [];
    let total = 0;
    const kept = this.candidates;
    for (let i = 0; i < candidateCount; i++) {
      const doc = kept[i]!;
      if (options.accept && !options.accept(doc)) continue;
      kept[total++] = doc;
      const group = groupOf[doc]!;
      if (groupCount[group]++ === 0) touched.push(group);
    }
    const best = this.best(kept, total, options.limit);
    const countByGroup = new Map<number, number>();
    for (const doc of best) countByGroup.set(groupOf[doc]!, groupCount[groupOf[doc]!]!);
    for (const group of touched) groupCount[group] = 0;
    const scores = best.map((doc) => this.score[doc]! * quality);
    return { docs: best, scores, total, groupCount: touched.length, countByGroup, matchedTerms };
  }

  /** The index terms `word` stands for: itself, longer terms when a prefix, near ones when fuzzy. */
  private expand({ term, prefix, fuzzy }: TermQuery): Expansion[] {
    const list: Expansion[] = [];
    const exact = this.terms.get(term);
    if (exact !== undefined) list.push({ term: exact, weight: 1 });
    const prefixed = new Set<string>();
    if (prefix) {
      for (const [key, t] of this.terms.atPrefix(term)) {
        if (key === term) continue;
        prefixed.add(key);
        const distance = key.length - term.length;
        list.push({ term: t, weight: (PREFIX_WEIGHT * key.length) / (key.length + 0.3 * distance) });
      }
    }
    const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
    if (maxDistance > 0) {
      for (const [key, [t, distance]] of this.terms.fuzzyGet(term, maxDistance)) {
        if (distance === 0 || prefixed.has(key)) continue;
        list.push({ term: t, weight: (FUZZY_WEIGHT * key.length) / (key.length + distance) });
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
    const { mark, score, docs, impacts, groupOf, next } = this;
    let n = 0;
    for (const { term, weight } of list) {
      const end = this.start[term + 1]!;
      for (let i = this.start[term]!; i < end; i++) {
        const doc = docs[i]!;
        const current = mark[doc]!;
        if (current === target) score[doc] += weight * impacts[i]!;
        else if (previous === undefined ? allowed === undefined || allowed[groupOf[doc]!] === 1 : current === previous) {
          mark[doc] = target;
          score[doc] = (previous === undefined ? 0 : score[doc]!) + weight * impacts[i]!;
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

  /** The best `limit` of the first `count` blocks in `docs`, best first; ties in block order. */
  private best(docs: Int32Array, count: number, limit: number): number[] {
    const score = this.score;
    const byRank = (a: number, b: number) => score[b]! - score[a]! || a - b;
    if (count <= limit) return Array.from(docs.subarray(0, count)).sort(byRank);
    // A heap of the best so far whose root is the worst of them: most blocks lose to the root
    // at once, so this costs about one comparison per block.
    const heap = new Int32Array(limit);
    for (let i = 0; i < limit; i++) heap[i] = docs[i]!;
    for (let i = (limit >> 1) - 1; i >= 0; i--) siftDown(heap, i, score);
    let root = heap[0]!;
    let rootScore = score[root]!;
    for (let i = limit; i < count; i++) {
      const doc = docs[i]!;
      const value = score[doc]!;
      if (value < rootScore || (value === rootScore && doc > root)) continue;
      heap[0] = doc;
      siftDown(heap, 0, score);
      root = heap[0]!;
      rootScore = score[root]!;
    }
    return Array.from(heap).sort(byRank);
  }
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

/** Restores the heap below `i`: every parent ranks below (is worse than) its children. */
function siftDown(heap: Int32Array, i: number, score: Float64Array): void {
  const size = heap.length;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) return;
    const right = left + 1;
    let child = left;
    if (right < size && worse(heap[right]!, heap[left]!, score)) child = right;
    if (!worse(heap[child]!, heap[i]!, score)) return;
    const swap = heap[i]!;
    heap[i] = heap[child]!;
    heap[child] = swap;
    i = child;
  }
}

function worse(a: number, b: number, score: Float64Array): boolean {
  return score[a]! < score[b]! || (score[a] === score[b] && a > b);
}
