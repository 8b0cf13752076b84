// The annotations panel's filter and sort rules on plain annotation records.
import { describe, expect, it } from 'vitest';
import { authorKey, filterChoices, isFiltering, matchesFilter, NO_FILTER, NO_FLAG, sortItems, type PanelItem } from '../../../renderer/annotations/annotation-filters';
import type { Annotation } from '../../../renderer/model/annotation';
import { describeRange } from '../../../renderer/anchoring/selectors';

const TEXT = 'De gemeente Leusden wil dat inwoners zo lang mogelijk zelfstandig thuis kunnen wonen.';

function annotation(id: string, overrides: Partial<Annotation> & { start?: number } = {}): Annotation {
  const { start = 0, ...rest } = overrides;
  return {
    id,
    documentId: 'beleidskader-sociaal-domein-2023-2026',
    documentVersion: 'v1',
    target: describeRange(TEXT, start, start + 5),
    color: 'geel',
    note: '',
    tags: [],
    visibility: 'prive',
    author: { naam: 'Anna de Vries', fractie: 'CDA' },
    createdAt: 1_000,
    updatedAt: 1_000,
    ...rest,
  };
}

const motie = annotation('a', { flag: 'motie-idee', color: 'groen', tags: ['wonen', 'zorg'], start: 40, updatedAt: 3_000 });
const vraag = annotation('b', { flag: 'technische-vraag', tags: ['zorg'], start: 10, updatedAt: 5_000 });
const plain = annotation('c', { color: 'roze', author: { naam: 'Bram Jansen', fractie: '' }, start: 20, updatedAt: 4_000 });

describe('matchesFilter', () => {
  it('lets everything through without a filter', () => {
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, NO_FILTER))).toEqual([motie, vraag, plain]);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by flag, and by having no flag', () => {
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, { ...NO_FILTER, flag: 'motie-idee' }))).toEqual([motie]);
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, { ...NO_FILTER, flag: NO_FLAG }))).toEqual([plain]);
  });

  it('filters by colour, tag and author, and combines them', () => {
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, { ...NO_FILTER, color: 'geel' }))).toEqual([vraag]);
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, { ...NO_FILTER, tag: 'zorg' }))).toEqual([motie, vraag]);
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, { ...NO_FILTER, author: 'Bram Jansen' }))).toEqual([plain]);
    const both = { ...NO_FILTER, tag: 'zorg', color: 'groen' as const };
    expect(isFiltering(both)).toBe(true);
    expect([motie, vraag, plain].filter((a) => matchesFilter(a, both))).toEqual([motie]);
  });
});

describe('sortItems', () => {
  const items: PanelItem[] = [
    { annotation: motie, placement: { status: 'exact', start: 40, end: 45 } },
    // Placed elsewhere than its stored position: the placement decides.
    { annotation: vraag, placement: { status: 'moved', start: 60, end: 65 } },
    { annotation: plain, placement: { status: 'approximate', start: 20, end: 25 } },
  ];

  it('sorts by place in the text', () => {
    expect(sortItems(items, 'position').map((i) => i.annotation.id)).toEqual(['c', 'a', 'b']);
  });

  it('sorts by last change, newest first', () => {
    expect(sortItems(items, 'date').map((i) => i.annotation.id)).toEqual(['b', 'c', 'a']);
  });

  it('groups other documents in the given document order, by stored position', () => {
    const other = annotation('d', { documentId: 'kadernota-2022-domein-3', start: 1 });
    const third = annotation('e', { documentId: 'begroting-domein-bestuur', start: 2 });
    const sorted = sortItems([...items, { annotation: other }, { annotation: third }], 'position', [
      'kadernota-2022-domein-3',
      'beleidskader-sociaal-domein-2023-2026',
    ]);
    expect(sorted.map((i) => i.annotation.id)).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('leaves its input alone', () => {
    sortItems(items, 'date');
    expect(items.map((i) => i.annotation.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('filterChoices', () => {
  it('lists every tag and author once, alphabetically', () => {
    expect(filterChoices([motie, vraag, plain])).toEqual({
      tags: ['wonen', 'zorg'],
      authors: ['Anna de Vries (CDA)', 'Bram Jansen'],
    });
    expect(authorKey(plain.author)).toBe('Bram Jansen');
  });
});
