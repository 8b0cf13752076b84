/**
 * Build step (called by build-documents.ts): indexes every block of the bundled documents
 * with MiniSearch and writes the serialised index to documents/search-index.json, so the
 * reader only loads it (MiniSearch's toJSON / loadJS) instead of indexing at start.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel } from '../renderer/documents/model';
import { documentEntries } from '../renderer/search/document-entries';
import { indexDocumentEntries, serialiseDocumentIndex } from '../renderer/search/index-options';

/** The file name of the serialised index, next to the documents' JSON. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** Indexes the blocks of `models` and writes the index into `outDir`; returns the file's path. */
export function writeSearchIndex(models: readonly DocumentModel[], outDir: string): string {
  const data = indexDocumentEntries(models.flatMap(documentEntries));
  const file = join(outDir, SEARCH_INDEX_FILE);
  writeFileSync(file, serialiseDocumentIndex(data));
  return file;
}
