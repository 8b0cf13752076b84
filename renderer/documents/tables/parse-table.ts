/**
 * A table block of the document model as typed data: column headers, row labels, and every
 * cell read as a figure (Dutch notation), a placeholder ("pm", "x", "-", "n.t.b."), text,
 * or a figure-like cell that is not valid notation. Also the unit printed for the whole table
 * ("Bedragen x € 1.000"). Knows nothing of particular documents; the printed text of every
 * cell is kept next to its reading.
 */
import type { TableBlock } from '../model';
import { readDutchFigure, type DutchFigure } from '../numbers';

/** One cell as read. `text` is always the cell exactly as printed. */
export type TableValue =
  | { kind: 'empty'; text: string }
  | ({ kind: 'number'; text: string } & DutchFigure)
  | { kind: 'placeholder'; text: string }
  | { kind: 'malformed'; text: string; reason: string }
  | { kind: 'text'; text: string };

/** The unit printed once for a table. */
export interface TableUnit {
  /** As printed, e.g. "(Bedragen x e 1.000)". */
  text: string;
  currency: 'EUR';
  /** What a printed 1 is worth: 1000 for "x € 1.000". */
  multiplier: number;
}

/** One row: its printed label and its cells as read. */
export interface ParsedRow {
  /** Index in the block's rows. */
  index: number;
  label: string;
  values: TableValue[];
}

/** A table as data. */
export interface ParsedTable {
  blockId: string;
  /** The header of the label column ("" when none). */
  labelHeader: string;
  /** One header per value column; "" where the table prints none. */
  columns: string[];
  rows: ParsedRow[];
  unit?: TableUnit;
}

const PLACEHOLDER = /^(?:pm|p\.m\.|x|-|–|−|n\.t\.b\.|nvt|n\.v\.t\.)$/i;
const UNIT = /bedragen\s*(?:x|×)\s*(?:€|e|eur|euro)\s*(\d{1,3}(?:\.\d{3})*)/i;

/** Reads one cell. */
export function parseCell(text: string): TableValue {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty', text };
  if (PLACEHOLDER.test(trimmed)) return { kind: 'placeholder', text };
  const reading = readDutchFigure(trimmed);
  if (reading === undefined) return { kind: 'text', text };
  if (!reading.ok) return { kind: 'malformed', text, reason: reading.reason };
  return { kind: 'number', text, ...reading.figure };
}

/**
 * The unit stated in `text` ("Bedragen x € 1.000", also "(Bedragen x e 1.000)" where the €
 * was extracted as "e"), or undefined.
 */
export function findUnit(text: string): TableUnit | undefined {
  const match = UNIT.exec(text);
  if (!match) return undefined;
  return { text: text.trim(), currency: 'EUR', multiplier: Number(match[1]!.replace(/\./g, '')) };
}

/**
 * Parses a table block. `nearbyText`: text printed just before the table (a paragraph stating
 * the unit), looked at when the block has no caption stating one.
 */
export function parseTable(block: TableBlock, nearbyText?: string): ParsedTable {
  const columnCount = Math.max(block.header.length - 1, ...block.rows.map((row) => row.cells.length), 0);
  const columns = Array.from({ length: columnCount }, (_, i) => block.header[i + 1] ?? '');
  const rows = block.rows.map((row, index) => ({
    index,
    label: row.label,
    values: Array.from({ length: columnCount }, (_, i) => parseCell(row.cells[i] ?? '')),
  }));
  demoteLoneMalformed(rows, columnCount);
  const unit =
    (block.caption !== undefined ? findUnit(block.caption) : undefined) ??
    (block.header[0] !== undefined ? findUnit(block.header[0]) : undefined) ??
    (nearbyText !== undefined ? findUnit(nearbyText) : undefined);
  return { blockId: block.id, labelHeader: block.header[0] ?? '', columns, rows, ...(unit ? { unit } : {}) };
}

/**
 * A figure-like cell is only a misprint among figures: in a column that is not mostly figures
 * ("0.1", "1.2": taakveld codes) such cells are text, so they are never reported.
 */
function demoteLoneMalformed(rows: ParsedRow[], columnCount: number): void {
  for (let c = 0; c < columnCount; c++) {
    const kinds = rows.map((row) => row.values[c]!.kind);
    const numbers = kinds.filter((k) => k === 'number').length;
    const malformed = kinds.filter((k) => k === 'malformed').length;
    if (malformed === 0 || (numbers >= 2 && numbers > malformed)) continue;
    for (const row of rows) if (row.values[c]!.kind === 'malformed') row.values[c] = { kind: 'text', text: row.values[c]!.text };
  }
}

/** The printed name of a value column: its header, or "kolom n" when the table prints none. */
export function columnName(table: ParsedTable, column: number): string {
  return table.columns[column] || `kolom ${column + 1}`;
}
