/**
 * The bundled documents as the main process sees them: read from the renderer bundle's
 * documents/index.json, reduced to id, title and version for the About box and `getAppInfo`.
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
    const { id, title, version } = entry as Record<string, unknown>;
    if (typeof id === 'string' && typeof title === 'string' && typeof version === 'string') {
      documents.push({ id, title, version });
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

/** The About box's text: the version, then each bundled document with its version. */
export function formatAboutDetail(appVersion: string, documents: readonly BundledDocument[]): string {
  const lines = [`Versie ${appVersion}`, ''];
  if (documents.length === 0) {
    lines.push('Er zijn geen meegeleverde documenten gevonden.');
  } else {
    lines.push('Meegeleverde documenten:');
    for (const document of documents) lines.push(`• ${document.title} (versie ${document.version})`);
  }
  return lines.join('\n');
}
