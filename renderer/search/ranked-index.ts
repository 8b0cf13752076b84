/**
 * Top-k search over a MiniSearch index. MiniSearch builds and serialises the index (its
 * tokeniser, fields, field lengths and term tree), but its `search` turns every matching
 * block into a result object with a map of matched terms and sorts them all: for a common
 * word at fifty times the bundled documents that is thousands of objects per keystroke,
 * while the list shows fifty. This module takes MiniSearch's serialised form as flat arrays
 * (postings.ts: per term the blocks it occurs in and its BM25+ score there, computed exactly
 * as MiniSearch does, field boosts included) and answers a query by adding up scores in a
 * preallocated array, keeping only the best `limit` blocks. Terms are numbered in sorted
 * order, so a prefix is a range found by binary search; typo-tolerant lookups use
 * MiniSearch's own radix tree (SearchableMap). Prefix and fuzzy matches get MiniSearch's
 * weights, so the ranking is the one MiniSearch would give (a unit test holds it to that).
 */
import type { AsPlainObject } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import { readPostings } from './postings';
import { binarySearch, lowerBound, rank, siftDown, treeOf } from './sorted-arrays';

/** MiniSearch's defaults: weights of prefix and fuzzy matches, fuzzy cap. */
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
  countByGroup: readonly number[];
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
  /** Per term its highest score in any block. */
  private readonly maxImpact: Float64Array;
  /** The group of each block (small numbers, small array: it is read at random for every match). */
  private readonly groupOf: Uint8Array | Uint16Array | Int32Array;
  /** The number of groups. */
  private readonly groupTotal: number;
  // Scratch space reused by every query. `score` and `matched` are all zero between queries
  // (a query clears what it touched), so a query costs work for the blocks it touches only.
  /** Per block its score so far; every score is positive (BM25+), so 0 means not yet met. */
  private readonly score: Float64Array;
  /** Per block how many of the query's words it has matched so far (queries of several words). */
  private readonly matched: Uint16Array;
  /** The blocks the first word met (to clear after a query of several words). */
  private readonly firstBlocks: Int32Array;
  private candidates: Int32Array;
  private next: Int32Array;
  private readonly candidateScore: Float64Array;

  /**
   * Reads `data` (MiniSearch's toJSON). `ids` are the blocks' MiniSearch ids in the order to
   * number them, `groupOf` the group of each block; `boost` the weight of each field by name.
   */
  constructor(data: AsPlainObject, ids: readonly string[], groupOf: Int32Array, boost: Readonly<Record<string, number>>) {
    this.size = ids.length;
    const groups = groupOf.reduce((max, group) => Math.max(max, group + 1), 0);
    this.groupOf = groups <= 0x100 ? Uint8Array.from(groupOf) : groups <= 0x10000 ? Uint16Array.from(groupOf) : groupOf;
    ({ termNames: this.termNames, start: this.start, docs: this.docs, impacts: this.impacts, maxImpact: this.maxImpact } =
      readPostings(data, ids, boost));
    this.groupTotal = groups;
    this.score = new Float64Array(this.size);
    this.matched = new Uint16Array(this.size);
    this.firstBlocks = new Int32Array(this.size);
    this.candidates = new Int32Array(this.size);
    this.next = new Int32Array(this.size);
    this.candidateScore = new Float64Array(this.size);
  }

  /** The index's terms, sorted (for corrections, see did-you-mean.ts). */
  get terms(): readonly string[] {
    return this.termNames;
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
    if (expanded.length === 0 || expanded.length > 0xfffe || expanded.some((list) => list.length === 0)) {
      return { docs: [], scores: [], total: 0, groupCount: 0, countByGroup: new Array<number>(this.groupTotal).fill(0), matchedTerms };
    }
    // The rarest word first: later words then only have to confirm its blocks.
    const postings = expanded.map((list) => list.reduce((sum, e) => sum + this.postings(e.term), 0));
    const order = expanded.map((_, j) => j).sort((a, b) => postings[a]! - postings[b]!);
    const several = order.length > 1;

    const firstCount = this.scanFirst(expanded[order[0]!]!, options.allowedGroups, several);
    let finished = false;
    try {
      let candidates = this.firstBlocks;
      let count = firstCount;
      for (let j = 1; j < order.length; j++) {
        const list = expanded[order[j]!]!;
        const size = postings[order[j]!]!;
        const out = candidates === this.candidates ? this.next : this.candidates;
        // Looking each remaining block up (binary search) beats reading a long list once few remain.
        count =
          count * list.length * 2 * Math.log2(size / list.length + 2) < size
            ? this.confirm(list, candidates, count, j, out)
            : this.scan(list, j, out);
        candidates = out;
      }
      // A plain array: a typed one of this size is made outside the JS heap, which costs more.
      const countByGroup = new Array<number>(this.groupTotal).fill(0);
      const kept = this.keep(candidates, count, options.accept, options.limit, !several, countByGroup);
      // Every word matched: MiniSearch multiplies by the number of query words matched.
      const best = this.best(candidates, kept.total, options.limit, kept.threshold, order.length);
      finished = true;
      return { docs: best.docs, scores: best.scores, total: kept.total, groupCount: kept.groups, countByGroup, matchedTerms };
    } finally {
      // A single word's scores were cleared as they were read (see keep).
      if (several || !finished) {
        for (let i = 0; i < firstCount; i++) {
          const doc = this.firstBlocks[i]!;
          this.score[doc] = 0;
          this.matched[doc] = 0;
        }
      }
    }
  }

  /**
   * Reads the postings of the first (rarest) word's terms into `score`, writing each block met
   * to firstBlocks once; with `allowed`, only blocks of the allowed groups. With `several`
   * words to come, marks the blocks as having matched one. Returns how many blocks were met.
   */
  private scanFirst(list: readonly Expansion[], allowed: Uint8Array | undefined, several: boolean): number {
    const { score, matched, docs, impacts, groupOf } = this;
    const out = this.firstBlocks;
    let n = 0;
    for (let e = 0; e < list.length; e++) {
      const { term, weight } = list[e]!;
      const end = this.start[term + 1]!;
      let i = this.start[term]!;
      if (allowed !== undefined) {
        for (; i < end; i++) {
          const doc = docs[i]!;
          if (allowed[groupOf[doc]!] !== 1) continue;
          const old = score[doc]!;
          score[doc] = old + weight * impacts[i]!;
          if (old === 0) out[n++] = doc;
        }
      } else if (e === 0) {
        // The first term's blocks are all new: a term lists each block once.
        for (; i < end; i++) {
          const doc = docs[i]!;
          score[doc] = weight * impacts[i]!;
          out[n++] = doc;
        }
      } else {
        // Without branches: whether a block is new here is as good as random, and a
        // mispredicted branch costs more than the arithmetic.
        for (; i < end; i++) {
          const doc = docs[i]!;
          const old = score[doc]!;
          score[doc] = old + weight * impacts[i]!;
          out[n] = doc;
          n += old === 0 ? 1 : 0;
        }
      }
    }
    if (several) for (let c = 0; c < n; c++) matched[out[c]!] = 1;
    return n;
  }

  /**
   * Reads the postings of word number `j` (0-based, j ≥ 1): a block that matched the j words
   * before adds its score and is written to `out` once. Returns how many were written.
   */
  private scan(list: readonly Expansion[], j: number, out: Int32Array): number {
    const { score, matched, docs, impacts } = this;
    let n = 0;
    for (const { term, weight } of list) {
      const end = this.start[term + 1]!;
      for (let i = this.start[term]!; i < end; i++) {
        const doc = docs[i]!;
        const words = matched[doc]!;
        if (words === j) {
          matched[doc] = j + 1;
          score[doc]! += weight * impacts[i]!;
          out[n++] = doc;
        } else if (words === j + 1) score[doc]! += weight * impacts[i]!;
      }
    }
    return n;
  }

  /** Like scan, but looks each of the `count` blocks in `candidates` up in the terms' postings. */
  private confirm(list: readonly Expansion[], candidates: Int32Array, count: number, j: number, out: Int32Array): number {
    const { score, matched, docs, impacts } = this;
    let n = 0;
    for (const { term, weight } of list) {
      const from = this.start[term]!;
      const to = this.start[term + 1]!;
      for (let c = 0; c < count; c++) {
        const doc = candidates[c]!;
        const i = binarySearch(docs, from, to, doc);
        if (i < 0) continue;
        score[doc]! += weight * impacts[i]!;
        if (matched[doc] === j) {
          matched[doc] = j + 1;
          out[n++] = doc;
        }
      }
    }
    return n;
  }

  /**
   * Keeps the first `count` blocks of `candidates` that pass `accept`, in place, with their
   * scores side by side in candidateScore, and counts them per group; with `clear`, sets their
   * scores back to zero as it reads them. When more than `limit` are kept it also finds the
   * limit-th best score, ties aside (a min-heap of the best scores so far, whose root is the
   * lowest: most blocks cost one comparison of two numbers).
   */
  private keep(
    candidates: Int32Array,
    count: number,
    accept: ((doc: number) => boolean) | undefined,
    limit: number,
    clear: boolean,
    groupCount: number[],
  ): { total: number; groups: number; threshold: number } {
    const { score, candidateScore, groupOf } = this;
    let total = count;
    if (accept !== undefined) {
      total = 0;
      for (let i = 0; i < count; i++) {
        const doc = candidates[i]!;
        if (accept(doc)) candidates[total++] = doc;
        else if (clear) score[doc] = 0;
      }
    }
    const heap = total > limit ? this.scratchScores(limit) : undefined;
    let lowest = -Infinity;
    let groups = 0;
    // Counted in runs: consecutive blocks mostly share a group, and adding one to the same
    // counter in memory block after block makes each addition wait for the one before.
    let group = -1;
    let run = 0;
    for (let i = 0; i < total; i++) {
      const doc = candidates[i]!;
      const value = score[doc]!;
      if (clear) score[doc] = 0;
      candidateScore[i] = value;
      if (heap !== undefined) {
        if (i < limit) {
          heap[i] = value;
          if (i === limit - 1) {
            for (let h = (limit >> 1) - 1; h >= 0; h--) siftDown(heap, h);
            lowest = heap[0]!;
          }
        } else if (value > lowest) {
          heap[0] = value;
          siftDown(heap, 0);
          lowest = heap[0]!;
        }
      }
      const blockGroup = groupOf[doc]!;
      if (blockGroup !== group) {
        if (run > 0) {
          if (groupCount[group] === 0) groups += 1;
          groupCount[group]! += run;
        }
        group = blockGroup;
        run = 0;
      }
      run += 1;
    }
    if (run > 0) {
      if (groupCount[group] === 0) groups += 1;
      groupCount[group]! += run;
    }
    return { total, groups, threshold: lowest };
  }

  private scoresBuffer = new Float64Array(0);
  private docsBuffer = new Int32Array(0);

  /** Reusable space for `size` scores (typed arrays are costly to make, so they are kept). */
  private scratchScores(size: number): Float64Array {
    if (this.scoresBuffer.length !== size) this.scoresBuffer = new Float64Array(size);
    return this.scoresBuffer;
  }

  /** Reusable space for `size` block numbers. */
  private scratchDocs(size: number): Int32Array {
    if (this.docsBuffer.length !== size) this.docsBuffer = new Int32Array(size);
    return this.docsBuffer;
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
    // Terms that can score highest first: the best blocks then come early and most of the
    // others need not enter the running for the top (see keep).
    if (list.length > 1) {
      const maxImpact = this.maxImpact;
      list.sort((a, b) => b.weight * maxImpact[b.term]! - a.weight * maxImpact[a.term]!);
    }
    return list;
  }

  private postings(term: number): number {
    return this.start[term + 1]! - this.start[term]!;
  }

  /**
   * The best `limit` of the first `count` blocks in `docs` (candidateScore holds their scores),
   * best first, ties in block order; `threshold` is the limit-th best score (see keep). Scores
   * are multiplied by `quality`, as MiniSearch does.
   */
  private best(docs: Int32Array, count: number, limit: number, threshold: number, quality: number): { docs: number[]; scores: number[] } {
    const values = this.candidateScore;
    // A few blocks are sorted in place; many (the reader marks every hit) by Array.prototype.sort.
    if (count <= limit) return rank(docs, values, count, quality);
    // Every block above the threshold, and of the blocks at it the first in block order.
    const chosen = this.scratchDocs(limit);
    const chosenScores = this.scratchScores(limit);
    let above = 0;
    let tieCount = 0;
    const ties = this.next === docs ? this.candidates : this.next; // free until the next query
    for (let i = 0; i < count; i++) {
      const value = values[i]!;
      if (value > threshold) {
        chosen[above] = docs[i]!;
        chosenScores[above++] = value;
      } else if (value === threshold) ties[tieCount++] = docs[i]!;
    }
    const tied = ties.subarray(0, tieCount).sort();
    for (let i = above; i < limit; i++) {
      chosen[i] = tied[i - above]!;
      chosenScores[i] = threshold;
    }
    return rank(chosen, chosenScores, limit, quality);
  }
}
