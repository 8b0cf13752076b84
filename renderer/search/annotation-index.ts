/**
 * A small in-memory index of the user's annotations (note, tags and the quoted passage),
 * kept up to date incrementally: `sync` receives the current list (from a live query) and
 * adds new annotations, replaces changed ones (by updatedAt) and discards deleted ones, so
 * a change costs work for that annotation only.
 */
import MiniSearch from 'minisearch';
import type { Annotation } from '../model/annotation';
import { hitPattern } from './hit-pattern';
import type { ParsedQuery } from './parse-query';
import { runQuery } from './run-query';
import type { AnnotationHit } from './search-hits';
import { termLine, tokenize } from './tokenize';

interface AnnotationEntry {
  id: string;
  documentId: string;
  blockId?: string;
  note: string;
  tags: string;
  quote: string;
  termLine: string;
}

function toEntry(annotation: Annotation): AnnotationEntry {
  const tags = annotation.tags.join(' ');
  const quote = annotation.target.quote.exact;
  return {
    id: annotation.id,
    documentId: annotation.documentId,
    ...(annotation.target.blockId ? { blockId: annotation.target.blockId } : {}),
    note: annotation.note,
    tags,
    quote,
    // Fields are separated by a line break term-wise too, so a phrase never spans two fields.
    termLine: [annotation.note, tags, quote].map(termLine).join('|'),
  };
}

/** The annotations' search index; one instance per app (see use-annotation-index.ts). */
export class AnnotationIndex {
  private readonly index = new MiniSearch<AnnotationEntry>({
    idField: 'id',
    fields: ['note', 'tags', 'quote'],
    storeFields: ['documentId', 'blockId', 'note', 'tags', 'quote', 'termLine'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { note: 2, tags: 2, quote: 1 }, combineWith: 'AND' },
  });
  private readonly versions = new Map<string, number>();

  /** The number of annotations indexed. */
  get size(): number {
    return this.versions.size;
  }

  /** Brings the index in line with `annotations`, touching only what changed. */
  sync(annotations: readonly Annotation[]): void {
    const present = new Set<string>();
    for (const annotation of annotations) {
      present.add(annotation.id);
      const known = this.versions.get(annotation.id);
      if (known === annotation.updatedAt) continue;
      if (known === undefined) this.index.add(toEntry(annotation));
      else this.index.replace(toEntry(annotation));
      this.versions.set(annotation.id, annotation.updatedAt);
    }
    for (const id of this.versions.keys()) {
      if (present.has(id)) continue;
      this.index.discard(id);
      this.versions.delete(id);
    }
  }

  /** The annotations matching `query`, best first; optionally only in the given documents. */
  search(query: ParsedQuery, documentIds?: ReadonlySet<string>): AnnotationHit[] {
    const results = runQuery(
      this.index,
      query,
      (result) => result.termLine,
      documentIds ? (result) => documentIds.has(result.documentId) : undefined,
    );
    return results.map((result) => ({
      type: 'annotation',
      id: `annotation/${String(result.id)}`,
      annotationId: String(result.id),
      documentId: result.documentId,
      ...(result.blockId ? { blockId: result.blockId } : {}),
      note: result.note,
      tags: result.tags === '' ? [] : result.tags.split(' '),
      quote: result.quote,
      score: result.score,
      pattern: hitPattern(query, result.terms),
    }));
  }
}
