/**
 * Paragraphs and lists: gathers text lines into the paragraph or list item they belong to
 * and decides where one ends — across a blank line (in a PDF often a page or column break),
 * after a short closing line, where a numbered title ends, or at a new bullet or number.
 */
import type { Block } from '../model';
import { BULLET, collapseSpaces, joinWrapped, NUMBERED_ITEM, TERMINAL, type Line } from './lines';
import type { ConversionOutput } from './output';

/** A paragraph or list item still being built, line by line. */
export interface Pending {
  kind: 'paragraph' | 'item';
  text: string;
  lines: number[];
  last: Line;
}

/** What the paragraph flow needs from the document and the rest of the converter. */
export interface FlowContext {
  /** The lines in reading order. */
  lines: readonly Line[];
  /** A PDF's hard-wrapped lines rather than a web page's line per paragraph. */
  wrapped: boolean;
  output: ConversionOutput;
  /** Lines the corrections say start a new paragraph. */
  paragraphStarts: readonly number[];
  /** The line with number `no`. */
  lineAt(no: number): Line;
  /** The next text line that is read here, after position `index`. */
  nextTextLine(index: number): Line | undefined;
  isHeadingCandidate(line: Line): boolean;
}

/** The open paragraph or list, and the pull quotes waiting for it to end. */
export class ParagraphFlow {
  private paragraph: Pending | null = null;
  private list: { ordered: boolean; start: number; items: Pending[] } | null = null;
  private floating: Block[] = [];

  constructor(private readonly context: FlowContext) {}

  /** The paragraph being built, if any. */
  get openParagraph(): Pending | null {
    return this.paragraph;
  }

  /** The last item of the list being built, if any. */
  get openItem(): Pending | null {
    return this.list?.items.at(-1) ?? null;
  }

  /** Add a text line (not a heading, quote or furniture) at position `index`. */
  addText(line: Line, index: number): void {
    const { wrapped } = this.context;
    const bullet = BULLET.exec(line.trimmed);
    const numbered = NUMBERED_ITEM.exec(line.trimmed);
    const isItemStart = bullet !== null || (numbered !== null && this.isNumberedListItem(index));
    if (isItemStart) {
      this.flushParagraph();
      const ordered = bullet === null;
      const text = line.trimmed.slice((bullet ?? numbered)![0].length);
      if (!this.list || this.list.ordered !== ordered) {
        this.flushList();
        this.list = { ordered, start: ordered ? Number(numbered![1]) : 1, items: [] };
      }
      this.list.items.push({ kind: 'item', text, lines: [line.no], last: line });
      return;
    }
    const openItem = this.list?.items[this.list.items.length - 1];
    if (openItem && wrapped && (line.indent >= 2 || continuesItem(openItem, line))) {
      appendLine(openItem, line);
      return;
    }
    if (openItem && !wrapped && line.indent >= 2 && line.indent > openItem.last.indent) {
      // A web list item's description on its own line.
      openItem.text += `\n${line.trimmed}`;
      openItem.lines.push(line.no);
      openItem.last = line;
      return;
    }
    this.flushList();
    if (this.paragraph && wrapped && !this.startsNewParagraph(this.paragraph, line)) {
      appendLine(this.paragraph, line);
      return;
    }
    this.flushParagraph();
    this.paragraph = { kind: 'paragraph', text: line.trimmed, lines: [line.no], last: line };
  }

  /** A blank line at position `index`. */
  blank(index: number): void {
    if (!this.context.wrapped) {
      this.flush();
      return;
    }
    // In a PDF a blank line is often a page or column break inside a sentence.
    const open = this.list ? this.list.items[this.list.items.length - 1] : this.paragraph;
    const next = this.context.nextTextLine(index);
    if (!open || !next) return this.flush();
    if (this.continuesAfterBreak(open, next)) return;
    this.flush();
  }

