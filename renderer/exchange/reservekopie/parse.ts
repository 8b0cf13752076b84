/**
 * Reads a reservekopie file completely before anything is written: size, JSON, nesting depth,
 * format name and version, every record against its schema, the counts, duplicate keys and
 * the checksum. Pure: no database, no DOM. Every refusal is one plain Dutch sentence.
 *
 * JSON.parse makes `__proto__` an ordinary own key (it never changes a prototype), and the
 * strict schemas refuse any key they do not know, so such keys are refused, not used.
 */
import * as v from 'valibot';
import { nestsDeeperThan } from '../json-depth';
import { tablesChecksum } from './checksum';
import { FORMAT_NAME, FORMAT_VERSION, MAX_RESERVEKOPIE_BYTES, PRIMARY_KEYS, TABLE_LABELS, TABLE_NAMES, countTables, type Reservekopie } from './format';
import { describeIssue } from './issue-message';
import { reservekopieSchema } from './schema';

/** A read reservekopie, or why it was refused. */
export type ParsedReservekopie = { ok: true; reservekopie: Reservekopie } | { ok: false; message: string };

// A reservekopie nests about ten levels deep (file → tables → Prullenbak entry → records →
// annotation → target → quote); anything far deeper is not one, and is refused before parsing.
const MAX_DEPTH = 32;

const NOT_A_RESERVEKOPIE = 'Dit bestand is geen reservekopie van Leestafel Leusden.';

function refuse(message: string): ParsedReservekopie {
  return { ok: false, message };
}

/** The message for a file of `bytes` bytes that is too large to read, or undefined when it is not. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_RESERVEKOPIE_BYTES) return undefined;
  const megabytes = (size: number) => Math.ceil(size / (1024 * 1024));
  return `Dit bestand is te groot voor een reservekopie (${megabytes(bytes)} MB; de grens is ${megabytes(MAX_RESERVEKOPIE_BYTES)} MB).`;
}

function formatVersionProblem(version: unknown): string | undefined {
  const match = typeof version === 'string' ? /^(\d{1,4})\.(\d{1,4})$/.exec(version) : null;
  if (!match) return 'De formaatversie van dit bestand ontbreekt of is ongeldig; het is geen reservekopie die Leestafel Leusden kan lezen.';
  const major = Number(match[1]);
  if (major > FORMAT_VERSION.major) {
    return `Deze reservekopie heeft formaatversie ${String(version)}, die deze versie van Leestafel Leusden niet kan lezen (tot en met versie ${FORMAT_VERSION.major}.x). Werk Leestafel Leusden bij en probeer het opnieuw.`;
  }
  if (major < FORMAT_VERSION.major) return `Deze reservekopie heeft een onbekende formaatversie (${String(version)}).`;
  return undefined;
}

function duplicateProblem(reservekopie: Reservekopie): string | undefined {
  for (const name of TABLE_NAMES) {
    const key = PRIMARY_KEYS[name];
    const seen = new Set<string>();
    for (const record of reservekopie.tables[name] as readonly Record<string, unknown>[]) {
      const value = String(record[key]);
      if (seen.has(value)) return `De reservekopie is niet in orde: ${TABLE_LABELS[name].article} ${TABLE_LABELS[name].one} ‘${value.slice(0, 60)}’ staat er twee keer in.`;
      seen.add(value);
    }
  }
  return undefined;
}

function countProblem(reservekopie: Reservekopie): string | undefined {
  const actual = countTables(reservekopie.tables);
  for (const name of TABLE_NAMES) {
    if (actual[name] !== reservekopie.counts[name]) {
      return `De aantallen in de reservekopie kloppen niet: er staan ${actual[name]} ${TABLE_LABELS[name].many} in, maar het bestand noemt er ${reservekopie.counts[name]}. Het bestand is bewerkt of beschadigd.`;
    }
  }
  return undefined;
}

/** Reads and checks the text of a reservekopie file; nothing is written. */
export async function parseReservekopie(text: string): Promise<ParsedReservekopie> {
  // Each UTF-16 unit is at least one byte of the file, so this never lets a too-large file through.
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return refuse(tooLarge);
  // Editors such as Kladblok may put a byte order mark in front; it is not part of the JSON.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return refuse('Het bestand is leeg.');
  if (nestsDeeperThan(json, MAX_DEPTH)) return refuse(`${NOT_A_RESERVEKOPIE} Het is veel te diep genest.`);

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refuse('Het bestand kan niet worden gelezen: het is geen geldige JSON. Misschien is het beschadigd of niet helemaal opgeslagen.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(NOT_A_RESERVEKOPIE);
  const { format, formatVersion } = data as Record<string, unknown>;
  if (format !== FORMAT_NAME) return refuse(NOT_A_RESERVEKOPIE);
  const versionProblem = formatVersionProblem(formatVersion);
  if (versionProblem) return refuse(versionProblem);

  const result = v.safeParse(reservekopieSchema, data, { abortEarly: true });
  if (!result.success) return refuse(describeIssue(result.issues[0]));
  const reservekopie: Reservekopie = result.output;

  const problem = countProblem(reservekopie) ?? duplicateProblem(reservekopie);
  if (problem) return refuse(problem);
  // Hash what the file holds, not the schema's copy of it, so nothing can slip between the two.
  if ((await tablesChecksum((data as { tables: unknown }).tables)) !== reservekopie.checksum.value) {
    return refuse('De controlesom van de reservekopie klopt niet: het bestand is na het maken veranderd of beschadigd.');
  }
  return { ok: true, reservekopie };
}
