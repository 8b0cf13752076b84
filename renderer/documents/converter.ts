/**
 * The converter: turns a raw council text, as extracted from its PDF or web page, into the
 * structured document model. It fixes layout only — reflows hard-wrapped lines, undoes
 * line-end hyphenation, recognises headings, lists, quotes and tables, and leaves out page
 * furniture — and never changes a word or a figure. Every block records the source lines
 * it was made from, so a test can prove that nothing was lost or altered.
 *
 * Pure TypeScript without DOM or Node APIs: it runs at build time and in the app.
 */
import type { Corrections, TableCorrection } from './corrections';
import type { Block, DocumentInfo, DocumentModel, HeadingBlock, TableRow, TocEntry } from './model';
import { hashText } from './hash-text';

/** The result of a conversion: the model plus, per block, the source lines it used. */
export interface Conversion {
  model: DocumentModel;
  /** Block id → source line numbers, in the order the block used them. */
  sourceLines: Map<string, number[]>;
  /** Line numbers left out as furniture. */
  droppedLines: number[];
}

export class CorrectionsMismatchError extends Error {}

interface Line {
  no: number;
  /** The line with non-breaking spaces made plain and trailing whitespace removed. */
  text: string;
  trimmed: string;
  indent: number;
}

// Furniture that every extraction of these sites and PDFs carries.
const BUILT_IN_FURNITURE: RegExp[] = [
  /^Terug naar navigatie - /,
  /^Pagina afdrukken$/,
  /^Hieronder bevindt zich een afdrukvoorbeeld van de door u gekozen pagina\.$/,
  // The text label of a progress bar on the online begroting's dashboard.
  /^-?[\d.,]+% Complete$/,
];
const PAGE_NUMBER = /^\d{1,3}$/;
const BULLET = /^([•·▪]|-(?= ))\s*/;
const NUMBERED_ITEM = /^(\d{1,2})\.\s+/;
const TERMINAL = /[.!?:;]$/;
const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'noch', 'als']);
const VALUE = /^(?:-?\d[\d.]*(?:,\d+)?%?|pm|x|-|n\.t\.b\.)$/;

/** Convert one raw text. Throws CorrectionsMismatchError when the corrections were written for another version. */
export function convertDocument(raw: string, info: DocumentInfo, corrections?: Corrections): Conversion {
  const version = hashText(raw);
  if (corrections && corrections.version !== version) {
    throw new CorrectionsMismatchError(
      `De correcties voor ${info.id} horen bij versie ${corrections.version}, de tekst is versie ${version}.`,
    );
  }
  const c: Corrections = corrections ?? { version };
  const lines = splitLines(raw);
  const builder = new BlockBuilder(lines, info, c);
  const blocks = builder.build();
  const model: DocumentModel = { ...info, version, blocks, toc: buildToc(blocks) };
  return { model, sourceLines: builder.sourceLines, droppedLines: builder.droppedLines };
}

function splitLines(raw: string): Line[] {
  return raw.split(/\r?\n/).map((original, i) => {
    const text = original.replace(/\u00a0/g, ' ').trimEnd();
    const trimmed = text.trim();
    return { no: i + 1, text, trimmed, indent: text.length - text.trimStart().length };
  });
}

