/**
 * The browser side of scripts/bench-fractie.ts, bundled by it: the app's own fractieset code
 * (renderer/exchange/fractie) over Chromium's real IndexedDB, each step next to its baseline on
 * the same records in the same page.
 *
 * - share: makeFractieset (read the own annotations, select the scope, build the W3C file)
 *   against a plain `toArray` and `JSON.stringify` of the same annotations;
 * - import: parseFractieset (JSON, schema of every annotation), the preview with anchoring of
 *   every annotation in its document, and applyImport into an empty database, against a plain
 *   `JSON.parse` and `bulkPut` of the same records.
 */
import { anchorTarget } from '../renderer/anchoring/anchor';
import { buildAnchorText, type AnchorText } from '../renderer/anchoring/anchor-text';
import { createDatabase, type LeestafelDatabase } from '../renderer/db/database';
import type { DocumentModel } from '../renderer/documents/model';
import { applyImport, makeFractieset, previewImport } from '../renderer/exchange/fractie/fractie-service';
import { parseFractieset } from '../renderer/exchange/fractie/parse';
import type { Annotation } from '../renderer/model/annotation';

let counter = 0;
let source: LeestafelDatabase;
let annotations: Annotation[] = [];
let anchorTexts = new Map<string, AnchorText>();
let fileText = '';

const newDatabase = () => createDatabase(`bench-fractie-${Date.now()}-${counter++}`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

const scope = () => ({ documentIds: [...anchorTexts.keys()], includesPrivate: false, includesQuestions: false });

const bench = {
  /** Stores Anna's annotations and profile; keeps the documents' anchor texts for the preview. */
  async load(json: string, modelsJson: string): Promise<number> {
    annotations = JSON.parse(json) as Annotation[];
    anchorTexts = new Map((JSON.parse(modelsJson) as DocumentModel[]).map((model) => [model.id, buildAnchorText(model)]));
    source = newDatabase();
    await source.settings.put({ key: 'profile', value: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' } });
    await source.annotations.bulkPut(annotations);
    return source.annotations.count();
  },

  async share(): Promise<{ shareMs: number; baselineMs: number; bytes: number; count: number }> {
    const [made, shareMs] = await timed(() => makeFractieset(scope(), source));
    const [, baselineMs] = await timed(async () => JSON.stringify(await source.annotations.toArray()));
    fileText = made.text;
    return { shareMs, baselineMs, bytes: made.text.length, count: made.annotationCount };
  },

  async import(): Promise<{ importMs: number; parseMs: number; previewMs: number; applyMs: number; baselineMs: number; orphans: number }> {
    const target = newDatabase();
    const baselineTarget = newDatabase();
    try {
      const start = performance.now();
      const parsed = parseFractieset(fileText);
      if (!parsed.ok) throw new Error(parsed.message);
      const parseMs = performance.now() - start;
      const known = new Set(anchorTexts.keys());
      const isOrphan = (annotation: Annotation) => anchorTarget(anchorTexts.get(annotation.documentId)!, annotation.target).status === 'orphan';
      const [plan, previewMs] = await timed(() => previewImport(parsed.set, { fileName: 'set.json', knownDocumentIds: known, isOrphan }, target));
      const [, applyMs] = await timed(() => applyImport(parsed.set, { fileName: 'set.json', knownDocumentIds: known }, target));
      const importMs = performance.now() - start;
      if ((await target.annotations.count()) !== parsed.set.annotations.length) throw new Error('niet alles geïmporteerd');
      const [, baselineMs] = await timed(async () => {
        const records = (JSON.parse(JSON.stringify(annotations)) as Annotation[]).map((annotation) => ({ ...annotation, origin: { importId: 'x', authorKey: 'y' } }));
        await baselineTarget.transaction('rw', baselineTarget.annotations, () => baselineTarget.annotations.bulkPut(records));
      });
      return { importMs, parseMs, previewMs, applyMs, baselineMs, orphans: plan.authors.reduce((sum, author) => sum + author.orphans, 0) };
    } finally {
      await target.delete();
      await baselineTarget.delete();
    }
  },
};

declare global {
  interface Window {
    benchFractie: typeof bench;
  }
}
window.benchFractie = bench;
