/**
 * What the restore screen says about a reservekopie before anything is applied: when it was
 * made and how much it holds, e.g. "van 3 december 2026: 412 aantekeningen, 6 vergaderingen,
 * 58 vragen", and a line per table. Pure.
 */
import { onFirstUse } from '../../locale/on-first-use';
import { TABLE_LABELS, TABLE_NAMES, type ReservekopieHeader, type TableName } from './format';
import type { MergePlan } from './merge';

const numberFormat = onFirstUse(() => new Intl.NumberFormat('nl-NL'));
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** "412 aantekeningen", "1 vraag": a count with the Dutch name of a table's records. */
function describeCount(table: TableName, count: number): string {
  const label = TABLE_LABELS[table];
  return `${numberFormat().format(count)} ${count === 1 ? label.one : label.many}`;
}

/** The tables the headline names: what a raadslid counts as their work. */
const HEADLINE_TABLES: readonly TableName[] = ['annotations', 'meetings', 'questions'];

/** What a reservekopie holds, for the preview. */
export interface ReservekopiePreview {
  /** "van 3 december 2026: 412 aantekeningen, 6 vergaderingen, 58 vragen". */
  headline: string;
  /** One line per table, e.g. "14 agendapunten" (the facts about the database itself left out). */
  details: string[];
}

const SHARED_TABLES: ReadonlySet<string> = new Set(['imports', 'sharedQuestions']);

/** The preview of a reservekopie; dates are read in `timeZone` (the computer's own when not given). */
export function previewReservekopie(header: Pick<ReservekopieHeader, 'exportedAt' | 'counts'>, timeZone?: string): ReservekopiePreview {
  const date = dateFormat(timeZone).format(new Date(header.exportedAt));
  const counts = HEADLINE_TABLES.map((table) => describeCount(table, header.counts[table]));
  return {
    headline: `van ${date}: ${counts.join(', ')}`,
    // What fractie members shared is named only when there is some.
    details: TABLE_NAMES.filter((table) => table !== 'meta' && (header.counts[table] > 0 || !SHARED_TABLES.has(table))).map((table) =>
      describeCount(table, header.counts[table]),
    ),
  };
}

/** What a restore changed, in one Dutch sentence, e.g. "3 nieuw, 1 bijgewerkt, 408 al aanwezig" (meta left out). */
export function describeChanges(changes: MergePlan['changes']): string {
  const total = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const table of TABLE_NAMES) {
    if (table === 'meta') continue;
    total.added += changes[table].added;
    total.updated += changes[table].updated;
    total.unchanged += changes[table].unchanged;
    total.removed += changes[table].removed;
  }
  const n = (value: number) => numberFormat().format(value);
  const parts = [`${n(total.added)} nieuw`, `${n(total.updated)} bijgewerkt`];
  if (total.unchanged > 0) parts.push(`${n(total.unchanged)} al aanwezig of nieuwer`);
  if (total.removed > 0) parts.push(`${n(total.removed)} verwijderd`);
  return parts.join(', ');
}