function inRanges(no: number, ranges: [number, number][] | undefined): boolean {
  return (ranges ?? []).some(([from, to]) => no >= from && no <= to);
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

/** Heading text → id usable in a URL hash. */
function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Runs of spaces and tabs inside running text are layout, not content. */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function sameWords(a: string[], b: string[]): boolean {
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.length === sortedB.length && sortedA.every((w, i) => w === sortedB[i]);
}

type Pending = { kind: 'paragraph' | 'item'; text: string; lines: number[]; last: Line };

class BlockBuilder {
  readonly sourceLines = new Map<string, number[]>();
  readonly droppedLines: number[] = [];
  private readonly blocks: Block[] = [];
  private readonly byNo: Map<number, Line>;
  private readonly furniture: Set<string>;
  private readonly headingFix: Map<number, { level: 2 | 3 | 4; to: number; before?: number }>;
  private readonly movedHeadings: Map<number, number[]>;
  private readonly tableAt: Map<number, TableCorrection>;
  private readonly quoteRanges: [number, number][];
  private readonly wrapped: boolean;
  private readonly usedIds = new Set<string>();
  private chapter = 0;
  private numberedLevel: 1 | 2 | 3 = 1;
  private paragraph: Pending | null = null;
  private list: { ordered: boolean; start: number; items: Pending[] } | null = null;
  private floating: Block[] = [];

  constructor(
    private lines: Line[],
    private readonly info: DocumentInfo,
    private readonly c: Corrections,
  ) {
    this.byNo = new Map(lines.map((l) => [l.no, l]));
    for (const move of c.moves ?? []) {
      const moved = this.lines.filter((l) => l.no >= move.from && l.no <= move.to);
      const rest = this.lines.filter((l) => l.no < move.from || l.no > move.to);
      const at = rest.findIndex((l) => l.no === move.after) + 1;
      this.lines = [...rest.slice(0, at), ...moved, ...rest.slice(at)];
    }
    this.furniture = new Set(c.furniture ?? []);
    this.wrapped = info.layout === 'wrapped';
    this.headingFix = new Map((c.headings ?? []).map((h) => [h.line, { level: h.level, to: h.to ?? h.line, before: h.before }]));
    this.movedHeadings = new Map();
    for (const h of c.headings ?? []) {
      if (h.before !== undefined) this.movedHeadings.set(h.before, [...(this.movedHeadings.get(h.before) ?? []), h.line]);
    }
    this.tableAt = new Map((c.tables ?? []).map((t) => [t.from, t]));
    this.quoteRanges = [...(c.quotes ?? []), ...this.detectQuotes()];
  }

  build(): Block[] {
    let i = 0;
    while (i < this.lines.length) {
      const line = this.lines[i]!;
      this.emitBefore(line.no);
      const table = this.tableAt.get(line.no);
      if (table) {
        this.flush();
        this.pushTable(table);
        i = this.lines.findIndex((l) => l.no === table.to) + 1;
        continue;
      }
      i += this.consume(line, i);
    }
    this.flush();
    this.flushFloating();
    return this.dropDuplicateHeadings(this.blocks);
  }

  /** Handle one line; returns how many lines were used. */
  private consume(line: Line, index: number): number {
    if (this.isFurniture(line)) {
      this.droppedLines.push(line.no);
      return 1;
    }
    if (line.trimmed === '') {
      this.blank(index);
      return 1;
    }
    const quote = this.quoteRanges.find(([from]) => from === line.no);
    if (quote) {
      const quoteLines = this.lines.filter((l) => l.no >= quote[0] && l.no <= quote[1] && l.trimmed !== '');
      const block: Block = {
        kind: 'quote',
        id: this.uniqueId(`q-${line.no}`),
        lines: [quote[0], quote[1]],
        text: quoteLines.map((l) => l.trimmed).reduce((acc, t) => (this.wrapped ? joinWrapped(acc, t) : `${acc} ${t}`.trim()), ''),
      };
      this.sourceLines.set(block.id, quoteLines.map((l) => l.no));
      // A pull quote interrupts the paragraph it was printed in; show it after that paragraph.
      if (this.paragraph || this.list) this.floating.push(block);
      else this.blocks.push(block);
      return quote[1] - quote[0] + 1;
    }
    const fix = this.headingFix.get(line.no);
    if (fix) {
      // A heading printed after its text was already emitted at its place.
      if (fix.before === undefined) {
        this.flush();
        this.pushHeading(this.headingLines(line.no), fix.level);
      }
      return fix.to - line.no + 1;
    }
    const heading = this.detectHeading(line, index);
    if (heading) {
      this.flush();
      this.pushHeading(heading.lines, heading.level);
      return heading.lines.length;
    }
    this.addText(line, index);
    return 1;
  }

  private isFurniture(line: Line): boolean {
    if (inRanges(line.no, this.c.drop)) return true;
    if (line.trimmed === '') return false;
    if (this.furniture.has(line.trimmed)) return true;
    if (BUILT_IN_FURNITURE.some((re) => re.test(line.trimmed))) return true;
    return this.wrapped && PAGE_NUMBER.test(line.trimmed);
  }

  private emitBefore(no: number): void {
    for (const s of this.c.suppliedHeadings ?? []) {
      if (s.before === no) {
        this.flush();
        this.pushHeadingText(s.text, s.level, [no, no], [], true);
      }
    }
    for (const headingLine of this.movedHeadings.get(no) ?? []) {
      this.flush();
      this.pushHeading(this.headingLines(headingLine), this.headingFix.get(headingLine)!.level);
    }
  }

  private headingLines(first: number): Line[] {
    const to = this.headingFix.get(first)!.to;
    return this.lines.filter((l) => l.no >= first && l.no <= to && l.trimmed !== '');
  }

  private isMovedHeadingLine(no: number): boolean {
    for (const [first, fix] of this.headingFix) if (fix.before !== undefined && no >= first && no <= fix.to) return true;
    return false;
  }

  private nextTextLine(index: number, maxBlank = Infinity): Line | undefined {
    let blanks = 0;
    for (let j = index + 1; j < this.lines.length; j++) {
      const l = this.lines[j]!;
      if (this.isFurniture(l) || this.isMovedHeadingLine(l.no) || inRanges(l.no, this.quoteRanges)) continue;
      if (l.trimmed === '') {
        if (++blanks > maxBlank) return undefined;
        continue;
      }
      return l;
    }
    return undefined;
  }

  private blank(index: number): void {
    if (!this.wrapped) {
      this.flush();
      return;
    }
    // In a PDF a blank line is often a page or column break inside a sentence.
    const open = this.list ? this.list.items[this.list.items.length - 1] : this.paragraph;
    const next = this.nextTextLine(index);
    if (!open || !next) return this.flush();
    if (this.continues(open, next)) return;
    this.flush();
  }

  private continues(open: Pending, next: Line): boolean {
    if ((this.c.paragraphStarts ?? []).includes(next.no) || this.isHeadingCandidate(next)) return false;
    const end = open.text;
    if (open.kind === 'item' && next.indent >= 2 && !BULLET.test(next.trimmed)) return true;
    // Bullets set apart by blank lines are still one list.
    if (BULLET.test(next.trimmed)) return open.kind === 'item';
    if (NUMBERED_ITEM.test(next.trimmed)) return false;
    if (/[,\-–/]$/.test(end)) return true;
    return !TERMINAL.test(end) && /^\p{Ll}/u.test(next.trimmed);
  }

  private addText(line: Line, index: number): void {
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
    if (openItem && this.wrapped && (line.indent >= 2 || this.continuesInline(openItem, line))) {
      this.append(openItem, line);
      return;
    }
    if (openItem && !this.wrapped && line.indent >= 2 && line.indent > openItem.last.indent) {
      // A web list item's description on its own line.
      openItem.text += `\n${line.trimmed}`;
      openItem.lines.push(line.no);
      openItem.last = line;
      return;
    }
    this.flushList();
    if (this.paragraph && this.wrapped && !this.startsNewParagraph(this.paragraph, line)) {
      this.append(this.paragraph, line);
      return;
    }
    this.flushParagraph();
    this.paragraph = { kind: 'paragraph', text: line.trimmed, lines: [line.no], last: line };
  }

  private continuesInline(item: Pending, line: Line): boolean {
    return !TERMINAL.test(item.text) && /^\p{Ll}/u.test(line.trimmed);
  }

  private append(target: Pending, line: Line): void {
    target.text = joinWrapped(target.text, line.trimmed);
    target.lines.push(line.no);
    target.last = line;
  }

  /** In a PDF, a short line ending a sentence, followed by a new sentence, ends its paragraph. */
  private startsNewParagraph(open: Pending, line: Line): boolean {
    if ((this.c.paragraphStarts ?? []).includes(line.no)) return true;
    if (!/^[\p{Lu}\d‘“'"(]/u.test(line.trimmed)) return false;
    const previous = open.last.trimmed;
    // "1. We bieden … volwassenen" + "Dit doen we door …": a numbered commitment's title ends
    // where an unpunctuated line is followed by a capital.
    // (A single capitalised word, such as "Domein", still belongs to the title.)
    if (NUMBERED_ITEM.test(open.text) && !/[.!?:;,\-–]$/.test(open.text) && /^\p{Lu}\S*\s/u.test(line.trimmed)) return true;
    const width = Math.max(...open.lines.map((no) => this.byNo.get(no)!.trimmed.length), 40);
    return TERMINAL.test(previous) && previous.length < width * 0.62;
  }

  private isNumberedListItem(index: number): boolean {
    if (!this.wrapped) return true;
    // In the PDF, numbered commitments ("1. We bieden …") are titled paragraphs unless
    // their continuation is indented like a list.
    const next = this.lines[index + 1];
    return next !== undefined && next.indent >= 2 && next.trimmed !== '';
  }

  private isHeadingCandidate(line: Line): boolean {
    if (this.headingFix.has(line.no)) return true;
    return /^\d\.\d{1,2}\s+\S/.test(line.trimmed) && line.trimmed.length < 70 && !line.trimmed.includes('\t');
  }

  private detectHeading(line: Line, index: number): { lines: Line[]; level: 2 | 3 | 4 } | null {
    if ((this.c.notHeadings ?? []).includes(line.no)) return null;
    const t = line.trimmed;
    const next = this.lines[index + 1];
    const nextText = this.nextTextLine(index);
    if (!this.wrapped) {
      if (/^Terug naar navigatie - /.test(next?.trimmed ?? '') || /^Terug naar navigatie - /.test(this.lines[index + 2]?.trimmed ?? '')) {
        return { lines: [line], level: /^\d\.\d{2}\s/.test(t) ? 3 : 2 };
      }
      if (this.paragraph || BULLET.test(t) || NUMBERED_ITEM.test(t) || t.length > 70 || /[.;:,]$/.test(t)) return null;
      if (/^[‘'"“]/.test(t)) return null;
      if (!nextText) return null;
      return { lines: [line], level: /^\d\.\d{1,2}\s/.test(t) ? 3 : 2 };
    }
    // Wrapped layout (PDF).
    const chapter = /^(\d)\.\s+(\S.*)$/.exec(t);
    if (chapter && Number(chapter[1]) === this.chapter + 1 && t.length <= 30 && (next?.trimmed ?? '') === '') {
      return { lines: [line], level: 2 };
    }
    if (/^\d\.\d{1,2}\s+\S/.test(t) && t.length < 70 && !t.includes('\t') && !/[.;,]$/.test(t)) {
      return { lines: [line], level: 3 };
    }
    const paragraphOpen = this.paragraph !== null || this.list !== null;
    const atStart = !paragraphOpen || TERMINAL.test((this.paragraph ?? this.list?.items.at(-1))?.text ?? '');
    if (!atStart || t.length > 50 || /[.;:,!?]$/.test(t)) return null;
    if (NUMBERED_ITEM.test(t)) return null;
    if (BULLET.test(t)) {
      // "• Preventie" over an unindented paragraph: a bulleted subheading, not a list.
      const isTitle = next !== undefined && next.trimmed !== '' && next.indent === 0 && !BULLET.test(next.trimmed) && !/[.;:,]$/.test(t);
      return isTitle ? { lines: [line], level: (this.numberedLevel + 1) as 2 | 3 | 4 } : null;
    }
    if (!/^\p{Lu}/u.test(t)) return null;
    if (!nextText || !/^\p{Lu}/u.test(nextText.trimmed) || nextText.trimmed.length <= t.length) return null;
    if (next && next.trimmed !== '' && next.trimmed.length < 30) return null;
    return { lines: [line], level: (this.numberedLevel + 1) as 2 | 3 | 4 };
  }

  private pushHeading(lines: Line[], level: 2 | 3 | 4): void {
    const text = lines.map((l) => l.trimmed).join(' ').replace(/\s+/g, ' ').replace(BULLET, '');
    this.pushHeadingText(text, level, [lines[0]!.no, lines.at(-1)!.no], lines.map((l) => l.no), false);
  }

  private pushHeadingText(text: string, level: 2 | 3 | 4, range: [number, number], used: number[], supplied: boolean): void {
    const numberMatch = /^(\d+(?:\.\d+)*)\.?\s+/.exec(text);
    const block: HeadingBlock = {
      kind: 'heading',
      id: this.uniqueId(slugify(text) || `h-${range[0]}`),
      lines: range,
      level,
      text,
      ...(numberMatch ? { number: numberMatch[1] } : {}),
      ...(supplied ? { supplied: true } : {}),
    };
    this.sourceLines.set(block.id, used);
    this.blocks.push(block);
    // Unnumbered headings that follow sit one level below the last numbered one.
    if (numberMatch && level === 2) this.chapter = Number(numberMatch[1]);
    if (numberMatch && level !== 4) this.numberedLevel = level;
  }

  private pushTable(t: TableCorrection): void {
    const rangeLines = this.lines.filter((l) => l.no >= t.from && l.no <= t.to);
    const content = rangeLines.filter((l) => l.trimmed !== '' && !this.isFurniture(l));
    for (const l of rangeLines) if (l.trimmed !== '' && this.isFurniture(l)) this.droppedLines.push(l.no);
    const headerLine = content.find((l) => l.no === t.headerLine);
    const captionLine = content.find((l) => l.no === t.captionLine);
    const header = t.header ?? [];
    if (headerLine && !sameWords(words(header.join(' ')), words(headerLine.trimmed))) {
      throw new CorrectionsMismatchError(`Tabelkop op regel ${t.headerLine} van ${this.info.id} wijkt af van de tekst.`);
    }
    const bodyLines = content.filter((l) => l !== headerLine && l !== captionLine);
    let rows: TableRow[];
    if (t.rows) {
      rows = t.rows.map(([label = '', ...cells]) => ({ label, cells }));
      const written = words(t.rows.flat().join(' '));
      if (!sameWords(written, words(bodyLines.map((l) => l.trimmed).join(' ')))) {
        throw new CorrectionsMismatchError(`De tabelrijen van regel ${t.from}–${t.to} van ${this.info.id} bevatten andere woorden dan de tekst.`);
      }
    } else {
      const columns = t.columns ?? Math.max(0, header.length - 1);
      rows = bodyLines.map((l) => splitRow(l.trimmed, columns));
    }
    const block: Block = {
      kind: 'table',
      id: this.uniqueId(`t-${t.from}`),
      lines: [t.from, t.to],
      header,
      rows,
      ...(captionLine ? { caption: captionLine.trimmed } : {}),
    };
    this.sourceLines.set(block.id, content.map((l) => l.no));
    this.blocks.push(block);
  }

  private flush(): void {
    this.flushParagraph();
    this.flushList();
    this.flushFloating();
  }

  private flushParagraph(): void {
    const p = this.paragraph;
    if (!p) return;
    this.paragraph = null;
    const id = this.uniqueId(`p-${p.lines[0]}`);
    this.blocks.push({ kind: 'paragraph', id, lines: [p.lines[0]!, p.lines.at(-1)!], text: collapseSpaces(p.text) });
    this.sourceLines.set(id, p.lines);
    this.flushFloating();
  }

  private flushList(): void {
    const list = this.list;
    if (!list) return;
    this.list = null;
    const used = list.items.flatMap((item) => item.lines);
    const id = this.uniqueId(`l-${used[0]}`);
    this.blocks.push({
      kind: 'list',
      id,
      lines: [Math.min(...used), Math.max(...used)],
      ordered: list.ordered,
      ...(list.ordered && list.start !== 1 ? { start: list.start } : {}),
      items: list.items.map((item) => collapseSpaces(item.text)),
    });
    this.sourceLines.set(id, used);
    this.flushFloating();
  }

  private flushFloating(): void {
    if (this.paragraph || this.list) return;
    this.blocks.push(...this.floating);
    this.floating = [];
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  /** Pull quotes: lines between ‘ and ’ standing on their own, followed by a blank line. */
  private detectQuotes(): [number, number][] {
    const found: [number, number][] = [];
    for (let i = 0; i < this.lines.length; i++) {
      const first = this.lines[i]!;
      if (!/^[‘“]/.test(first.trimmed)) continue;
      // On a web page a pull quote is a line of its own; in a PDF it is a text box of a few
      // lines, starting a new box (blank line or indented) and closing at a line end.
      const standsAlone = this.wrapped ? first.indent > 0 || (this.lines[i - 1]?.trimmed ?? '') === '' : true;
      if (!standsAlone) continue;
      for (let j = i; j < Math.min(i + (this.wrapped ? 5 : 1), this.lines.length); j++) {
        const l = this.lines[j]!;
        if (l.trimmed === '') break;
        if (/[’”]$/.test(l.trimmed)) {
          found.push([first.no, l.no]);
          i = j;
          break;
        }
      }
    }
    return found;
  }

  /** A web page repeats a heading right under itself; keep the first. */
  private dropDuplicateHeadings(blocks: Block[]): Block[] {
    return blocks.filter((b, i) => {
      const prev = blocks[i - 1];
      if (b.kind === 'heading' && prev?.kind === 'heading' && prev.text === b.text) {
        this.droppedLines.push(...(this.sourceLines.get(b.id) ?? []));
        this.sourceLines.delete(b.id);
        return false;
      }
      return true;
    });
  }
}

/** Split a table line into its label and its last `columns` values, as printed. */
export function splitRow(line: string, columns: number): TableRow {
  const tokens = words(line);
  const cells: string[] = [];
  let k = tokens.length - 1;
  while (k >= 0 && cells.length < columns && VALUE.test(tokens[k]!)) {
    let cell = tokens[k]!;
    // "- 276": a minus sign set apart from its figure.
    if (/^\d/.test(cell) && tokens[k - 1] === '-') {
      cell = `- ${cell}`;
      k -= 1;
    }
    cells.unshift(cell);
    k -= 1;
  }
  while (cells.length < columns) cells.unshift('');
  return { label: tokens.slice(0, k + 1).join(' '), cells };
}

function buildToc(blocks: Block[]): TocEntry[] {
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
