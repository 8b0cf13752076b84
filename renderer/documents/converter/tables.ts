/**
 * Tables of figures: reads a table the corrections mark out — its header, caption and rows,
 * either split from one line per row or spelled out in the correction — and checks that the
 * correction holds exactly the words of the text.
 */
import type { TableCorrection } from '../corrections';
import type { TableRow } from '../model';
import { isTableValueToken } from '../numbers';
import { CorrectionsMismatchError } from './errors';
import type { Line } from './lines';

/** What a table's lines hold, ready to become a table block. */
export interface TableContent {
  header: string[];
  rows: TableRow[];
  caption?: string;
  /** The line numbers read into the table. */
  used: number[];
  /** Furniture lines inside the table's range, left out. */
  dropped: number[];
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function sameWords(a: string[], b: string[]): boolean {
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.length === sortedB.length && sortedA.every((w, i) => w === sortedB[i]);
}

/** Split a table line into its label and its last `columns` values, as printed. */
export function splitRow(line: string, columns: number): TableRow {
  const tokens = words(line);
  const cells: string[] = [];
  let k = tokens.length - 1;
  while (k >= 0 && cells.length < columns && isTableValueToken(tokens[k]!)) {
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

/**
 * Read the table that `t` marks out in `lines`. Throws CorrectionsMismatchError when the
 * correction's header or rows hold other words than the text (`documentId` names it).
 */
export function readTable(
  t: TableCorrection,
  lines: readonly Line[],
  isFurniture: (line: Line) => boolean,
  documentId: string,
): TableContent {
  const rangeLines = lines.filter((l) => l.no >= t.from && l.no <= t.to);
  const content = rangeLines.filter((l) => l.trimmed !== '' && !isFurniture(l));
  const dropped = rangeLines.filter((l) => l.trimmed !== '' && isFurniture(l)).map((l) => l.no);
  const headerLine = content.find((l) => l.no === t.headerLine);
  const captionLine = content.find((l) => l.no === t.captionLine);
  const header = t.header ?? [];
  if (headerLine && !sameWords(words(header.join(' ')), words(headerLine.trimmed))) {
    throw new CorrectionsMismatchError(`Tabelkop op regel ${t.headerLine} van ${documentId} wijkt af van de tekst.`);
  }
  const bodyLines = content.filter((l) => l !== headerLine && l !== captionLine);
  let rows: TableRow[];
  if (t.rows) {
    rows = t.rows.map(([label = '', ...cells]) => ({ label, cells }));
    const written = words(t.rows.flat().join(' '));
    if (!sameWords(written, words(bodyLines.map((l) => l.trimmed).join(' ')))) {
      throw new CorrectionsMismatchError(`De tabelrijen van regel ${t.from}–${t.to} van ${documentId} bevatten andere woorden dan de tekst.`);
    }
  } else {
    const columns = t.columns ?? Math.max(0, header.length - 1);
    rows = bodyLines.map((l) => splitRow(l.trimmed, columns));
  }
  return { header, rows, ...(captionLine ? { caption: captionLine.trimmed } : {}), used: content.map((l) => l.no), dropped };
}
