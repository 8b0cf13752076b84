/**
 * A short excerpt of a text around its first hit, cut at word boundaries, as parts that are
 * either plain text or a hit. The view renders hits as <mark> elements; text stays text.
 */
import type { HitRange } from './hit-pattern';

/** One piece of a snippet. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** How much context a snippet shows, in characters. */
export interface SnippetSize {
  before: number;
  length: number;
}

const DEFAULT_SIZE: SnippetSize = { before: 60, length: 220 };

/** The snippet of `text` around the first of `hits` (or its start, without hits). */
export function buildSnippet(text: string, hits: readonly HitRange[], size: SnippetSize = DEFAULT_SIZE): SnippetPart[] {
  const first = hits[0]?.start ?? 0;
  let start = first <= size.before ? 0 : wordStartAfter(text, first - size.before);
  let end = Math.min(text.length, start + size.length);
  if (end < text.length) end = wordEndBefore(text, end, hits);
  if (start > first) start = first;
  const parts: SnippetPart[] = [];
  let at = start;
  for (const hit of hits) {
    if (hit.end <= start || hit.start >= end) continue;
    const hitStart = Math.max(hit.start, start);
    const hitEnd = Math.min(hit.end, end);
    if (hitStart > at) parts.push({ text: text.slice(at, hitStart), hit: false });
    parts.push({ text: text.slice(hitStart, hitEnd), hit: true });
    at = hitEnd;
  }
  if (at < end) parts.push({ text: text.slice(at, end), hit: false });
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  // Line breaks and tabs (lists, tables) read as single spaces in a one-line snippet.
  return mergeText(parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') })));
}

function wordStartAfter(text: string, index: number): number {
  const space = text.slice(index).search(/\s/);
  return space === -1 ? index : index + space + 1;
}

function wordEndBefore(text: string, index: number, hits: readonly HitRange[]): number {
  // Never cut a hit in two.
  const inside = hits.find((hit) => hit.start < index && hit.end > index);
  if (inside) return inside.end;
  const space = text.slice(0, index).search(/\s\S*$/);
  return space > 0 ? space : index;
}

function mergeText(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && !last.hit && !part.hit) last.text += part.text;
    else if (part.text !== '') merged.push(part);
  }
  return merged;
}
