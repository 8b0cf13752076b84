// The annotations' index: note, tags and quote searchable; kept in step with the stored list.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../renderer/model/annotation';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { AnnotationIndex } from '../../../renderer/search/annotation-index';
import { parseQuery } from '../../../renderer/search/parse-query';

const PASSAGE = 'Als deze vaste basis ontbreekt, heeft dat een grote impact op iemands (gezins)leven.';

function annotation(id: string, changes: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: 'beleidskader-sociaal-domein-2023-2026',
    documentVersion: 'v1',
    target: describeRange(PASSAGE, 9, 20, 'p-144'),
    color: 'geel',
    note: 'Vragen naar de wachtlijst schuldhulpverlening',
    tags: ['armoede', 'begroting'],
    visibility: 'prive',
    author: { naam: 'A. Raadslid', fractie: 'Fractie' },
    createdAt: 1,
    updatedAt: 1,
    ...changes,
  };
}

const ids = (index: AnnotationIndex, input: string) => index.search(parseQuery(input)).map((h) => h.annotationId);

describe('AnnotationIndex', () => {
  it('finds an annotation by its note, a tag or the quoted passage, folded', () => {
    const index = new AnnotationIndex();
    index.sync([annotation('a')]);
    expect(ids(index, 'wachtlijst')).toEqual(['a']);
    expect(ids(index, 'ARMOEDE')).toEqual(['a']);
    expect(ids(index, '"vaste basis"')).toEqual(['a']);
    expect(ids(index, 'schuldhulp')).toEqual(['a']);
    const [hit] = index.search(parseQuery('wachtlijst'));
    expect(hit).toMatchObject({ type: 'annotation', documentId: 'beleidskader-sociaal-domein-2023-2026', blockId: 'p-144', quote: 'vaste basis', tags: ['armoede', 'begroting'] });
  });

  it('adds, replaces and discards as the list changes', () => {
    const index = new AnnotationIndex();
    index.sync([annotation('a'), annotation('b', { note: 'Motie over de bibliotheek' })]);
    expect(index.size).toBe(2);
    expect(ids(index, 'bibliotheek')).toEqual(['b']);

    index.sync([annotation('a'), annotation('b', { note: 'Amendement sportvelden', updatedAt: 2 })]);
    expect(ids(index, 'bibliotheek')).toEqual([]);
    expect(ids(index, 'sportvelden')).toEqual(['b']);

    index.sync([annotation('b', { note: 'Amendement sportvelden', updatedAt: 2 })]);
    expect(index.size).toBe(1);
    expect(ids(index, 'wachtlijst')).toEqual([]);
  });

  it('narrows to documents when asked', () => {
    const index = new AnnotationIndex();
    index.sync([annotation('a'), annotation('c', { documentId: 'kadernota-2022-domein-3' })]);
    expect(index.search(parseQuery('wachtlijst'), new Set(['kadernota-2022-domein-3'])).map((h) => h.annotationId)).toEqual(['c']);
  });

  it('does not match a phrase across two fields', () => {
    const index = new AnnotationIndex();
    index.sync([annotation('a', { note: 'eind van de notitie', tags: ['armoede'] })]);
    expect(ids(index, '"notitie armoede"')).toEqual([]);
  });
});
