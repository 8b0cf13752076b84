// The hardening functions on their own, with hostile strings: which cells get an apostrophe,
// which characters leave the Word text, and how Markdown syntax is escaped while ordinary Dutch
// text stays exactly as typed.
import { describe, expect, it } from 'vitest';
import { cleanAllText, csvSafeCell, escapeMarkdown, xmlSafeText } from '../../../../renderer/questions/export/safe-text';

describe('csvSafeCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31', "'+31"],
    ['-2+3', "'-2+3"],
    // No exception for "- " followed by text: the old rule let "- 276" through.
    ['- 276', "'- 276"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('prefixes %j', (value, expected) => {
    expect(csvSafeCell(value)).toBe(expected);
  });

  it.each(['gewoon', '', ' =1+1', '5-2', 'a=b', "'al tekst", '\u202E=1+1', 'Coëfficiënt-beheer', '€ 1.250.000'])('leaves %j as it is', (value) => {
    expect(csvSafeCell(value)).toBe(value);
  });
});

describe('xmlSafeText', () => {
  it('removes U+FFFE, U+FFFF, lone surrogates and C0 controls other than tab, LF and CR', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(xmlSafeText('voor\uD800na')).toBe('voorna');
    expect(xmlSafeText('voor\uDC00na')).toBe('voorna');
    // A low surrogate before a high one is two lone halves, not a pair.
    expect(xmlSafeText('\uDC00\uD800')).toBe('');
    const c0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    expect(xmlSafeText(`[${c0}]`)).toBe('[\t\n\r]');
  });

  it('keeps every character XML allows: pairs, bidi controls, U+FFFD, DEL and C1 controls', () => {
    const allowed = 'Zoë € “citaat” 😀 \u202Eomgekeerd\u202C \uFFFD \u007F\u0085 \uE000 \u{10FFFF}';
    expect(xmlSafeText(allowed)).toBe(allowed);
  });

  it('leaves no character outside the XML 1.0 Char production in any string of UTF-16 units', () => {
    let all = '';
    for (let code = 0; code <= 0xffff; code++) all += String.fromCharCode(code);
    const cleaned = xmlSafeText(all);
    expect(cleaned).toMatch(XML_TEXT);
    // Removed: the 29 C0 controls, U+FFFE/U+FFFF and the surrogates — all 2048 but U+DBFF U+DC00,
    // which stand side by side in this string and so form a valid pair (U+10FC00).
    expect(all.length - cleaned.length).toBe(29 + 2 + 2046);
    expect(cleaned).toContain('\u{10FC00}');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['**vet**', '\\*\\*vet\\*\\*'],
    ['_schuin_', '\\_schuin\\_'],
    ['# kop', '\\# kop'],
    ['  ## kop', '  \\## kop'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![beeld](x.png)', '!\\[beeld\\](x.png)'],
    ['<https://voorbeeld.nl>', '\\<https://voorbeeld.nl>'],
    ['`code`', '\\`code\\`'],
    ['```', '\\`\\`\\`'],
    ['a | b', 'a \\| b'],
    ['~~weg~~', '\\~\\~weg\\~\\~'],
    ['C:\\map', 'C:\\\\map'],
    ['&lt;b&gt; &#60; &#x3C;', '\\&lt;b\\&gt; \\&#60; \\&#x3C;'],
    ['1. punt', '1\\. punt'],
    ['2026. Een jaartal', '2026\\. Een jaartal'],
    ['12) punt', '12\\) punt'],
    ['- punt', '\\- punt'],
    ['- 276', '\\- 276'],
    ['+ punt', '\\+ punt'],
    ['* punt', '\\* punt'],
    ['> citaat', '\\> citaat'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['-', '\\-'],
  ])('escapes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('escapes at the start of every line, and makes CRLF and CR plain line feeds', () => {
    expect(escapeMarkdown('Vraag:\r\n# kop\r> citaat\n1. een\n   - twee')).toBe('Vraag:\n\\# kop\n\\> citaat\n1\\. een\n   \\- twee');
  });

  it.each([
    'Welke "derde partijen" zijn bedoeld; en wat kost dat?',
    'De begroting noemt € 1.250.000 voor Coëfficiënt-beheer.',
    'Kadernota 2022 – Domein 3: Veiligheid, § 3.03, alinea 2',
    'Is 5 > 3? Ja! Zie ook: R&D, 50% en 3-2-1.',
    '1.250.000 euro',
    '-2+3',
    '+31 33 123 45 67',
    '=SOM(A1) is geen formule',
    '\u202E# kop',
  ])('leaves %j as typed', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });
});

describe('cleanAllText', () => {
  it('applies the cleaning to every string in nested objects and arrays, keeping other values', () => {
    const data = { title: 'a\u0001', count: 2, none: undefined, list: [{ quote: 'b\uFFFF', n: null }], flag: true };
    expect(cleanAllText(data, xmlSafeText)).toEqual({ title: 'a', count: 2, none: undefined, list: [{ quote: 'b', n: null }], flag: true });
    expect(data.title).toBe('a\u0001');
  });
});

// Only characters of XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets).
const XML_TEXT = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
