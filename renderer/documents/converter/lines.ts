/**
 * Line handling: splits a raw text into numbered lines, puts them in reading order (the
 * corrections' moves), recognises page furniture (web-page chrome, page numbers, lines the
 * corrections list or drop), names the shapes a line can start or end with, and joins
 * hard-wrapped lines (undoing line-end hyphenation, keeping real hyphens).
 */
import type { Corrections } from '../corrections';

/** One line of the raw text. */
export interface Line {
  /** 1-based line number in the raw text file. */
  no: number;
  /** The line with non-breaking spaces made plain and trailing whitespace removed. */
  text: string;
  trimmed: string;
  indent: number;
}

/** A list bullet and the spaces after it: "•", "·", "▪", or "-" followed by a space. */
export const BULLET = /^([•·▪]|-(?= ))\s*/;
/** The number of a numbered item ("1. We bieden …"), captured. */
export const NUMBERED_ITEM = /^(\d{1,2})\.\s+/;
/** Punctuation that ends a sentence or introduces what follows. */
export const TERMINAL = /[.!?:;]$/;

// Furniture that every extraction of these sites and PDFs carries.
const BUILT_IN_FURNITURE: RegExp[] = [
  /^Terug naar navigatie - /,
  /^Pagina afdrukken$/,
  /^Hieronder bevindt zich een afdrukvoorbeeld van de door u gekozen pagina\.$/,
  // The text label of a progress bar on the online begroting's dashboard.
  /^-?[\d.,]+% Complete$/,
];
const PAGE_NUMBER = /^\d{1,3}$/;
// A line ending in "-" before one of these words is an elided compound ("bewoners- en
// vrijwilligers"), not a word broken at the line end.
const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'noch', 'als']);

/** The lines of a raw text, numbered from 1. */
export function splitLines(raw: string): Line[] {
  return raw.split(/\r?\n/).map((original, i) => {
    const text = original.replace(/\u00a0/g, ' ').trimEnd();
    const trimmed = text.trim();
    return { no: i + 1, text, trimmed, indent: text.length - text.trimStart().length };
  });
}

/** The lines in reading order: each move puts lines `from`–`to` right after line `after`. */
export function applyMoves(lines: Line[], moves: Corrections['moves']): Line[] {
  let ordered = lines;
  for (const move of moves ?? []) {
    const moved = ordered.filter((l) => l.no >= move.from && l.no <= move.to);
    const rest = ordered.filter((l) => l.no < move.from || l.no > move.to);
    const at = rest.findIndex((l) => l.no === move.after) + 1;
    ordered = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
  }
  return ordered;
}

/** True when line number `no` lies in one of the inclusive ranges. */
export function inRanges(no: number, ranges: [number, number][] | undefined): boolean {
  return (ranges ?? []).some(([from, to]) => no >= from && no <= to);
}

/**
 * A test for page furniture: lines the corrections drop or list, the built-in web-page
 * chrome, and in a PDF (`wrapped`) a line holding only a page number.
 */
export function furnitureTest(corrections: Corrections, wrapped: boolean): (line: Line) => boolean {
  const listed = new Set(corrections.furniture ?? []);
  return (line) => {
    if (inRanges(line.no, corrections.drop)) return true;
    if (line.trimmed === '') return false;
    if (listed.has(line.trimmed)) return true;
    if (BUILT_IN_FURNITURE.some((re) => re.test(line.trimmed))) return true;
    return wrapped && PAGE_NUMBER.test(line.trimmed);
  };
}

/** The first non-blank line after position `index` that `skip` does not pass over. */
export function nextTextLine(lines: readonly Line[], index: number, skip: (line: Line) => boolean): Line | undefined {
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (!skip(line) && line.trimmed !== '') return line;
  }
  return undefined;
}

/** Join two wrapped lines of one paragraph: undo line-end hyphenation, keep real hyphens. */
export function joinWrapped(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (a === '') return b;
  if (/\p{L}-$/u.test(a)) {
    const firstWord = b.split(/\s/, 1)[0] ?? '';
    if (/^\p{Ll}/u.test(b) && !CONJUNCTIONS.has(firstWord.replace(/[,.;:]$/, ''))) return a.slice(0, -1) + b;
    if (/^[\p{Lu}\d]/u.test(b)) return a + b;
    return `${a} ${b}`;
  }
  if (/\d-$/.test(a) && /^\d/.test(b)) return a + b;
  if (a.endsWith('/')) return a + b;
  return `${a} ${b}`;
}

/** Runs of spaces and tabs inside running text are layout, not content. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}
