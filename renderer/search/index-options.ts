/**
 * The MiniSearch configuration of the document index, shared by the build step that writes
 * documents/search-index.json and the reader that loads it (MiniSearch.loadJSON needs the
 * same options). Terms are folded by our tokenizer; a heading counts three times a passage,
 * so a section about a subject ranks above a passing mention of it.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { DocumentEntry } from './document-entries';
import { tokenize } from './tokenize';

/** Field weights: a hit in a heading outranks one in running text. */
export const DOCUMENT_BOOST = { heading: 3, text: 1 } as const;

/** Options for the document index (fields, stored fields, tokenizer). */
export const DOCUMENT_INDEX_OPTIONS: Options<DocumentEntry> = {
  idField: 'id',
  fields: ['heading', 'text'],
  storeFields: ['documentId', 'blockId', 'blockKind', 'heading', 'text', 'sectionId', 'section', 'termLine'],
  tokenize,
  // The tokenizer already folds; MiniSearch's default would lower-case a second time.
  processTerm: (term) => term,
  searchOptions: { boost: DOCUMENT_BOOST, combineWith: 'AND' },
};

/** A new, empty document index. */
export function createDocumentIndex(): MiniSearch<DocumentEntry> {
  return new MiniSearch<DocumentEntry>(DOCUMENT_INDEX_OPTIONS);
}

/** Builds the index of the given entries. */
export function buildDocumentIndex(entries: readonly DocumentEntry[]): MiniSearch<DocumentEntry> {
  const index = createDocumentIndex();
  index.addAll(entries);
  return index;
}

/** Restores an index from its serialised form (documents/search-index.json). */
export function loadDocumentIndexJson(json: string): MiniSearch<DocumentEntry> {
  return MiniSearch.loadJSON<DocumentEntry>(json, DOCUMENT_INDEX_OPTIONS);
}
