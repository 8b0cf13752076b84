// A list keeps the item being edited when it is deleted elsewhere: at its place, as last seen,
// and only while it is being edited.
import { describe, expect, it } from 'vitest';
import { keepEditedItems, type KeptItem } from '../../../renderer/forms/keep-while-editing';

interface Item {
  id: string;
  text: string;
}
const keyOf = (item: Item) => item.id;
const a = { id: 'a', text: 'Eerste' };
const b = { id: 'b', text: 'Tweede' };
const c = { id: 'c', text: 'Derde' };

describe('keepEditedItems', () => {
  it('gives the list as it is while nothing is edited or nothing edited has gone', () => {
    const seen = new Map<string, KeptItem<Item>>();
    const list = [a, b, c];
    expect(keepEditedItems(list, keyOf, [], seen)).toEqual({ items: list, gone: new Set() });
    expect(keepEditedItems(list, keyOf, ['b'], seen).items).toBe(list);
    expect(seen.get('b')).toEqual({ item: b, index: 1 });
  });

  it('puts a deleted item that is being edited back at its place, as last seen', () => {
    const seen = new Map<string, KeptItem<Item>>();
    const changed = { ...b, text: 'Tweede, gewijzigd' };
    keepEditedItems([a, b, c], keyOf, ['b'], seen);
    keepEditedItems([a, changed, c], keyOf, ['b'], seen);
    const kept = keepEditedItems([a, c], keyOf, ['b'], seen);
    expect(kept.items).toEqual([a, changed, c]);
    expect(kept.gone).toEqual(new Set(['b']));
  });

  it('puts a kept item at the end when the list has become shorter than its place', () => {
    const seen = new Map<string, KeptItem<Item>>();
    keepEditedItems([a, b, c], keyOf, ['c'], seen);
    expect(keepEditedItems([a], keyOf, ['c'], seen).items).toEqual([a, c]);
    expect(keepEditedItems([], keyOf, ['c'], seen).items).toEqual([c]);
  });

  it('forgets an item once its editor closes, and never keeps one it has not seen', () => {
    const seen = new Map<string, KeptItem<Item>>();
    keepEditedItems([a, b], keyOf, ['b'], seen);
    expect(keepEditedItems([a], keyOf, [], seen).items).toEqual([a]);
    expect(seen.size).toBe(0);
    expect(keepEditedItems([a], keyOf, ['b'], seen)).toEqual({ items: [a], gone: new Set() });
  });
});
