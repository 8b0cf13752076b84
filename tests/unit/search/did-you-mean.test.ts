// "Bedoelde je …?": a misspelt word corrected to the start of a term of the index.
import { describe, expect, it } from 'vitest';
import { allowedEdits, correctWord } from '../../../renderer/search/did-you-mean';

const TERMS = ['maatschappelijk', 'mantelzorgcompliment', 'mantelzorgers', 'minima', 'onderwijs', 'ondersteuning', 'schuldhulpverlening', 'wmo'].sort();

describe('correctWord', () => {
  it('corrects a swap of two letters to the start of a term: mantelzrog → mantelzorg', () => {
    expect(correctWord('mantelzrog', TERMS)).toBe('mantelzorg');
  });

  it('corrects a wrong, missing or extra letter', () => {
    expect(correctWord('ondersteuninh', TERMS)).toBe('ondersteuning');
    expect(correctWord('schuldhlp', TERMS)).toBe('schuldhulp');
    expect(correctWord('onderwwijs', TERMS)).toBe('onderwijs');
  });

  it('leaves alone a word that starts a term, a short word, and a word near nothing', () => {
    expect(correctWord('mantelz', TERMS)).toBeUndefined();
    expect(correctWord('minma', TERMS)).toBe('minima');
    expect(correctWord('wmp', TERMS)).toBeUndefined();
    expect(correctWord('begroting', TERMS)).toBeUndefined();
    // Three edits in a ten-letter word is too far.
    expect(correctWord('mantlezrgo', TERMS)).toBeUndefined();
  });

  it('allows one edit up to seven letters and two from eight', () => {
    expect(allowedEdits('minma')).toBe(1);
    expect(allowedEdits('mantelzrog')).toBe(2);
  });
});
