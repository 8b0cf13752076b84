// Small pure rules of the in-text annotation UI: what a click opens, where a popover goes,
// how tags are read, how quotes are shortened, the place status and the margin markers.
import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../../../renderer/anchoring/anchor-all';
import { anchorStatusText } from '../../../renderer/annotations/anchor-status';
import { parseTags } from '../../../renderer/annotations/AnnotationForm';
import type { Annotation } from '../../../renderer/model/annotation';
import { annotationsAt } from '../../../renderer/annotations/annotations-at';
import { groupByBlock, markerLabel } from '../../../renderer/annotations/MarginMarkers';
import { placePopover } from '../../../renderer/annotations/popover-position';
import { shorten } from '../../../renderer/annotations/SelectionToolbar';

function anchored(id: string, start: number, end: number, extra: Partial<Annotation> = {}): AnchoredAnnotation {
  return { annotation: { id, color: 'geel', ...extra } as Annotation, status: 'exact', start, end };
}

describe('annotationsAt', () => {
  it('opens the innermost of overlapping annotations first', () => {
    const items = [anchored('wide', 0, 50), anchored('narrow', 10, 20), anchored('elsewhere', 60, 70)];
    expect(annotationsAt(items, 15).map((a) => a.annotation.id)).toEqual(['narrow', 'wide']);
    expect(annotationsAt(items, 20).map((a) => a.annotation.id)).toEqual(['wide']);
    expect(annotationsAt(items, 55)).toEqual([]);
  });
});

describe('placePopover', () => {
  const target = { top: 100, left: 600, width: 200, height: 20 };
  it('goes below the passage, kept inside the container', () => {
    expect(placePopover(target, { width: 300, height: 200 }, { width: 800 }, { top: 0, bottom: 1000 })).toEqual({ top: 128, left: 500 });
  });
  it('goes above when there is no room below', () => {
    expect(placePopover(target, { width: 300, height: 200 }, { width: 800 }, { top: -500, bottom: 250 })).toEqual({ top: -108, left: 500 });
  });
  it('stays inside the viewport when it fits neither below nor above', () => {
    expect(placePopover(target, { width: 300, height: 400 }, { width: 800 }, { top: 0, bottom: 450 })).toEqual({ top: 50, left: 500 });
    // Taller than the viewport: its top at the viewport's top (it scrolls inside).
    expect(placePopover(target, { width: 300, height: 600 }, { width: 800 }, { top: 60, bottom: 450 })).toEqual({ top: 60, left: 500 });
  });
});

describe('form text', () => {
  it('reads comma-separated labels', () => {
    expect(parseTags(' armoede, , wmo ,')).toEqual(['armoede', 'wmo']);
  });
  it('shortens long quotes in the middle', () => {
    expect(shorten('kort\ncitaat')).toBe('“kort citaat”');
    const long = shorten('a'.repeat(100) + ' midden ' + 'b'.repeat(100), 41);
    expect(long).toBe(`“${'a'.repeat(20)} … ${'b'.repeat(20)}”`);
  });
  it('tells where an annotation sits', () => {
    expect(anchorStatusText('exact')).toBe('Staat op de oorspronkelijke plek');
    expect(anchorStatusText('moved')).toBe('Tekst verplaatst: opnieuw gevonden');
    expect(anchorStatusText('approximate')).toBe('Tekst gewijzigd: benaderd geplaatst');
  });
});

describe('margin markers', () => {
  const anchorText = { text: 'een twee\n\ndrie', blocks: [{ id: 'p1', start: 0, end: 8 }, { id: 'p2', start: 10, end: 14 }] };
  it('groups annotations by the block they start in', () => {
    const groups = groupByBlock(anchorText, [anchored('a', 0, 3), anchored('b', 4, 12), anchored('c', 10, 14)]);
    expect(groups.map((g) => [g.blockId, g.items.map((i) => i.annotation.id)])).toEqual([
      ['p1', ['a', 'b']],
      ['p2', ['c']],
    ]);
  });
  it('names a marker by its flag, or else by its colour', () => {
    expect(markerLabel(anchored('a', 0, 3, { flag: 'motie-idee' }))).toBe('Motie-idee');
    expect(markerLabel(anchored('b', 0, 3, { color: 'blauw' }))).toBe('Markering blauw');
  });
});
