// A long note is folded in the panel: where it is cut, and that a short one is left whole.
import { describe, expect, it } from 'vitest';
import { foldedNote, NOTE_CHARACTERS } from '../../../renderer/annotations/NoteText';

describe('foldedNote', () => {
  it('leaves a short note whole', () => {
    expect(foldedNote('Wat kost dit per jaar?')).toBeUndefined();
    expect(foldedNote('x'.repeat(NOTE_CHARACTERS))).toBeUndefined();
    expect(foldedNote('een\ntwee\ndrie\nvier\nvijf\nzes\nzeven\nacht')).toBeUndefined();
  });

  it('cuts a long note at a word near the limit, with an ellipsis', () => {
    const note = 'Navragen bij de griffie. '.repeat(100);
    const folded = foldedNote(note)!;
    expect(folded.endsWith('…')).toBe(true);
    expect(folded.length).toBeLessThanOrEqual(NOTE_CHARACTERS + 1);
    expect(folded.length).toBeGreaterThan(NOTE_CHARACTERS * 0.8);
    expect(note.startsWith(folded.slice(0, -1))).toBe(true);
    expect(folded.slice(0, -1)).toMatch(/\S$/);
  });

  it('cuts a note without spaces at the limit', () => {
    expect(foldedNote('x'.repeat(50_000))).toBe(`${'x'.repeat(NOTE_CHARACTERS)}…`);
  });

  it('folds a note of many short lines after eight of them', () => {
    const note = Array.from({ length: 20 }, (_, i) => `Punt ${i + 1}`).join('\n');
    expect(foldedNote(note)).toBe(`${Array.from({ length: 8 }, (_, i) => `Punt ${i + 1}`).join('\n')}…`);
  });
});
