// The pure rules of two windows editing one item: when a save is refused, how the stored record
// stands against the editor's version, which fields differ, and the next updatedAt.
import { describe, expect, it } from 'vitest';
import { assertUnchanged, compareWithStored, EditConflictError, fieldDifferences, nextUpdatedAt } from '../../../renderer/forms/edit-conflict';

const messages = { changed: 'Gewijzigd.', deleted: 'Verwijderd.' };
const note = (updatedAt: number, text = 'Wat kost dit per jaar?') => ({ id: 'a', note: text, updatedAt });

describe('assertUnchanged', () => {
  it('passes the version the editor started from, and any record when no version is expected', () => {
    expect(() => assertUnchanged(note(100), 100, messages)).not.toThrow();
    expect(() => assertUnchanged(note(200), undefined, messages)).not.toThrow();
    expect(() => assertUnchanged(undefined, undefined, messages)).not.toThrow();
  });

  it('refuses a changed record with the record as stored now', () => {
    const stored = note(200, 'Nieuw');
    const refusal = (() => {
      try {
        assertUnchanged(stored, 100, messages);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(EditConflictError);
    expect(refusal).toMatchObject({ name: 'EditConflictError', message: 'Gewijzigd.', current: stored });
  });

  it('refuses a deleted record without a current one', () => {
    expect(() => assertUnchanged(undefined, 100, messages)).toThrow(expect.objectContaining({ message: 'Verwijderd.', current: undefined }));
  });
});

describe('compareWithStored', () => {
  it('is in sync while the record is read and while it carries the base version', () => {
    expect(compareWithStored(100, undefined)).toEqual({ kind: 'in-sync' });
    expect(compareWithStored(100, note(100))).toEqual({ kind: 'in-sync' });
  });

  it('tells a change elsewhere (with the stored record) from a delete', () => {
    expect(compareWithStored(100, note(250, 'Ander'))).toEqual({ kind: 'changed', current: note(250, 'Ander') });
    expect(compareWithStored(100, null)).toEqual({ kind: 'deleted' });
  });
});

describe('fieldDifferences', () => {
  it('lists the fields whose text differs, in the order of the editor', () => {
    const mine = { Kleur: 'Geel', Notitie: 'Wat kost dit per jaar?', Labels: 'preventie' };
    const theirs = { Kleur: 'Blauw', Notitie: 'Wat kost dit per jaar?', Labels: '' };
    expect(fieldDifferences(mine, theirs)).toEqual([
      { label: 'Kleur', mine: 'Geel', theirs: 'Blauw' },
      { label: 'Labels', mine: 'preventie', theirs: '' },
    ]);
    expect(fieldDifferences(mine, mine)).toEqual([]);
  });
});

describe('nextUpdatedAt', () => {
  it('is the clock, but always after the version it replaces', () => {
    expect(nextUpdatedAt(100, 5000)).toBe(5000);
    expect(nextUpdatedAt(5000, 5000)).toBe(5001);
    expect(nextUpdatedAt(6000, 5000)).toBe(6001);
  });
});
