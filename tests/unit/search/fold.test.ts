// Folding and tokenizing: Dutch diacritics and case disappear, offsets still point into the original.
import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets } from '../../../renderer/search/fold';
import { parseQuery } from '../../../renderer/search/parse-query';
import { termSpans, tokenize } from '../../../renderer/search/tokenize';

describe('foldText', () => {
  it('drops case and diacritics', () => {
    expect(foldText('Financiën')).toBe('financien');
    expect(foldText('één')).toBe('een');
    expect(foldText('Ideeën, coöperatie, café, reünie')).toBe('ideeen, cooperatie, cafe, reunie');
  });

  it('keeps a map from folded to original offsets, also for decomposed input', () => {
    const decomposed = 'Financie\u0308n en zo';
    const folded = foldWithOffsets(decomposed);
    expect(folded.text).toBe('financien en zo');
    expect(folded.offsets.length).toBe(folded.text.length + 1);
    // "n" after the ë comes from index 9 of the original (e, combining diaeresis at 7 and 8).
    expect(folded.offsets[8]).toBe(9);
    expect(foldWithOffsets('één').text).toBe(foldText('één'));
  });
});

describe('tokenize', () => {
  it('splits on anything but letters and digits, keeping Dutch numbers whole', () => {
    expect(tokenize('‘Extra’ inkomsten: € 1.000 en 8,43% (2023-2026).')).toEqual(['extra', 'inkomsten', '1.000', 'en', '8,43', '2023', '2026']);
  });

  it('gives the original offsets of each term', () => {
    const text = '5. Financiën';
    expect(termSpans(text)).toEqual([
      { term: '5', start: 0, end: 1 },
      { term: 'financien', start: 3, end: 12 },
    ]);
    expect(text.slice(3, 12)).toBe('Financiën');
  });
});

describe('parseQuery', () => {
  it('matches the last word as a prefix while it is being typed', () => {
    expect(parseQuery('jeugdzorg fina')).toEqual({ words: ['jeugdzorg', 'fina'], phrases: [], prefix: 'word' });
    expect(parseQuery('jeugdzorg fina ')).toEqual({ words: ['jeugdzorg', 'fina'], phrases: [], prefix: null });
  });

  it('reads phrases between straight or curly quotes, also one still being typed', () => {
    expect(parseQuery('"vaste basis" Armoede')).toEqual({ words: ['armoede'], phrases: [['vaste', 'basis']], prefix: 'word' });
    expect(parseQuery('“Vaste Basis”')).toEqual({ words: [], phrases: [['vaste', 'basis']], prefix: null });
    expect(parseQuery('"vaste bas')).toEqual({ words: [], phrases: [['vaste', 'bas']], prefix: 'phrase' });
  });
});
