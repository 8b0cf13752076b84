/**
 * Headings: recognises them in the text (chapter and "2.3" section lines, short capitalised
 * lines over longer text, bulleted subheadings, and on web pages the line before a
 * "Terug naar navigatie" link), applies the corrections' heading fixes, and makes the
 * heading blocks, their ids and the table of contents.
 */
import type { HeadingCorrection } from '../corrections';
import type { Block, HeadingBlock, TocEntry } from '../model';
import { BULLET, NUMBERED_ITEM, TERMINAL, type Line } from './lines';

/** 2 = chapter, 3 = section, 4 = subsection. */
export type HeadingLevel = 2 | 3 | 4;

interface HeadingFix {
  level: HeadingLevel;
  to: number;
  before?: number;
}

/** The corrections' headings: where they are, their level, and those printed after their text. */
export class HeadingFixes {
  private readonly fixes: Map<number, HeadingFix>;
  private readonly moved = new Map<number, number[]>();

  constructor(headings: HeadingCorrection[] | undefined) {
    this.fixes = new Map((headings ?? []).map((h) => [h.line, { level: h.level, to: h.to ?? h.line, before: h.before }]));
    for (const h of headings ?? []) {
      if (h.before !== undefined) this.moved.set(h.before, [...(this.moved.get(h.before) ?? []), h.line]);
    }
  }

  /** The fix for a heading starting at line `no`, if any. */
  at(no: number): HeadingFix | undefined {
    return this.fixes.get(no);
  }

  /** First lines of the headings to show before line `no`. */
  movedBefore(no: number): number[] {
    return this.moved.get(no) ?? [];
  }

  /** Whether line `no` belongs to a heading shown elsewhere. */
  isMovedHeadingLine(no: number): boolean {
    for (const [first, fix] of this.fixes) if (fix.before !== undefined && no >= first && no <= fix.to) return true;
    return false;
  }

  /** The text lines of the fixed heading starting at line `first`. */
  linesOf(first: number, lines: readonly Line[]): Line[] {
    const to = this.fixes.get(first)!.to;
    return lines.filter((l) => l.no >= first && l.no <= to && l.trimmed !== '');
  }
}

/** The last numbered heading so far: unnumbered headings that follow sit one level below it. */
export class HeadingNumbering {
  chapter = 0;
  numberedLevel: 1 | 2 | 3 = 1;

  /** Take note of a heading just emitted. */
  note(block: HeadingBlock): void {
    if (block.number === undefined) return;
    if (block.level === 2) this.chapter = Number(block.number);
    if (block.level !== 4) this.numberedLevel = block.level;
  }
}

/** What heading detection needs to know about the text and the builder's state. */
export interface HeadingScan {
  lines: readonly Line[];
  wrapped: boolean;
  /** Lines the corrections say are not headings. */
  notHeadings: readonly number[];
  numbering: HeadingNumbering;
  /** The paragraph being built, if any. */
  paragraph: { text: string } | null;
  /** The last item of the list being built, if any. */
  listItem: { text: string } | null;
  /** The next text line that is read here, after position `index`. */
  nextTextLine(index: number): Line | undefined;
}

/** True for a line that is surely a heading: a corrected one or a numbered "2.3" section title. */
export function isHeadingCandidate(line: Line, fixes: HeadingFixes): boolean {
  if (fixes.at(line.no)) return true;
  return /^\d\.\d{1,2}\s+\S/.test(line.trimmed) && line.trimmed.length < 70 && !line.trimmed.includes('\t');
}

