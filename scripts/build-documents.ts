/**
 * Build step: converts the bundled raw texts (resources/documents) into the document models
 * the reader loads, written to renderer/public/documents/ (copied by Vite into the build):
 * index.json (the library: manifest entries with their versions), <id>.json per document and
 * search-index.json (the prebuilt search index, see build-search-index.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertAll, readSources } from './convert-all';
import { writeSearchIndex } from './build-search-index';

const outDir = join(import.meta.dirname, '..', 'renderer', 'public', 'documents');
mkdirSync(outDir, { recursive: true });

const conversions = convertAll(readSources());
const index = conversions.map(({ model }) => {
  const { blocks: _blocks, toc: _toc, ...info } = model;
  return info;
});
writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 1));
for (const { model } of conversions) writeFileSync(join(outDir, `${model.id}.json`), JSON.stringify(model));
writeSearchIndex(conversions.map(({ model }) => model), outDir);
console.log(`${conversions.length} documenten omgezet naar ${outDir}`);
