// The layering of renderer/ holds by itself: every import between two folders must be one this
// table allows, the table has no cycle, and the desktop shell and the web code stay apart.
// A new folder has to be added here, with what it may import, before its code can land.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER = join(ROOT, 'renderer');
const ELECTRON = join(ROOT, 'electron');

/**
 * Which folders of renderer/ each folder may import, bottom to top. '(root)' is renderer/
 * itself (main.tsx, App.tsx, startup.ts). A folder may always import its own modules.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // Shapes that are stored and exchanged, and the small kit every feature uses.
  model: [],
  documents: ['model'],
  locale: [],
  navigation: [],
  keyboard: [],
  notices: [],
  platform: [],
  styles: [],
  // The database, and finding passages in a document's text.
  db: ['model'],
  // Submitting a form: its failure in Dutch, storage errors included.
  forms: ['db'],
  // What the app says when storage fails: the alert above every screen and the error boundaries.
  storage: ['model', 'db', 'navigation'],
  anchoring: ['model', 'documents'],
  // What deletes keep, to be put back (the Prullenbak): under the features that delete.
  trash: ['model', 'db', 'navigation', 'keyboard', 'forms', 'locale', 'notices', 'settings'],
  // Features, each over the layers below it.
  settings: ['model', 'db', 'forms', 'keyboard', 'locale'],
  annotations: ['model', 'db', 'anchoring', 'documents', 'navigation', 'keyboard', 'forms', 'locale', 'notices', 'settings', 'trash'],
  questions: ['model', 'db', 'anchoring', 'documents', 'navigation', 'keyboard', 'forms', 'locale', 'notices', 'platform', 'settings', 'trash', 'annotations', 'storage'],
  search: ['model', 'anchoring', 'documents', 'navigation', 'keyboard', 'locale', 'annotations'],
  // File formats that leave or enter the app (reservekopie, annotation sets).
  exchange: ['model', 'db', 'anchoring', 'documents', 'navigation', 'locale', 'notices', 'forms', 'keyboard', 'platform', 'settings', 'trash', 'annotations', 'questions'],
  // Screens, which compose the features; Over Leestafel (versions, documents, where the data lives).
  about: ['documents', 'platform'],
  library: ['model', 'documents', 'navigation', 'keyboard', 'settings', 'search', 'about'],
  // The rekencontrole overview: findings in the tables of all documents, each one a technische vraag in the making.
  rekencontrole: ['model', 'db', 'anchoring', 'documents', 'navigation', 'keyboard', 'forms', 'locale', 'notices', 'settings', 'questions'],
  reader: ['model', 'db', 'anchoring', 'documents', 'navigation', 'keyboard', 'forms', 'locale', 'notices', 'settings', 'annotations', 'questions', 'search', 'storage'],
  '(root)': ['model', 'db', 'documents', 'navigation', 'keyboard', 'locale', 'notices', 'platform', 'styles', 'settings', 'trash', 'annotations', 'questions', 'search', 'exchange', 'library', 'reader', 'storage', 'rekencontrole'],
};

/** Modules allowed over 400 lines, each with the reason it is one job. */
const LONG_MODULES: Readonly<Record<string, string>> = {
  'renderer/search/ranked-index.ts':
    'one algorithm (top-k BM25+ over flat arrays, the search hot path): reading the postings (postings.ts) and the sorted-array helpers (sorted-arrays.ts) are apart; what is left are the query steps that share its preallocated arrays',
};

/** The modules of electron/ that the web code may import: the bridge's types and plain data. */
const ELECTRON_FOR_RENDERER = ['contract.ts', 'export-formats.ts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'public' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every relative import of a file (static, dynamic, re-exports, workers), resolved to a path. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
  // new Worker(new URL('./search-worker.ts', import.meta.url)) is an import the preprocessor does not see.
  for (const match of source.matchAll(/new URL\(\s*['"](\.[^'"]+)['"]/g)) specifiers.push(match[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
}

function folderOf(path: string): string {
  const parts = relative(RENDERER, path).split(sep);
  return parts.length > 1 ? parts[0]! : '(root)';
}

const rendererFiles = sourceFiles(RENDERER);

describe('the layers of renderer/', () => {
  it('imports between folders only as the table allows', () => {
    const offences: string[] = [];
    for (const file of rendererFiles) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        if (!target.startsWith(RENDERER + sep)) continue;
        const to = folderOf(target);
        if (to === from) continue;
        if (!(from in ALLOWED)) offences.push(`${relative(ROOT, file)}: folder '${from}' is not in the table`);
        else if (!ALLOWED[from]!.includes(to)) offences.push(`${relative(ROOT, file)} → ${relative(ROOT, target)} (${from} may not import ${to})`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('has a table without cycles, so the folders can be read bottom to top', () => {
    const placed: string[] = [];
    const remaining = new Set(Object.keys(ALLOWED));
    while (remaining.size > 0) {
      const ready = [...remaining].filter((folder) => ALLOWED[folder]!.every((dependency) => placed.includes(dependency)));
      expect(ready, `a cycle among ${[...remaining].join(', ')}`).not.toEqual([]);
      for (const folder of ready) {
        placed.push(folder);
        remaining.delete(folder);
      }
    }
    expect(placed[0]).toBe('model');
    expect(placed.at(-1)).toBe('(root)');
  });

  it('keeps the database module over the model only', () => {
    const database = join(RENDERER, 'db', 'database.ts');
    expect(importsOf(database).map(folderOf)).toEqual(importsOf(database).map(() => 'model'));
  });

  it('reaches into electron/ only for the typed contract and plain data', () => {
    const offences = rendererFiles.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(ELECTRON + sep))
        .filter((target) => !ELECTRON_FOR_RENDERER.some((allowed) => target.startsWith(join(ELECTRON, allowed.replace(/\.ts$/, '')))))
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    expect(offences).toEqual([]);
  });

  it('keeps the desktop shell free of the web code', () => {
    const offences = sourceFiles(ELECTRON).flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith(ELECTRON + sep))
        .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
    );
    expect(offences).toEqual([]);
  });

  it('has no module over 400 lines', () => {
    const long = rendererFiles
      .map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ file, lines }) => lines > 400 && !(file in LONG_MODULES));
    expect(long).toEqual([]);
  });
});
