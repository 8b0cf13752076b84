/**
 * The document search index: MiniSearch over one entry per block, plus the entries
 * themselves in a side table by id. MiniSearch stores no fields: copying stored fields into
 * every result costs more than the search itself once a word occurs in thousands of blocks,
 * so results carry only ids and the few that are shown are looked up. Shared by the build
 * step that writes documents/search-index.json and the reader that loads it (MiniSearch
 * needs the same options to restore it). Terms are folded by our tokenizer; a heading counts
 * three times a passage, so a section about a subject ranks above a passing mention of it.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { DocumentEntry } from './document-entries';
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

/** The index of the bundled documents: MiniSearch and the entries by id. */
export interface DocumentIndex {
  search: MiniSearch<DocumentEntry>;
  entries: ReadonlyMap<string, DocumentEntry>;
}

/** The serialised form: MiniSearch's toJSON and the entries in document order. */
interface SerialisedDocumentIndex {
  search: AsPlainObject;
  entries: DocumentEntry[];
}

/** Builds the index of the given entries. */
export function buildDocumentIndex(entries: readonly DocumentEntry[]): DocumentIndex {
  const search = new MiniSearch<DocumentEntry>(DOCUMENT_INDEX_OPTIONS);
  search.addAll(entries);
  return { search, entries: new Map(entries.map((entry) => [entry.id, entry])) };
}

/** The JSON written to documents/search-index.json. */
export function serialiseDocumentIndex(index: DocumentIndex): string {
  const data: SerialisedDocumentIndex = { search: index.search.toJSON(), entries: [...index.entries.values()] };
  return JSON.stringify(data);
}

/** Restores an index from its serialised form, without re-indexing. */
export function loadDocumentIndexJson(json: string): DocumentIndex {
  const data = JSON.parse(json) as SerialisedDocumentIndex;
  const search = MiniSearch.loadJS<DocumentEntry>(data.search, DOCUMENT_INDEX_OPTIONS);
  return { search, entries: new Map(data.entries.map((entry) => [entry.id, entry])) };
}
