// Order keys, pure: a reorder's renumbering writes only what changed, and records that come back
// keep their keys while free, else go in front of the record holding their old key.
import { describe, expect, it } from 'vitest';
import { renumbered, slotIn } from '../../../renderer/model/order-keys';

const keys = (records: { id: string; order: number }[]) => records.map((record) => `${record.id}:${record.order}`);

describe('order keys', () => {
  it('renumbers 0…n-1, returning only the records whose key changed (or that are asked for)', () => {
    const ordered = [{ id: 'c', order: 2 }, { id: 'a', order: 0 }, { id: 'b', order: 2 }];
    expect(keys(renumbered(ordered))).toEqual(['c:0', 'a:1']);
    expect(keys(renumbered([{ id: 'a', order: 0 }, { id: 'b', order: 1 }], new Set(['b'])))).toEqual(['b:1']);
  });

  it('lets returning records keep their keys while no key is taken', () => {
    expect(keys(slotIn([{ id: 'a', order: 0 }, { id: 'c', order: 2 }], [{ id: 'b', order: 1 }]))).toEqual(['b:1']);
  });

  it('puts a returning record in front of the one holding its old key and renumbers the list', () => {
    // A, B, C; A deleted; C moved up (C:0, B:1); A back with key 0.
    expect(keys(slotIn([{ id: 'c', order: 0 }, { id: 'b', order: 1 }], [{ id: 'a', order: 0 }]))).toEqual(['a:0', 'c:1', 'b:2']);
    // Two back at once, one of them on a free key further down.
    expect(keys(slotIn([{ id: 'c', order: 0 }, { id: 'b', order: 1 }], [{ id: 'd', order: 5 }, { id: 'a', order: 0 }]))).toEqual(['a:0', 'c:1', 'b:2', 'd:3']);
  });
});
