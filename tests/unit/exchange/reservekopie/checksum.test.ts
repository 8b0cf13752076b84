// The fast paths of the checksum give exactly what the plain definitions give: the UTF-8 bytes
// of TextEncoder (hostile text included), and canonical JSON whether a value's keys are sorted
// already (nothing copied), unsorted, or odd (a Date, integer-like keys, a "__proto__" key).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, utf8Bytes } from '../../../../renderer/exchange/reservekopie/checksum';

/**
 * canonicalJson as it was first written (a sorted copy of every object, without prototype),
 * whose text every reservekopie made so far is hashed over: the faster one must match it.
 */
function plainCanonical(value: unknown): string {
  const copy = (item: unknown): unknown => {
    if (item === null || typeof item !== 'object') return item;
    if (Array.isArray(item)) return item.map(copy);
    const record = item as Record<string, unknown>;
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(record).sort()) if (record[key] !== undefined) sorted[key] = copy(record[key]);
    return sorted;
  };
  return JSON.stringify(copy(value));
}

const HOSTILE = [
  '',
  'gewone tekst',
  'Zo’n 8 procent – café, één, ü',
  'emoji 👩‍⚖️ en 🇳🇱',
  'losse \uD800 hoge en \uDC00 lage surrogaat',
  'eind met hoge \uD83D',
  '\u202Eomgekeerd\u202C en \u0000\u001F controle',
  '\uFEFF\uFFFE\uFFFF',
  'x'.repeat(1000) + '€',
];

describe('utf8Bytes', () => {
  it.each(HOSTILE)('gives the bytes TextEncoder gives for %j', (text) => {
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)));
  });

  it('hashes as Node hashes the same text', async () => {
    for (const text of HOSTILE) expect(await sha256Hex(text)).toBe(createHash('sha256').update(new TextEncoder().encode(text)).digest('hex'));
  });
});

describe('canonicalJson', () => {
  const sortedAlready = { a: [1, { b: 'x', c: null }], d: { e: true, f: 2.5 } };

  it('gives the first version’s text for sorted, unsorted and nested values', () => {
    const unsorted = { z: 1, a: { y: [3, { n: 'x', m: undefined, b: 0 }], b: -0 }, é: 'ü', B: null };
    for (const value of [sortedAlready, unsorted, [unsorted, sortedAlready], 'tekst', 3, null, [], {}]) {
      expect(canonicalJson(value)).toBe(plainCanonical(value));
    }
  });

  it('handles what JSON.parse can make: integer-like keys and a "__proto__" key, as keys', () => {
    const parsed = JSON.parse('{"b":1,"10":2,"9":3,"__proto__":{"y":1,"x":2},"a":[{"2":0,"1":1}]}') as unknown;
    expect(canonicalJson(parsed)).toBe(plainCanonical(parsed));
    expect(canonicalJson(parsed)).toContain('"__proto__":{"x":2,"y":1}');
    expect(Object.getPrototypeOf(JSON.parse(canonicalJson(parsed)))).toBe(Object.prototype);
  });

  it('tells apart lists of keys that join alike, and copies a sorted object whose member is not', () => {
    const alike = [{ b: 1, a: 2 }, { 'b\u0000a': 3 }, { b: 4, a: 5 }, { 'b\u0000a': 6, 0: 7 }];
    expect(canonicalJson(alike)).toBe(plainCanonical(alike));
    const outerSorted = { a: 1, b: { d: 1, c: 2 }, e: [{ g: 1, f: 2 }], h: 'x' };
    expect(canonicalJson(outerSorted)).toBe('{"a":1,"b":{"c":2,"d":1},"e":[{"f":2,"g":1}],"h":"x"}');
  });

  it('copies an object that is not plain (a Date) as JSON.stringify reads its keys, not its toJSON', () => {
    const value = { when: new Date(0), a: 1 };
    expect(canonicalJson(value)).toBe('{"a":1,"when":{}}');
  });

  it('does not change the value it is given', () => {
    const value = { b: { d: 1, c: 2 }, a: [{ z: 1, y: 2 }] };
    const before = JSON.stringify(value);
    canonicalJson(value);
    expect(JSON.stringify(value)).toBe(before);
  });
});
