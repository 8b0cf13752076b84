/**
 * The table layout of the Word export, as griffies use for technische vragen: per agendapunt
 * a heading and one table with the columns Nr, Vindplaats, Citaat, Vraag and Toelichting.
 * The header row repeats on every page the table runs over; the column widths are fixed and
 * fill the text width of a landscape A4 page with Word's default margins (five columns of
 * prose are too narrow on a portrait page: a vindplaats would break inside its words).
 */
import { HeadingLevel, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { ExportGroup, ExportQuestion } from './export-model';
import { lines } from './docx-runs';

/** The table's columns: header, width in twips (together 13958: landscape A4 minus 2 × 1440), and cell text. */
export const TABLE_COLUMNS: readonly [header: string, width: number, text: (q: ExportQuestion) => string][] = [
  ['Nr', 600, (q) => String(q.number)],
  ['Vindplaats', 3000, (q) => q.referenceLabel ?? ''],
  ['Citaat', 3600, (q) => (q.reference ? `“${q.reference.quote}”` : '')],
  ['Vraag', 4058, (q) => q.question],
  ['Toelichting', 2700, (q) => q.toelichting],
];

/** The page of the table layout: A4 (given upright; docx turns it), landscape. */
export const TABLE_PAGE = { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } as const;

const TABLE_WIDTH = TABLE_COLUMNS.reduce((sum, [, width]) => sum + width, 0);
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    children: [new Paragraph({ children: lines(text, { bold }) })],
  });
}

function groupTable(group: ExportGroup): Table {
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: TABLE_COLUMNS.map(([, width]) => width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: TABLE_COLUMNS.map(([header, width]) => cell(header, width, true)) }),
      ...group.questions.map((q) => new TableRow({ children: TABLE_COLUMNS.map(([, width, text]) => cell(text(q), width)) })),
    ],
  });
}

/** Per agendapunt its heading and its table, with a little space after each table. */
export function tableLayout(groups: readonly ExportGroup[]): (Paragraph | Table)[] {
  return groups.flatMap((group) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240 }, children: lines(group.heading) }),
    groupTable(group),
    new Paragraph({ children: [new TextRun({ text: '' })] }),
  ]);
}