  /** A pull quote interrupts the paragraph it was printed in; show it after that paragraph. */
  interject(quote: Block): void {
    if (this.paragraph || this.list) this.floating.push(quote);
    else this.context.output.blocks.push(quote);
  }

  /** End the open paragraph or list and emit it, then the quotes that waited for it. */
  flush(): void {
    this.flushParagraph();
    this.flushList();
    this.flushFloating();
  }

  private flushParagraph(): void {
    const p = this.paragraph;
    if (!p) return;
    this.paragraph = null;
    const { output } = this.context;
    const id = output.uniqueId(`p-${p.lines[0]}`);
    output.add({ kind: 'paragraph', id, lines: [p.lines[0]!, p.lines.at(-1)!], text: collapseSpaces(p.text) }, p.lines);
    this.flushFloating();
  }

  private flushList(): void {
    const list = this.list;
    if (!list) return;
    this.list = null;
    const { output } = this.context;
    const used = list.items.flatMap((item) => item.lines);
    const id = output.uniqueId(`l-${used[0]}`);
    output.add(
      {
        kind: 'list',
        id,
        lines: [Math.min(...used), Math.max(...used)],
        ordered: list.ordered,
        ...(list.ordered && list.start !== 1 ? { start: list.start } : {}),
        items: list.items.map((item) => collapseSpaces(item.text)),
      },
      used,
    );
    this.flushFloating();
  }

  private flushFloating(): void {
    if (this.paragraph || this.list) return;
    this.context.output.blocks.push(...this.floating);
    this.floating = [];
  }

  /** Whether `next`, the first text line after a blank line, still belongs to `open`. */
  private continuesAfterBreak(open: Pending, next: Line): boolean {
    if (this.context.paragraphStarts.includes(next.no) || this.context.isHeadingCandidate(next)) return false;
    const end = open.text;
    if (open.kind === 'item' && next.indent >= 2 && !BULLET.test(next.trimmed)) return true;
    // Bullets set apart by blank lines are still one list.
    if (BULLET.test(next.trimmed)) return open.kind === 'item';
    if (NUMBERED_ITEM.test(next.trimmed)) return false;
    if (/[,\-–/]$/.test(end)) return true;
    return !TERMINAL.test(end) && /^\p{Ll}/u.test(next.trimmed);
  }

  /** In a PDF, a short line ending a sentence, followed by a new sentence, ends its paragraph. */
  private startsNewParagraph(open: Pending, line: Line): boolean {
    if (this.context.paragraphStarts.includes(line.no)) return true;
    if (!/^[\p{Lu}\d‘“'"(]/u.test(line.trimmed)) return false;
    const previous = open.last.trimmed;
    // "1. We bieden … volwassenen" + "Dit doen we door …": a numbered commitment's title ends
    // where an unpunctuated line is followed by a capital.
    // (A single capitalised word, such as "Domein", still belongs to the title.)
    if (NUMBERED_ITEM.test(open.text) && !/[.!?:;,\-–]$/.test(open.text) && /^\p{Lu}\S*\s/u.test(line.trimmed)) return true;
    const width = Math.max(...open.lines.map((no) => this.context.lineAt(no).trimmed.length), 40);
    return TERMINAL.test(previous) && previous.length < width * 0.62;
  }

  private isNumberedListItem(index: number): boolean {
    if (!this.context.wrapped) return true;
    // In the PDF, numbered commitments ("1. We bieden …") are titled paragraphs unless
    // their continuation is indented like a list.
    const next = this.context.lines[index + 1];
    return next !== undefined && next.indent >= 2 && next.trimmed !== '';
  }
}

/** An unindented line continues a list item whose sentence is still open. */
function continuesItem(item: Pending, line: Line): boolean {
  return !TERMINAL.test(item.text) && /^\p{Ll}/u.test(line.trimmed);
}

function appendLine(target: Pending, line: Line): void {
  target.text = joinWrapped(target.text, line.trimmed);
  target.lines.push(line.no);
  target.last = line;
}
