// Searching the five real documents: folding, prefixes, phrases, hyphenation joins, typos, ranking.
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import { blockText, type DocumentModel } from '../../../renderer/documents/model';
import { documentEntries } from '../../../renderer/search/document-entries';
import { findHits } from '../../../renderer/search/hit-pattern';
import { DOCUMENT_INDEX_OPTIONS, buildDocumentIndex, indexDocumentEntries, loadDocumentIndexJson, serialiseDocumentIndex, type DocumentIndex } from '../../../renderer/search/index-options';
import { parseQuery } from '../../../renderer/search/parse-query';
import { runQuery } from '../../../renderer/search/run-query';
import { RESULT_LIMIT, searchDocuments } from '../../../renderer/search/search-documents';

const BELEIDSKADER = 'beleidskader-sociaal-domein-2023-2026';
let models: DocumentModel[];
let index: DocumentIndex;

beforeAll(() => {
  models = convertAll(readSources()).map((c) => c.model);
  index = buildDocumentIndex(models.flatMap(documentEntries));
});

const search = (input: string, documentIds?: string[]) =>
  searchDocuments(index, parseQuery(input), documentIds ? { documentIds: new Set(documentIds) } : {}).hits;
/** The words emphasised in each hit, in result order. */
const hitWords = (input: string) =>
  search(input).map((hit) => findHits(hit.text, hit.pattern).map((range) => hit.text.slice(range.start, range.end)));

describe('document entries', () => {
  it('hold each block with the section it is in', () => {
    const entries = documentEntries(models.find((m) => m.id === BELEIDSKADER)!);
    const heading = entries.find((e) => e.blockId === '5-financien')!;
    expect(heading).toMatchObject({ heading: '5. Financiën', text: '', sectionId: '5-financien', section: '5. Financiën' });
    const zorgtaken = entries.find((e) => e.blockId === 'p-2453')!;
    expect(zorgtaken).toMatchObject({ sectionId: 'meerjarenperspectief-sociaal-domein', section: '5. Financiën › Meerjarenperspectief Sociaal Domein' });
    expect(zorgtaken.text.startsWith('Wel bekend zijn de verwachte ‘extra’ inkomsten')).toBe(true);
  });
});

describe('a word corrected to the start of a term', () => {
  it('mantelzrog suggests mantelzorg and finds the mantelzorgers', () => {
    const found = searchDocuments(index, parseQuery('mantelzrog'));
    expect(found.suggestion).toBe('mantelzorg');
    expect(found.total).toBeGreaterThan(0);
    const marked = new Set(found.hits.flatMap((hit) => findHits(hit.text, hit.pattern).map((range) => hit.text.slice(range.start, range.end).toLowerCase())));
    expect([...marked].sort()).toEqual(['mantelzorgcompliment', 'mantelzorgers']);
    // Finished with a space, in another word of the query, too.
    expect(searchDocuments(index, parseQuery('mantelzrog ')).suggestion).toBe('mantelzorg');
    expect(searchDocuments(index, parseQuery('ondersteuning mantelzrog')).suggestion).toBe('ondersteuning mantelzorg');
  });

  it('suggests nothing when the words as typed find something, or nothing is near', () => {
    expect(searchDocuments(index, parseQuery('mantelzorg')).suggestion).toBeUndefined();
    expect(searchDocuments(index, parseQuery('qqqqqqq')).suggestion).toBeUndefined();
    expect(searchDocuments(index, parseQuery('qqqqqqq')).total).toBe(0);
  });
});

describe('heading paths', () => {
  it('name a repeated heading by the headings above it', () => {
    const entries = documentEntries(models.find((m) => m.id === BELEIDSKADER)!);
    const paths = entries.filter((e) => e.heading === 'Uitgangspunten').map((e) => e.section);
    expect(paths.slice(0, 2)).toEqual(['3. Speerpunten › 3.1 Rondkomen | Vaste basis › Uitgangspunten', '3. Speerpunten › 3.2 Wonen en zorg | Vaste basis › Uitgangspunten']);
    expect(paths.at(-1)).toBe('5. Financiën › Uitgangspunten');
    // A paragraph under it carries the same path; the next chapter starts a new one.
    const firstParagraph = entries[entries.findIndex((e) => e.blockId === 'uitgangspunten') + 1]!;
    expect(firstParagraph.section).toBe('3. Speerpunten › 3.1 Rondkomen | Vaste basis › Uitgangspunten');
    expect(entries.find((e) => e.blockId === '5-financien')!.section).toBe('5. Financiën');
  });
});

