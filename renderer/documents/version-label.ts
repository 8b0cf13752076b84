/**
 * A document's version as a reader understands it: the day its text was taken into the app
 * ("versie van 22 november 2026"). The hash that identifies the text exactly is for support
 * and stays in Over Leestafel.
 */
import type { DocumentInfo } from './model';

let dayFormat: Intl.DateTimeFormat | undefined;

/** "22 november 2026" from "2026-11-22"; the input as given when it is no date. */
export function formatVersionDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  dayFormat ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(date);
}

/** "versie van 22 november 2026". */
export function versionLabel(info: Pick<DocumentInfo, 'versionDate'>): string {
  return `versie van ${formatVersionDate(info.versionDate)}`;
}
