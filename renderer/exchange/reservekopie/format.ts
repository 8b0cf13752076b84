/**
 * The reservekopie file format: its name and version, the tables it holds (every table of
 * the app's database) and the shape of a whole file. A reservekopie is one JSON object:
 *
 *   { "format": "leestafel-reservekopie", "formatVersion": "1.0",
 *     "appVersion": "0.1.0", "schemaVersion": 4, "exportedAt": "2026-12-03T09:30:00.000Z",
 *     "counts": { "annotations": 412, … }, "checksum": { "algorithm": "SHA-256", "value": "…" },
 *     "tables": { "annotations": [ … ], "meetings": [ … ], … } }
 *
 * Versions: a new *major* version changes what existing fields mean and is refused by older
 * readers with a message; a new *minor* version only adds optional things. Readers are strict
 * (an unknown table or field is refused, never dropped), so a file of a newer minor version is
 * read as long as it does not use what it added.
 */
import type { Annotation } from '../../model/annotation';
import type { MetaRecord } from '../../model/database-meta';
import type { AgendaItem, Meeting, Question } from '../../model/question';
import type { ReadingPosition } from '../../model/reading-position';
import type { SettingRecord } from '../../model/settings';
import type { ImportRecord, SharedQuestion } from '../../model/shared';
import type { TrashEntry } from '../../model/trash';

/** The value of the file's `format` member: what tells a reservekopie from any other JSON. */
export const FORMAT_NAME = 'leestafel-reservekopie';

/** The format version this release writes, and the highest major version it reads. */
export const FORMAT_VERSION = { major: 1, minor: 1 } as const;

/** The largest file a restore reads (50 MB); the desktop's main process checks the same limit. */
export { MAX_RESERVEKOPIE_BYTES } from '../../../electron/contract';

/** The records of every table, as stored. */
export interface ReservekopieTables {
  annotations: Annotation[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  questions: Question[];
  settings: SettingRecord[];
  readingPositions: ReadingPosition[];
  trash: TrashEntry[];
  meta: MetaRecord[];
  /** Since format 1.1: the files imported from fractie members, and their question drafts (empty when read from a 1.0 file). */
  imports: ImportRecord[];
  sharedQuestions: SharedQuestion[];
}

/** The name of a table in a reservekopie (the same as in the database). */
export type TableName = keyof ReservekopieTables;

/** Every table, in the order files list them and the preview names them. */
export const TABLE_NAMES: readonly TableName[] = ['annotations', 'meetings', 'agendaItems', 'questions', 'settings', 'readingPositions', 'trash', 'meta', 'imports', 'sharedQuestions'];

/** The primary key of each table's records, as in renderer/db/database.ts. */
export const PRIMARY_KEYS = {
  annotations: 'id',
  meetings: 'id',
  agendaItems: 'id',
  questions: 'id',
  settings: 'key',
  readingPositions: 'documentId',
  trash: 'id',
  meta: 'key',
  imports: 'id',
  sharedQuestions: 'id',
} as const satisfies { [T in TableName]: keyof ReservekopieTables[T][number] };

/** The Dutch name of each table's records (article, singular, plural), for messages and the preview. */
export const TABLE_LABELS: { readonly [T in TableName]: { article: 'de' | 'het'; one: string; many: string } } = {
  annotations: { article: 'de', one: 'aantekening', many: 'aantekeningen' },
  meetings: { article: 'de', one: 'vergadering', many: 'vergaderingen' },
  agendaItems: { article: 'het', one: 'agendapunt', many: 'agendapunten' },
  questions: { article: 'de', one: 'vraag', many: 'vragen' },
  settings: { article: 'de', one: 'instelling', many: 'instellingen' },
  readingPositions: { article: 'de', one: 'leespositie', many: 'leesposities' },
  trash: { article: 'het', one: 'item in de Prullenbak', many: 'items in de Prullenbak' },
  meta: { article: 'het', one: 'gegeven over de database', many: 'gegevens over de database' },
  imports: { article: 'de', one: 'gedeelde set', many: 'gedeelde sets' },
  sharedQuestions: { article: 'de', one: 'vraag van een fractiegenoot', many: 'vragen van fractiegenoten' },
};

/** The number of records per table. */
export type TableCounts = { [T in TableName]: number };

/** Everything in a reservekopie file besides its tables. */
export interface ReservekopieHeader {
  format: typeof FORMAT_NAME;
  /** "major.minor", e.g. "1.0". */
  formatVersion: string;
  /** The version of the app that wrote the file (package.json's version). */
  appVersion: string;
  /** The database schema version of the app that wrote the file. */
  schemaVersion: number;
  /** When the file was made, as an ISO 8601 timestamp in UTC. */
  exportedAt: string;
  counts: TableCounts;
  /** SHA-256 (lowercase hex) of the UTF-8 bytes of canonicalJson(tables); see checksum.ts. */
  checksum: { algorithm: 'SHA-256'; value: string };
}

/** A whole reservekopie: the header followed by the tables. */
export interface Reservekopie extends ReservekopieHeader {
  tables: ReservekopieTables;
}

/** The number of records in each table. */
export function countTables(tables: ReservekopieTables): TableCounts {
  const counts = {} as TableCounts;
  for (const name of TABLE_NAMES) counts[name] = tables[name].length;
  return counts;
}

/** The file name for a reservekopie made on `date` (its local calendar day): leestafel-reservekopie-JJJJ-MM-DD.json. */
export function reservekopieFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${FORMAT_NAME}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