describe('searching the bundled documents', () => {
  it('ignores case and diacritics: financien finds Financiën', () => {
    const hits = search('financien');
    expect(hits.map((h) => h.blockId)).toEqual(['5-financien', 'p-585']);
    expect(hitWords('financien')).toEqual([['Financiën'], ['financiën']]);
  });

  it('een finds één', () => {
    const hits = search('een');
    const withAccent = hits.filter((hit) => findHits(hit.text, hit.pattern).some((r) => hit.text.slice(r.start, r.end) === 'één'));
    expect(withAccent.map((h) => h.text)).toContain('Leusden is één, maar de eigen wijk is nabij');
  });

  it('matches the word being typed as a prefix, a finished word exactly', () => {
    expect(search('schuldhulp').map((h) => h.blockId)).toEqual(['schuldhulpverlening', 'p-1906', 'p-591', 'p-377']);
    expect(search('schuldhulp ')).toEqual([]);
    const fin = new Set(search('fin').flatMap((h) => [...h.pattern.terms]));
    expect([...fin]).toEqual(expect.arrayContaining(['financien', 'financiele', 'financieel']));
    expect(search('fin')[0]).toMatchObject({ blockId: '5-financien' });
  });

  it('finds words the source split at a line end, whole', () => {
    // "gezamenlijk-" / "heid" on lines 4–5 and "zorgta-" / "ken" on lines 2454–2455 of the beleidskader.
    const gezamenlijkheid = search('gezamenlijkheid', [BELEIDSKADER]);
    expect(gezamenlijkheid[0]).toMatchObject({ blockId: 'p-3', section: 'Voorwoord' });
    expect(gezamenlijkheid[0]!.text).toContain('verbondenheid en gezamenlijkheid. Tussen inwoners');
    const zorgtaken = search('zorgtaken');
    expect(zorgtaken.map((h) => [h.blockId, h.section])).toEqual([['p-2453', '5. Financiën › Meerjarenperspectief Sociaal Domein']]);
    // The halves as printed are not words of the text.
    expect(search('"zorgta ken"')).toEqual([]);
    expect(search('"gezamenlijk heid"')).toEqual([]);
  });

  it('matches a phrase in quotes as a phrase, not as loose words', () => {
    const loose = search('eigen regie');
    const phrase = search('"eigen regie"');
    expect(loose.length).toBe(4);
    expect(phrase.map((h) => h.blockId)).toHaveLength(1);
    for (const hit of phrase) expect(hit.text.toLowerCase()).toContain('eigen regie');
    expect(loose.some((hit) => !hit.text.toLowerCase().includes('eigen regie'))).toBe(true);
    expect(search('"regie eigen"')).toEqual([]);
    // The phrase is the hit, not each of its words elsewhere in the block.
    const [hit] = phrase;
    expect(findHits(hit!.text, hit!.pattern).map((r) => hit!.text.slice(r.start, r.end).toLowerCase())).toEqual(['eigen regie']);
  });

  it('matches a phrase still being typed with its last word as a prefix', () => {
    expect(search('"vaste bas').map((h) => h.blockId)).toEqual(search('"vaste basis"').map((h) => h.blockId));
  });

  it('tolerates a typo when nothing matches exactly', () => {
    expect(search('finacien ').map((h) => h.blockId)).toEqual(['5-financien', 'p-585']);
  });

  it('ranks a heading about the subject above a passing mention', () => {
    const hits = search('schuldhulpverlening');
    expect(hits[0]).toMatchObject({ blockKind: 'heading', text: 'Schuldhulpverlening' });
    expect(hits.slice(1).every((h) => h.blockKind !== 'heading' && h.score < hits[0]!.score)).toBe(true);
    expect(search('vaste basis')[0]).toMatchObject({ blockKind: 'heading', text: 'Vaste basis' });
    expect(search('financien')[0]).toMatchObject({ blockKind: 'heading', text: '5. Financiën' });
  });

  it('searches one document when asked', () => {
    const hits = search('gemeente', ['kadernota-2022-domein-3']);
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.documentId))).toEqual(new Set(['kadernota-2022-domein-3']));
  });

  it('gives the same answers from the serialised index (as the reader loads it)', () => {
    const loaded = loadDocumentIndexJson(serialiseDocumentIndex(indexDocumentEntries(models.flatMap(documentEntries))));
    for (const input of ['financien', '"eigen regie"', 'fin', 'zorgtaken', 'armoede schuld']) {
      const [a, b] = [searchDocuments(loaded, parseQuery(input)), searchDocuments(index, parseQuery(input))];
      expect({ ...a, countIn: undefined }).toEqual({ ...b, countIn: undefined });
      for (const model of models) expect(a.countIn(model.id)).toBe(b.countIn(model.id));
    }
  });

  it('indexes the block text the reader shows (lists and tables included)', () => {
    const model = models.find((m) => m.id === BELEIDSKADER)!;
    const table = model.blocks.find((b) => b.id === 't-2434')!;
    expect(search('jeugdzorg', [BELEIDSKADER]).find((h) => h.blockId === 't-2434')!.text).toBe(blockText(table));
  });
});

