/**
 * The structured document model: what the converter produces from a raw council text and
 * what the reader renders. Plain data (JSON-serialisable) so it can be built at build time,
 * shipped as a file and loaded without conversion at run time.
 */

export type DocumentKind = 'kadernota' | 'begroting' | 'beleidskader' | 'achtergrond';

/** Source line range of a block, 1-based and inclusive, in the raw text file. */
export type LineRange = [start: number, end: number];

interface BlockBase {
  /** Stable id, unique within the document; used for deep links and annotation hints. */
  id: string;
  lines: LineRange;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 2–4: the document title is the page's h1, chapters are h2. */
  level: 2 | 3 | 4;
  /** The document's own number of the section, e.g. "3.1" or "3.01", when it has one. */
  number?: string;
  text: string;
  /** The source lacks this heading; the griffie supplied it in the correction file. */
  supplied?: boolean;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  text: string;
}

export interface QuoteBlock extends BlockBase {
  kind: 'quote';
  text: string;
}

export interface ListBlock extends BlockBase {
  kind: 'list';
  ordered: boolean;
  /** The printed number of the first item of an ordered list, when it is not 1. */
  start?: number;
  /** Item texts; a line break separates an item's title from its description. */
  items: string[];
}

export interface TableRow {
  /** The row label as printed (may be empty for a totals row). */
  label: string;
  /** Every cell exactly as printed, in column order after the label. */
  cells: string[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** Header cells; the first names the label column (may be empty). */
  header: string[];
  rows: TableRow[];
  /** A unit printed once for the whole table, e.g. "Bedragen x € 1.000". */
  caption?: string;
}

export type Block = HeadingBlock | ParagraphBlock | QuoteBlock | ListBlock | TableBlock;

/** One entry of the table of contents, built from the heading blocks. */
export interface TocEntry {
  id: string;
  level: 2 | 3 | 4;
  number?: string;
  text: string;
  children: TocEntry[];
}

/** A manifest entry: what the app knows about a bundled document before loading it. */
export interface DocumentInfo {
  id: string;
  /** The raw text file in resources/documents/. */
  file: string;
  title: string;
  kind: DocumentKind;
  /** The year or years the document covers, as shown to the user (e.g. "2023–2026"). */
  years: string;
  /** One line on where the text comes from. */
  source: string;
  /** How the text was extracted: a PDF with hard-wrapped lines, or a web page with a line per paragraph. */
  layout: 'wrapped' | 'lines';
  /**
   * The day this version of the text was taken into the app (yyyy-mm-dd): how a reader tells
   * versions apart. A new text gets a new date (tests/unit/documents/version-dates.test.ts
   * pins each date to its text's hash).
   */
  versionDate: string;
}

export interface DocumentModel extends DocumentInfo {
  /** Short hash of the raw text: identifies this version of the document. */
  version: string;
  blocks: Block[];
  toc: TocEntry[];
}

/** The text of a block as one string (list items and table cells joined), for search and anchoring. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'list':
      return block.ordered
        ? block.items.map((item, i) => `${(block.start ?? 1) + i}. ${item}`).join('\n')
        : block.items.join('\n');
    case 'table':
      return [block.caption ?? '', block.header.join('\t'), ...block.rows.map((r) => [r.label, ...r.cells].join('\t'))]
        .filter((line) => line !== '')
        .join('\n');
  }
}
