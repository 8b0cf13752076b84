/**
 * The bundled documents as the main process sees them: read from the renderer bundle's
 * documents/index.json, reduced to id, title and version (hash and date) for the About box and `getAppInfo`.
 */
import { readFile } from 'node:fs/promises';
import type { BundledDocument } from './contract.js';
import { DOCUMENT_INDEX_PATH } from './paths.js';

/**
 * Picks id, title and version from a parsed documents/index.json; entries without all three
 * as strings are left out. Anything but an array yields no documents.
 */
export function parseDocumentIndex(json: unknown): BundledDocument[] {
  if (!Array.isArray(json)) return [];
  const documents: BundledDocument[] = [];
  for (const entry of json as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, title, version, versionDate } = entry as Record<string, unknown>;
    if (typeof id === 'string' && typeof title === 'string' && typeof version === 'string') {
      documents.push({ id, title, version, ...(typeof versionDate === 'string' ? { versionDate } : {}) });
    }
  }
  return documents;
}

/** Reads the bundled documents; an unreadable or malformed index yields none. */
export async function readBundledDocuments(indexPath: string = DOCUMENT_INDEX_PATH): Promise<BundledDocument[]> {
  try {
    return parseDocumentIndex(JSON.parse(await readFile(indexPath, 'utf8')) as unknown);
  } catch {
    return [];
  }
}

/** What the About box says about the program around the documents. */
export interface AboutRuntime {
  electronVersion: string;
  chromeVersion: string;
  /** The user-data folder: where the raadslid's annotations, questions and reservekopieën live. */
  userDataPath: string;
}

/**
 * The About box's text: the version, then (with `runtime`) the Electron and Chromium versions,
 * each bundled document with its version, and (with `runtime`) where the user's data lives.
 */
export function formatAboutDetail(appVersion: string, documents: readonly BundledDocument[], runtime?: AboutRuntime): string {
  const lines = [`Versie ${appVersion}`];
  if (runtime) lines.push(`Electron ${runtime.electronVersion}, Chromium ${runtime.chromeVersion}`);
  lines.push('');
  if (documents.length === 0) {
    lines.push('Er zijn geen meegeleverde documenten gevonden.');
  } else {
    lines.push('Meegeleverde documenten:');
    for (const document of documents) lines.push(`• ${document.title} (${describeVersion(document)})`);
  }
  if (runtime) lines.push('', 'Je gegevens staan in:', runtime.userDataPath);
  return lines.join('\n');
}

/** "versie van 22 november 2026, 0d38770379e370", or "versie 0d38770379e370" without a date. */
function describeVersion({ version, versionDate }: BundledDocument): string {
  const day = versionDate === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})$/.exec(versionDate);
  if (!day) return `versie ${version}`;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const label = date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `versie van ${label}, ${version}`;
}