describe('the best blocks only', () => {
  it('returns the best fifty blocks for a common word and counts every match, per document too', () => {
    const all = searchDocuments(index, parseQuery('een'), { limit: Infinity });
    const best = searchDocuments(index, parseQuery('een'));
    expect(all.total).toBeGreaterThan(RESULT_LIMIT);
    expect(all.hits).toHaveLength(all.total);
    expect(best.hits).toHaveLength(RESULT_LIMIT);
    expect(best.hits).toEqual(all.hits.slice(0, RESULT_LIMIT));
    expect(best.total).toBe(all.total);
    expect(best.documentCount).toBe(new Set(all.hits.map((h) => h.documentId)).size);
    for (const documentId of new Set(all.hits.map((h) => h.documentId))) {
      expect(best.countIn(documentId)).toBe(all.hits.filter((h) => h.documentId === documentId).length);
    }
    expect(best.countIn('geen-document')).toBe(0);
    const scores = all.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps a heading about the subject first when the rest is cut off', () => {
    const { hits, total } = searchDocuments(index, parseQuery('financ'), { limit: 3 });
    expect(total).toBeGreaterThan(3);
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ blockKind: 'heading', text: '5. Financiën' });
  });

  it('counts phrase matches only where the phrase occurs', () => {
    const phrase = searchDocuments(index, parseQuery('"sociaal domein"'), { limit: 2 });
    const all = searchDocuments(index, parseQuery('"sociaal domein"'), { limit: Infinity });
    expect(phrase.total).toBe(all.hits.length);
    expect(all.hits.every((h) => h.text.toLowerCase().replace(/\s+/g, ' ').includes('sociaal domein'))).toBe(true);
    expect(phrase.hits).toEqual(all.hits.slice(0, 2));
  });

  it('ranks and counts exactly as MiniSearch.search does on the same index', () => {
    const entries = models.flatMap(documentEntries);
    const termLines = new Map(entries.map((e) => [e.id, e.termLine]));
    const miniSearch = MiniSearch.loadJS(indexDocumentEntries(entries).search, DOCUMENT_INDEX_OPTIONS);
    for (const input of ['armoede', 'fin', 'een', 'jeugdzorg budget', '"eigen regie"', '"vaste bas', 'finacien ', 'zorg jeu', 'schuldhulp', 'gezamenlijkheid']) {
      const query = parseQuery(input);
      const theirs = runQuery(miniSearch, query, (result) => termLines.get(result.id as string)!);
      const ours = searchDocuments(index, query, { limit: Infinity });
      expect(ours.total, input).toBe(theirs.length);
      // The same blocks with the same scores; among equal scores MiniSearch keeps the order it met them in.
      const key = (id: string, score: number) => `${score.toFixed(9)} ${id}`;
      expect(ours.hits.map((h) => key(h.id, h.score)).sort(), input).toEqual(theirs.map((r) => key(String(r.id), r.score)).sort());
      expect(ours.hits.map((h) => h.score.toFixed(9)), input).toEqual(theirs.map((r) => r.score.toFixed(9)));
    }
  });
});
