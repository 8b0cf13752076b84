/**
 * The block builder: walks the lines in reading order and decides what each one is —
 * furniture, a table, a pull quote, a heading (found or placed by the corrections) or text
 * for the paragraph flow — and collects the resulting blocks with their source lines.
 */
import type { Corrections, TableCorrection } from '../corrections';
import type { Block, DocumentInfo } from '../model';
import { detectHeading, dropDuplicateHeadings, HeadingFixes, headingBlock, HeadingNumbering, headingText, isHeadingCandidate, slugify, type HeadingLevel } from './headings';
import { applyMoves, furnitureTest, inRanges, nextTextLine, type Line } from './lines';
import { ConversionOutput } from './output';
import { ParagraphFlow } from './paragraphs';
import { detectQuotes, readQuote } from './quotes';
import { readTable } from './tables';

/** Builds the blocks of one document from its lines; use once. */
export class BlockBuilder {
  private readonly output = new ConversionOutput();
  private readonly lines: Line[];
  private readonly wrapped: boolean;
  private readonly isFurniture: (line: Line) => boolean;
  private readonly headingFixes: HeadingFixes;
  private readonly numbering = new HeadingNumbering();
  private readonly tableAt: Map<number, TableCorrection>;
  private readonly quoteRanges: [number, number][];
  private readonly flow: ParagraphFlow;

  constructor(
    lines: Line[],
    private readonly info: DocumentInfo,
    private readonly c: Corrections,
  ) {
    const byNo = new Map(lines.map((l) => [l.no, l]));
    this.lines = applyMoves(lines, c.moves);
    this.wrapped = info.layout === 'wrapped';
    this.isFurniture = furnitureTest(c, this.wrapped);
    this.headingFixes = new HeadingFixes(c.headings);
    this.tableAt = new Map((c.tables ?? []).map((t) => [t.from, t]));
    this.quoteRanges = [...(c.quotes ?? []), ...detectQuotes(this.lines, this.wrapped)];
    this.flow = new ParagraphFlow({
      lines: this.lines,
      wrapped: this.wrapped,
      output: this.output,
      paragraphStarts: c.paragraphStarts ?? [],
      lineAt: (no) => byNo.get(no)!,
      nextTextLine: (index) => this.nextTextLine(index),
      isHeadingCandidate: (line) => isHeadingCandidate(line, this.headingFixes),
    });
  }

  /** Read all lines: the blocks in reading order, the source lines of each, the lines left out. */
  build(): Pick<ConversionOutput, 'blocks' | 'sourceLines' | 'droppedLines'> {
    let i = 0;
    while (i < this.lines.length) {
      const line = this.lines[i]!;
      this.emitBefore(line.no);
      const table = this.tableAt.get(line.no);
      if (table) {
        this.flow.flush();
        this.pushTable(table);
        i = this.lines.findIndex((l) => l.no === table.to) + 1;
        continue;
      }
      i += this.consume(line, i);
    }
    this.flow.flush();
    const { sourceLines, droppedLines } = this.output;
    return { blocks: dropDuplicateHeadings(this.output.blocks, sourceLines, droppedLines), sourceLines, droppedLines };
  }

  /** Handle the line at position `index`; returns how many lines were used. */
  private consume(line: Line, index: number): number {
    if (this.isFurniture(line)) {
      this.output.droppedLines.push(line.no);
      return 1;
    }
    if (line.trimmed === '') {
      this.flow.blank(index);
      return 1;
    }
    const quote = this.quoteRanges.find(([from]) => from === line.no);
    if (quote) {
      const { text, used } = readQuote(this.lines, quote, this.wrapped);
      const block: Block = { kind: 'quote', id: this.output.uniqueId(`q-${line.no}`), lines: [quote[0], quote[1]], text };
      this.output.sourceLines.set(block.id, used);
      this.flow.interject(block);
      return quote[1] - quote[0] + 1;
    }
    const fix = this.headingFixes.at(line.no);
    if (fix) {
      // A heading printed after its text was already emitted at its place.
      if (fix.before === undefined) {
        this.flow.flush();
        this.pushHeading(this.headingFixes.linesOf(line.no, this.lines), fix.level);
      }
      return fix.to - line.no + 1;
    }
    const heading = detectHeading(line, index, {
      lines: this.lines,
      wrapped: this.wrapped,
      notHeadings: this.c.notHeadings ?? [],
      numbering: this.numbering,
      paragraph: this.flow.openParagraph,
      listItem: this.flow.openItem,
      nextTextLine: (from) => this.nextTextLine(from),
    });
    if (heading) {
      this.flow.flush();
      this.pushHeading(heading.lines, heading.level);
      return heading.lines.length;
    }
    this.flow.addText(line, index);
    return 1;
  }

  /** Emit the headings that the corrections place before line `no`. */
  private emitBefore(no: number): void {
    for (const s of this.c.suppliedHeadings ?? []) {
      if (s.before === no) {
        this.flow.flush();
        this.pushHeadingBlock(s.text, s.level, [no, no], [], true);
      }
    }
    for (const headingLine of this.headingFixes.movedBefore(no)) {
      this.flow.flush();
      this.pushHeading(this.headingFixes.linesOf(headingLine, this.lines), this.headingFixes.at(headingLine)!.level);
    }
  }

  /** The next line of running text after position `index`: furniture, quotes and moved headings are passed over. */
  private nextTextLine(index: number): Line | undefined {
    return nextTextLine(
      this.lines,
      index,
      (l) => this.isFurniture(l) || this.headingFixes.isMovedHeadingLine(l.no) || inRanges(l.no, this.quoteRanges),
    );
  }

  private pushHeading(lines: Line[], level: HeadingLevel): void {
    this.pushHeadingBlock(headingText(lines), level, [lines[0]!.no, lines.at(-1)!.no], lines.map((l) => l.no), false);
  }

  private pushHeadingBlock(text: string, level: HeadingLevel, range: [number, number], used: number[], supplied: boolean): void {
    const block = headingBlock(this.output.uniqueId(slugify(text) || `h-${range[0]}`), text, level, range, supplied);
    this.output.add(block, used);
    this.numbering.note(block);
  }

  private pushTable(t: TableCorrection): void {
    const { header, rows, caption, used, dropped } = readTable(t, this.lines, this.isFurniture, this.info.id);
    this.output.droppedLines.push(...dropped);
    const id = this.output.uniqueId(`t-${t.from}`);
    this.output.add({ kind: 'table', id, lines: [t.from, t.to], header, rows, ...(caption !== undefined ? { caption } : {}) }, used);
  }
}
