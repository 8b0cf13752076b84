/**
 * The per-document correction file: what a griffie member writes next to a raw text when
 * the converter's heuristics cannot recover its structure. A correction only says where
 * structure is (a heading, a table, a quote, furniture); it never rewrites the text. The
 * one exception, a heading that the source lacks, is marked as supplied and shown as such.
 *
 * All line numbers are 1-based line numbers of the raw text file. Because they only make
 * sense for one version of the text, a correction file names the version it was written
 * for and the converter refuses a file written for another version.
 */

/** A source line that is a heading. */
export interface HeadingCorrection {
  line: number;
  /** The last line of a heading printed over several lines. */
  to?: number;
  /** 2 = chapter, 3 = section, 4 = subsection. */
  level: 2 | 3 | 4;
  /** The heading was printed after its text: show it before this line instead. */
  before?: number;
}

/** A heading the source lacks; shown before `before`, marked as supplied by the griffie. */
export interface SuppliedHeading {
  before: number;
  level: 2 | 3 | 4;
  text: string;
}

/** A table of figures set as runs of spaces or tabs. */
export interface TableCorrection {
  /** First and last line of the table (inclusive). */
  from: number;
  to: number;
  /** The line holding the header, split into its cells. The cells must spell the line. */
  headerLine?: number;
  header?: string[];
  /** A line printed once for the whole table, such as "(Bedragen x € 1.000)". */
  captionLine?: number;
  /**
   * For tables whose rows are one per line: the number of value columns. Each row's last
   * `columns` values become its cells (right-aligned, as printed); the rest is its label.
   */
  columns?: number;
  /**
   * For tables whose layout was lost (columns printed one after another): the rows spelled
   * out, first cell the label. Together they must hold exactly the words of the lines.
   */
  rows?: string[][];
}

export interface Corrections {
  /** The version (hash) of the raw text this file was written for. */
  version: string;
  /** Exact line texts (trimmed) that are page furniture wherever they occur. */
  furniture?: string[];
  /** Line ranges [from, to] left out: furniture, a duplicated title. */
  drop?: [number, number][];
  headings?: HeadingCorrection[];
  suppliedHeadings?: SuppliedHeading[];
  /** Lines the heuristics would take for a heading but that are text. */
  notHeadings?: number[];
  /** Line ranges [from, to] that are a pull quote. */
  quotes?: [number, number][];
  /**
   * Text boxes printed in the middle of another text (an ambition box inside a paragraph
   * that runs on after it): lines [from, to] are read after line `after` instead.
   */
  moves?: { from: number; to: number; after: number }[];
  /** Lines that start a new paragraph although the layout does not show it. */
  paragraphStarts?: number[];
  tables?: TableCorrection[];
}
