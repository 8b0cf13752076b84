/**
 * Converts every bundled document with its correction file. Shared by the build script,
 * the unit tests and the benchmark so all three convert exactly the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertDocument, type Conversion } from '../renderer/documents/converter';
import type { Corrections } from '../renderer/documents/corrections';
import type { DocumentInfo } from '../renderer/documents/model';

export const DOCUMENTS_DIR = join(import.meta.dirname, '..', 'resources', 'documents');

export interface SourceDocument {
  info: DocumentInfo;
  raw: string;
  corrections?: Corrections;
}

/** Read the manifest, each raw text and its correction file (if any). */
export function readSources(dir = DOCUMENTS_DIR): SourceDocument[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DocumentInfo[];
  return manifest.map((info) => {
    const correctionsFile = join(dir, `${info.id}.corrections.json`);
    return {
      info,
      raw: readFileSync(join(dir, info.file), 'utf8'),
      ...(existsSync(correctionsFile) ? { corrections: JSON.parse(readFileSync(correctionsFile, 'utf8')) as Corrections } : {}),
    };
  });
}

export function convertAll(sources: SourceDocument[]): Conversion[] {
  return sources.map((s) => convertDocument(s.raw, s.info, s.corrections));
}
