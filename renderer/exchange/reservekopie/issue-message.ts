/**
 * Turns the first problem valibot found in a reservekopie into one plain Dutch sentence that
 * says where it is (which table, which record, which field) and what is wrong. Names taken
 * from the file are shortened and shown as text only.
 */
import type * as v from 'valibot';
import { TABLE_LABELS, type TableName } from './format';

const MAX_NAME_LENGTH = 60;

function quoted(name: unknown): string {
  const text = String(name);
  return `‘${text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH)}…` : text}’`;
}

function isTableName(name: unknown): name is TableName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(TABLE_LABELS, name);
}

const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  string: 'moet tekst zijn',
  number: 'moet een getal zijn',
  array: 'moet een lijst zijn',
  strict_object: 'moet een object zijn',
};

/** One Dutch sentence for a valibot issue found in a whole reservekopie file. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const last = issue.path?.at(-1);
  const unknown = issue.type === 'strict_object' && issue.expected === 'never';
  const missing = !unknown && issue.type === 'strict_object' && last?.origin === 'key';

  if (keys[0] === 'tables' && keys.length === 2) {
    if (unknown) return `De reservekopie bevat een onbekende tabel ${quoted(keys[1])}; deze versie van Leestafel Leusden kan die niet terugzetten.`;
    if (missing) return `De tabel ${quoted(keys[1])} ontbreekt in de reservekopie.`;
    return `De tabel ${quoted(keys[1])} moet een lijst zijn.`;
  }

  let where = 'In de reservekopie';
  let field = keys;
  if (keys[0] === 'tables' && keys.length >= 3 && isTableName(keys[1])) {
    const label = TABLE_LABELS[keys[1]];
    where = `In ${label.article} ${Number(keys[2]) + 1}e ${label.one} van de reservekopie`;
    field = keys.slice(3);
  }
  if (field.length === 0) return `${where}: dit is geen geldig record.`;
  const name = quoted(field.join('.'));
  if (unknown) return `${where}: het veld ${name} is onbekend; deze versie van Leestafel Leusden kan het niet terugzetten.`;
  if (missing) return `${where}: het veld ${name} ontbreekt.`;
  return `${where}: het veld ${name} ${EXPECTED_TYPES[issue.type] ?? 'heeft een ongeldige waarde'}.`;
}
