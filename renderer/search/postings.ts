/**
 * Reads MiniSearch's serialised index (its toJSON) into flat postings: term `t` occurs in
 * blocks `docs[start[t] .. start[t+1])`, ascending, with its BM25+ score there in `impacts`,
 * computed exactly as MiniSearch computes it (field boosts included). RankedIndex answers
 * queries from these arrays.
 */
import type { AsPlainObject } from 'minisearch';

/** MiniSearch's BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** A MiniSearch index as flat arrays, terms in sorted order. */
export interface Postings {
  /** The terms in sorted order: a term's number is its place here. */
  termNames: string[];
  start: Int32Array;
  docs: Int32Array;
  impacts: Float64Array;
  /** Per term its highest score in any block. */
  maxImpact: Float64Array;
}

/**
 * Reads `data`. `ids` are the blocks' MiniSearch ids in the order to number them (0..n-1);
 * `boost` the weight of each field by name.
 */
export function readPostings(data: AsPlainObject, ids: readonly string[], boost: Readonly<Record<string, number>>): Postings {
  const numberOfId = new Map(ids.map((id, i) => [id, i]));
  const docOfShortId = new Int32Array(data.nextId).fill(-1);
  for (const [shortId, id] of Object.entries(data.documentIds)) {
    const doc = numberOfId.get(String(id));
    if (doc !== undefined) docOfShortId[Number(shortId)] = doc;
  }
  const fieldBoost: number[] = [];
  for (const [field, fieldId] of Object.entries(data.fieldIds)) fieldBoost[fieldId] = boost[field] ?? 1;
  // A score of 0 means "not met yet" during a query (see RankedIndex), so every score must be above it.
  if (fieldBoost.some((value) => !(value > 0))) throw new Error('RankedIndex: every field boost must be positive');
  const fieldLength = data.fieldLength;
  const average = data.averageFieldLength;

  const sorted = [...data.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const termNames = sorted.map(([term]) => term);
  const start = new Int32Array(sorted.length + 1);
  let docs = new Int32Array(1 << 16);
  let impacts = new Float64Array(1 << 16);
  let count = 0;
  sorted.forEach(([, fields], t) => {
    start[t] = count;
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
    const from = start[t]!;
    if (fieldsSeen > 1 || !ascending(docs, from, count)) count = from + sortAndMerge(docs, impacts, from, count);
  });
  start[sorted.length] = count;
  const kept = impacts.slice(0, count);
  const maxImpact = new Float64Array(sorted.length);
  for (let t = 0; t < sorted.length; t++) {
    for (let i = start[t]!; i < start[t + 1]!; i++) maxImpact[t] = Math.max(maxImpact[t]!, kept[i]!);
  }
  return { termNames, start, docs: docs.slice(0, count), impacts: kept, maxImpact };
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
    if (n > 0 && docs[from + n - 1] === doc) impacts[from + n - 1]! += impact;
    else {
      docs[from + n] = doc;
      impacts[from + n] = impact;
      n += 1;
    }
  }
  return n;
}
