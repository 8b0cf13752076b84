/**
 * A question list as CSV for the griffie's own lists, the way Dutch spreadsheets read it:
 * separator ';', RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order mark (so Excel
 * shows ë and € right). One row per question. No cell starts like a formula.
 */
import { sectionPathLabel } from '../passage-reference';
import type { ExportQuestion, QuestionExport } from './export-model';
import { csvSafeCell } from './safe-text';

/** The column separator Dutch spreadsheets expect (the comma is the decimal sign). */
export const CSV_SEPARATOR = ';';

const COLUMNS: [header: string, value: (q: ExportQuestion, exported: QuestionExport) => string][] = [
  ['Nummer', (q) => String(q.number)],
  ['Soort', (q) => q.kind],
  ['Agendapunt', (q) => q.agendaItem ?? ''],
  ['Vraag', (q) => q.question],
  ['Toelichting', (q) => q.toelichting],
  ['Document', (q) => q.reference?.documentTitle ?? ''],
  ['Onderdeel', (q) => (q.reference ? (sectionPathLabel(q.reference) ?? '') : '')],
  ['Alinea', (q) => (q.reference && q.reference.paragraphNumber > 0 ? String(q.reference.paragraphNumber) : '')],
  ['Citaat', (q) => q.reference?.quote ?? ''],
  ['Gericht aan', (q) => q.addressedTo ?? ''],
  ['Prioriteit', (q) => q.priority],
  ['Status', (q) => q.status],
  ['Antwoord', (q) => q.answer ?? ''],
  ['Raadslid', (_q, e) => e.raadslid],
  ['Fractie', (_q, e) => e.fractie],
  ['Vergadering', (_q, e) => e.meetingName],
  ['Datum', (_q, e) => e.date],
];

/** One CSV field: never read as a formula (see `csvSafeCell`), quoted when it must be. */
export function csvField(value: string): string {
  const safe = csvSafeCell(value);
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole list as CSV text, starting with the byte order mark. */
export function buildCsv(exported: QuestionExport): string {
  const rows = [COLUMNS.map(([header]) => header), ...exported.questions.map((q) => COLUMNS.map(([, value]) => value(q, exported)))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}
