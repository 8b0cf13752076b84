/**
 * Makes a reservekopie file from the records of every table: the header (format, versions,
 * date, counts, checksum) followed by the tables, as compact JSON text. Pure: the records
 * come from the service, the versions and the date from the caller.
 */
import { canonicalJson, sha256Hex } from './checksum';
import { FORMAT_NAME, FORMAT_VERSION, countTables, type Reservekopie, type ReservekopieHeader, type ReservekopieTables } from './format';

/** Who wrote the file and when. */
export interface BuildOptions {
  appVersion: string;
  schemaVersion: number;
  exportedAt: Date;
}

/**
 * The reservekopie of `tables`, and its text as it goes into the file. The tables are written
 * in their canonical form, so the text after `"tables":` is exactly what the checksum covers.
 */
export async function buildReservekopie(tables: ReservekopieTables, { appVersion, schemaVersion, exportedAt }: BuildOptions): Promise<{ reservekopie: Reservekopie; text: string }> {
  const tablesJson = canonicalJson(tables);
  // The header comes first so that someone opening the file sees what it is.
  const header: ReservekopieHeader = {
    format: FORMAT_NAME,
    formatVersion: `${FORMAT_VERSION.major}.${FORMAT_VERSION.minor}`,
    appVersion,
    schemaVersion,
    exportedAt: exportedAt.toISOString(),
    counts: countTables(tables),
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(tablesJson) },
  };
  return { reservekopie: { ...header, tables }, text: `${JSON.stringify(header).slice(0, -1)},"tables":${tablesJson}}` };
}
