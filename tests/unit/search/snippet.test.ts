// Snippets: a piece of the block around the first hit, hits as separate parts, cut at words.
import { describe, expect, it } from 'vitest';
import { findHits, hitPattern } from '../../../renderer/search/hit-pattern';
import { parseQuery } from '../../../renderer/search/parse-query';
import { buildSnippet } from '../../../renderer/search/snippet';
import { elsewhereSummary, groupByDocument, resultSummary, resultTotals } from '../../../renderer/search/group-results';
import type { SearchHit } from '../../../renderer/search/search-hits';

// Paragraph p-2453 of the beleidskader, as the converter joins it ("zorgta-" + "ken").
const TEXT =
  'Wel bekend zijn de verwachte ‘extra’ inkomsten naar aanleiding van het AEF rapport voor de nieuwe zorgtaken sinds 2015: Jeugd, en Wmo huishoudelijke hulp. Deze laten vooralsnog een meerjarig tekort zien vanaf 2025. Dit wordt in onderstaand tabel zichtbaar.';

describe('buildSnippet', () => {
  it('shows the context around the first hit with the hit as its own part', () => {
    const hits = findHits(TEXT, hitPattern(parseQuery('zorgtaken '), ['zorgtaken']));
    const parts = buildSnippet(TEXT, hits, { before: 30, length: 90 });
    expect(parts).toEqual([
      { text: '…AEF rapport voor de nieuwe ', hit: false },
      { text: 'zorgtaken', hit: true },
      { text: ' sinds 2015: Jeugd, en Wmo huishoudelijke hulp. Deze…', hit: false },
    ]);
  });

  it('emphasises every hit in the window; a short text stays whole', () => {
    const pattern = hitPattern(parseQuery('jeugd wmo'), ['jeugd', 'wmo']);
    const parts = buildSnippet(TEXT, findHits(TEXT, pattern), { before: 200, length: 400 });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Jeugd', 'Wmo']);
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
  });

  it('emphasises a phrase as one hit', () => {
    const pattern = hitPattern(parseQuery('"meerjarig tekort"'), ['meerjarig', 'tekort']);
    const parts = buildSnippet(TEXT, findHits(TEXT, pattern));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['meerjarig tekort']);
  });

  it('writes line breaks of lists and tables as spaces', () => {
    const text = 'Eerste punt\nTweede punt\twaarde';
    expect(buildSnippet(text, [])).toEqual([{ text: 'Eerste punt Tweede punt waarde', hit: false }]);
  });
});

describe('grouping', () => {
  const hit = (id: string, documentId: string, score: number): SearchHit => ({
    type: 'block', id, documentId, blockId: id, blockKind: 'paragraph', text: '', score,
    pattern: { terms: new Set(), phrases: [], openPhrase: false },
  });

  it('groups per document, best document and best hit first, and says how many', () => {
    const groups = groupByDocument([hit('a', 'x', 1), hit('b', 'y', 5), hit('c', 'x', 3)]);
    expect(groups.map((g) => [g.documentId, g.hits.map((h) => h.id)])).toEqual([
      ['y', ['b']],
      ['x', ['c', 'a']],
    ]);
    expect(resultSummary(resultTotals(groups))).toBe('3 resultaten in 2 documenten');
    expect(resultSummary(resultTotals(groupByDocument([hit('a', 'x', 1)])))).toBe('1 resultaat in 1 document');
    expect(resultSummary(resultTotals([]))).toBe('Geen resultaten');
  });

  it('counts the blocks beyond the best ones shown: per document, in all and in documents without a group', () => {
    const note: SearchHit = {
      type: 'annotation', id: 'annotation/n', annotationId: 'n', documentId: 'y', note: 'armoede', tags: [], quote: '', score: 2,
      pattern: { terms: new Set(), phrases: [], openPhrase: false },
    };
    // 120 blocks matched in 4 documents; the best three are in x and y.
    const counts = new Map([['x', 30], ['y', 10]]);
    const blocks = { total: 120, documentCount: 4, countIn: (id: string) => counts.get(id) ?? 0 };
    const groups = groupByDocument([hit('a', 'x', 5), hit('b', 'y', 4), hit('c', 'x', 3), note], blocks);
    expect(groups.map((g) => [g.documentId, g.hits.map((h) => h.id), g.total])).toEqual([
      ['x', ['a', 'c'], 30],
      ['y', ['b', 'annotation/n'], 11],
    ]);
    const totals = resultTotals(groups, blocks);
    expect(totals).toEqual({ results: 121, documents: 4, elsewhere: { results: 80, documents: 2 } });
    expect(resultSummary(totals)).toBe('121 resultaten in 4 documenten');
    expect(elsewhereSummary(totals)).toBe('Nog 80 resultaten in 2 andere documenten; kies een document of zoek preciezer.');
    expect(elsewhereSummary(resultTotals(groups, { ...blocks, total: 40, documentCount: 2 }))).toBe('');
    expect(resultSummary(resultTotals([], { total: 12700, documentCount: 250, countIn: () => 0 }))).toBe('12.700 resultaten in 250 documenten');
  });
});
