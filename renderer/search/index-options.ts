/**
 * The document search index: MiniSearch over one entry per block, plus the entries
 * themselves in a side table. MiniSearch indexes at build time and its toJSON is what
 * documents/search-index.json holds; the reader opens it as a RankedIndex (ranked-index.ts),
 * which scores with MiniSearch's formula but returns only the best blocks. Terms are folded
 * by our tokenizer; a heading counts three times a passage, so a section about a subject
 * ranks above a passing mention of it.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { DocumentEntry } from './document-entries';
import { RankedIndex } from './ranked-index';
import { tokenize } from './tokenize';

/** Field weights: a hit in a heading outranks one in running text. */
export const DOCUMENT_BOOST = { heading: 3, text: 1 } as const;

/** Options for the MiniSearch part of the document index. */
export const DOCUMENT_INDEX_OPTIONS: Options<DocumentEntry> = {
  idField: 'id',
  fields: ['heading', 'text'],
  storeFields: [],
  tokenize,
  // The tokenizer already folds; MiniSearch's default would lower-case a second time.
  processTerm: (term) => term,
  searchOptions: { boost: DOCUMENT_BOOST, combineWith: 'AND' },
};

/** The index of the bundled documents, ready to search: blocks are numbered in document order. */
export interface DocumentIndex {
  ranked: RankedIndex;
  /** The entries by block number. */
  entries: readonly DocumentEntry[];
  /** The document ids by group number (see RankedIndex). */
  documentIds: readonly string[];
  /** The group number of each document id. */
  groupOfDocument: ReadonlyMap<string, number>;
}

/** The serialised form: MiniSearch's toJSON and the entries in document order. */
export interface SerialisedDocumentIndex {
  search: AsPlainObject;
  entries: DocumentEntry[];
}

/** Indexes `entries` with MiniSearch (at build time); the result is what search-index.json holds. */
export function indexDocumentEntries(entries: readonly DocumentEntry[]): SerialisedDocumentIndex {
  const search = new MiniSearch<DocumentEntry>(DOCUMENT_INDEX_OPTIONS);
  search.addAll(entries);
  return { search: search.toJSON(), entries: [...entries] };
}

/** Opens an index for searching (see ranked-index.ts), without re-indexing. */
export function openDocumentIndex(data: SerialisedDocumentIndex): DocumentIndex {
  const documentIds: string[] = [];
  const groupOfDocument = new Map<string, number>();
  const groupOf = new Int32Array(data.entries.length);
  data.entries.forEach((entry, i) => {
    let group = groupOfDocument.get(entry.documentId);
    if (group === undefined) {
      group = documentIds.push(entry.documentId) - 1;
      groupOfDocument.set(entry.documentId, group);
    }
    groupOf[i] = group;
  });
  const ranked = new RankedIndex(data.search, data.entries.map((entry) => entry.id), groupOf, DOCUMENT_BOOST);
  return { ranked, entries: data.entries, documentIds, groupOfDocument };
}

/** Builds the index of the given entries, ready to search. */
export function buildDocumentIndex(entries: readonly DocumentEntry[]): DocumentIndex {
  return openDocumentIndex(indexDocumentEntries(entries));
}

/** The JSON written to documents/search-index.json. */
export function serialiseDocumentIndex(data: SerialisedDocumentIndex): string {
  return JSON.stringify(data);
}

/** Restores an index from its serialised form, without re-indexing. */
export function loadDocumentIndexJson(json: string): DocumentIndex {
  return openDocumentIndex(JSON.parse(json) as SerialisedDocumentIndex);
}