/** The heading starting at position `index`, or null when the line is text. */
export function detectHeading(line: Line, index: number, scan: HeadingScan): { lines: Line[]; level: HeadingLevel } | null {
  if (scan.notHeadings.includes(line.no)) return null;
  const t = line.trimmed;
  const next = scan.lines[index + 1];
  const nextText = scan.nextTextLine(index);
  if (!scan.wrapped) {
    if (/^Terug naar navigatie - /.test(next?.trimmed ?? '') || /^Terug naar navigatie - /.test(scan.lines[index + 2]?.trimmed ?? '')) {
      return { lines: [line], level: /^\d\.\d{2}\s/.test(t) ? 3 : 2 };
    }
    if (scan.paragraph || BULLET.test(t) || NUMBERED_ITEM.test(t) || t.length > 70 || /[.;:,]$/.test(t)) return null;
    if (/^[‘'"“]/.test(t)) return null;
    if (!nextText) return null;
    return { lines: [line], level: /^\d\.\d{1,2}\s/.test(t) ? 3 : 2 };
  }
  // Wrapped layout (PDF).
  const chapter = /^(\d)\.\s+(\S.*)$/.exec(t);
  if (chapter && Number(chapter[1]) === scan.numbering.chapter + 1 && t.length <= 30 && (next?.trimmed ?? '') === '') {
    return { lines: [line], level: 2 };
  }
  if (/^\d\.\d{1,2}\s+\S/.test(t) && t.length < 70 && !t.includes('\t') && !/[.;,]$/.test(t)) {
    return { lines: [line], level: 3 };
  }
  const paragraphOpen = scan.paragraph !== null || scan.listItem !== null;
  const atStart = !paragraphOpen || TERMINAL.test((scan.paragraph ?? scan.listItem)?.text ?? '');
  if (!atStart || t.length > 50 || /[.;:,!?]$/.test(t)) return null;
  if (NUMBERED_ITEM.test(t)) return null;
  const level = (scan.numbering.numberedLevel + 1) as HeadingLevel;
  if (BULLET.test(t)) {
    // "• Preventie" over an unindented paragraph: a bulleted subheading, not a list.
    const isTitle = next !== undefined && next.trimmed !== '' && next.indent === 0 && !BULLET.test(next.trimmed) && !/[.;:,]$/.test(t);
    return isTitle ? { lines: [line], level } : null;
  }
  if (!/^\p{Lu}/u.test(t)) return null;
  if (!nextText || !/^\p{Lu}/u.test(nextText.trimmed) || nextText.trimmed.length <= t.length) return null;
  if (next && next.trimmed !== '' && next.trimmed.length < 30) return null;
  return { lines: [line], level };
}

/** A heading's text from its lines, without a leading bullet. */
export function headingText(lines: readonly Line[]): string {
  return lines.map((l) => l.trimmed).join(' ').replace(/\s+/g, ' ').replace(BULLET, '');
}

/** Heading text → id usable in a URL hash. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A heading block; its number is taken from a leading "2.3" or "4.". `supplied`: the griffie wrote it. */
export function headingBlock(id: string, text: string, level: HeadingLevel, range: [number, number], supplied: boolean): HeadingBlock {
  const numberMatch = /^(\d+(?:\.\d+)*)\.?\s+/.exec(text);
  return {
    kind: 'heading',
    id,
    lines: range,
    level,
    text,
    ...(numberMatch ? { number: numberMatch[1] } : {}),
    ...(supplied ? { supplied: true } : {}),
  };
}

/**
 * A web page repeats a heading right under itself; keep the first. The repeats' lines move
 * from `sourceLines` to `droppedLines`.
 */
export function dropDuplicateHeadings(blocks: Block[], sourceLines: Map<string, number[]>, droppedLines: number[]): Block[] {
  return blocks.filter((b, i) => {
    const prev = blocks[i - 1];
    if (b.kind === 'heading' && prev?.kind === 'heading' && prev.text === b.text) {
      droppedLines.push(...(sourceLines.get(b.id) ?? []));
      sourceLines.delete(b.id);
      return false;
    }
    return true;
  });
}

/** The table of contents: the headings nested by level. */
export function buildToc(blocks: Block[]): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const entry: TocEntry = { id: b.id, level: b.level, text: b.text, children: [], ...(b.number ? { number: b.number } : {}) };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= b.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(entry);
    stack.push(entry);
  }
  return root;
}
