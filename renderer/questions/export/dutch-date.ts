/** Dates as Dutch readers write them, from the ISO dates the app stores. */

import { onFirstUse } from '../../locale/on-first-use';

const longFormat = onFirstUse(
  () => new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** "donderdag 12 maart 2026" from "2026-03-12"; the input as given when it is no date. */
export function formatDutchDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : longFormat().format(date);
}
