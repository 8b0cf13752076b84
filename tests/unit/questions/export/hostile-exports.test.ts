// The real export builders on a question list of hostile text (hostile-fixture.ts): the CSV read
// back as a spreadsheet reads it has no cell a spreadsheet would run as a formula; every XML part
// of the .docx is strict UTF-8, holds only characters XML allows and is well-formed, and shows
// the hostile text as text; the Markdown shows HTML and Markdown syntax as the text it is.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../../renderer/questions/export/csv-export';
import { buildDocx } from '../../../../renderer/questions/export/docx-export';
import { prepareExport } from '../../../../renderer/questions/export/export-model';
import { buildMarkdown } from '../../../../renderer/questions/export/text-export';
import { readCsv } from '../../../support/csv-reader';
import { docxText } from '../../../support/docx-text';
import { HOSTILE, hostileAgendaItems, hostileExport, hostileMeeting, hostileProfile, hostileQuestions } from './hostile-fixture';

describe('CSV with hostile text', () => {
  const rows = readCsv(buildCsv(hostileExport).slice(1), ';');
  const [header, ...records] = rows as [string[], ...string[][]];
  const column = (name: string) => header.indexOf(name);

  it('reads back one row per question, every row as wide as the header', () => {
    expect(records).toHaveLength(HOSTILE.length);
    for (const record of records) expect(record).toHaveLength(header.length);
  });

  it('prefixes every cell starting with =, +, -, @, tab or CR with an apostrophe, and nothing else', () => {
    const expected = [
      "'=SUM(A1)",
      "'+31",
      "'-2+3",
      "'- 276",
      "'@cmd",
      "'\tx",
      "'\rx",
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\u0001',
      '<script>alert(1)</script>',
      '**vet**',
      '# kop',
      '[x](javascript:alert(1))',
      '\u202Eomgekeerd',
    ];
    for (const name of ['Vraag', 'Toelichting', 'Gericht aan', 'Antwoord']) {
      expect(records.map((record) => record[column(name)])).toEqual(expected);
    }
    const first = records[0]!;
    expect(first[column('Raadslid')]).toBe("'=SUM(A1)\u0001");
    expect(first[column('Fractie')]).toBe("'@cmd \u202Eomgekeerd <b>vet</b>");
    expect(first[column('Citaat')]).toBe(`citaat\n${HOSTILE.join('\n')}`);
  });

  it('leaves no cell anywhere that a spreadsheet reads as a formula', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Word (.docx) with hostile text', async () => {
  const bytes = await buildDocx(hostileExport);
  const parts = unzipSync(bytes);
  const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name));

  it.each(xmlParts)('%s is strict UTF-8, only XML characters, and well-formed', (name) => {
    // fatal: a lone surrogate written as CESU bytes would throw here instead of becoming U+FFFD.
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(parts[name]!);
    expect(xml).toMatch(XML_DOCUMENT_CHARS);
    // The fixture has no U+FFFD: one here would be a lone surrogate replaced rather than removed.
    expect(xml).not.toContain('\uFFFD');
    expect(wellFormednessErrors(xml)).toEqual([]);
  });

  it('shows HTML, Markdown, formulas and the bidi override as text, without the characters XML forbids', () => {
    const text = docxText(bytes);
    expect(text).toContain('Vragen – Raad <script>alert(1)</script> **vet** \n');
    expect(text).toContain('Fractie: @cmd \u202Eomgekeerd <b>vet</b>\nRaadslid: =SUM(A1)\n');
    expect(text).toContain('Agendapunt 5a # kop [x](javascript:alert(1))\nVraag 1 – Technische vraag\nBron: ');
    expect(text).toContain('Zonder agendapunt\nVraag 2 – Technische vraag\n');
    expect(text).toContain('Bron: Kadernota <i>2022</i> , § 3.03 **Veilig** , alinea 2\n');
    for (const [number, shown] of [
      [1, '=SUM(A1)'],
      [4, '- 276'],
      [5, '@cmd'],
      [12, '<script>alert(1)</script>'],
      [13, '**vet**'],
      [14, '# kop'],
      [15, '[x](javascript:alert(1))'],
      [16, '\u202Eomgekeerd'],
    ] as const) {
      const heading = number === 1 ? '' : `Vraag ${number} – Technische vraag\n`;
      expect(text).toContain(`${heading}Gericht aan: ${shown}\nPrioriteit: Normaal · Status: Concept\n`);
      expect(text).toContain(`Vraag\n${shown}\nToelichting\n${shown}\nAntwoord\n${shown}\n`);
    }
    // U+FFFE, U+FFFF, a lone U+D800 and U+0001 are removed: the questions made of them are empty
    // (an empty addressee, toelichting and answer are left out, as they always are).
    for (const number of [8, 9, 10, 11]) {
      expect(text).toContain(`Vraag ${number} – Technische vraag\nPrioriteit: Normaal · Status: Concept\nVraag\n\nVraag ${number + 1} – `);
    }
    for (const removed of ['\uFFFE', '\uFFFF', '\u0001']) expect(text).not.toContain(removed);
  });

  it('writes a tab as <w:tab/> and a carriage return as a line break', () => {
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*[\t\r][^<]*<\/w:t>/);
    // Question 6 ("\tx"): the question paragraph is an empty run, a tab run and "x".
    expect(xml).toContain('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">x</w:t></w:r></w:p>');
    // Question 7 ("\rx"): an empty line, then "x" after a line break.
    expect(docxText(bytes)).toContain('Vraag 7 – Technische vraag\nGericht aan: \nx\nPrioriteit: Normaal · Status: Concept\nVraag\n\nx\n');
  });

  it('keeps the document properties clean too', () => {
    const core = strFromU8(parts['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Vragen – Raad &lt;script&gt;alert(1)&lt;/script&gt; **vet** </dc:title>');
    expect(core).toContain('<dc:creator>=SUM(A1)</dc:creator>');
  });

  it('never turns user text into a Word field ("CURRENT" and "SECTION" are page-number fields to docx)', async () => {
    const words = hostileQuestions.slice(0, 2).map((q, i) => ({ ...q, question: ['CURRENT', 'SECTION'][i]!, answer: 'TOTAL_PAGES' }));
    const exported = prepareExport(hostileMeeting, hostileAgendaItems, words, hostileProfile);
    const built = await buildDocx(exported);
    expect(strFromU8(unzipSync(built)['word/document.xml']!)).not.toContain('w:fldChar');
    expect(docxText(built)).toContain('Vraag\nCURRENT\n');
    expect(docxText(built)).toContain('Vraag\nSECTION\n');
    expect(docxText(built)).toContain('Antwoord\nTOTAL_PAGES\n');
  });
});

describe('Markdown with hostile text', () => {
  const markdown = buildMarkdown(hostileExport);

  it('escapes HTML and Markdown syntax in the header', () => {
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# Vragen – Raad \\<script>alert(1)\\</script> \\*\\*vet\\*\\* \uFFFE\u0001\uD800',
      '',
      '- **Fractie:** @cmd \u202Eomgekeerd \\<b>vet\\</b>',
      '- **Raadslid:** =SUM(A1)\u0001',
      '- **Vergadering:** Raad \\<script>alert(1)\\</script> \\*\\*vet\\*\\* \uFFFE\u0001\uD800 (Raadsvergadering)',
      '- **Datum:** donderdag 12 maart 2026',
    ]);
  });

  it('escapes the fields, the quote and every line of the question text', () => {
    expect(markdown).toContain(
      [
        '## Agendapunt 5a # kop \\[x\\](javascript:alert(1))',
        '',
        '### Vraag 1 – Technische vraag',
        '',
        '**Bron:** Kadernota \\<i>2022\\</i> \uFFFF, § 3.03 \\*\\*Veilig\\*\\* \u0001, alinea 2  ',
        '**Gericht aan:** =SUM(A1)  ',
        '**Prioriteit:** Normaal  ',
        '**Status:** Concept',
        '',
        '> citaat',
        '> =SUM(A1)',
        '> +31',
        '> -2+3',
        '> \\- 276',
        '> @cmd',
        '> \tx',
        '>',
        '> x',
        '> \uFFFE',
        '> \uFFFF',
        '> \uD800',
        '> \u0001',
        '> \\<script>alert(1)\\</script>',
        '> \\*\\*vet\\*\\*',
        '> \\# kop',
        '> \\[x\\](javascript:alert(1))',
        '> \u202Eomgekeerd',
      ].join('\n'),
    );
    for (const [shown, text] of [
      ['\\- 276', '- 276'],
      ['\\<script>alert(1)\\</script>', '<script>alert(1)</script>'],
      ['\\*\\*vet\\*\\*', '**vet**'],
      ['\\# kop', '# kop'],
      ['\\[x\\](javascript:alert(1))', '[x](javascript:alert(1))'],
    ]) {
      const number = HOSTILE.indexOf(text as (typeof HOSTILE)[number]) + 1;
      expect(markdown).toContain(`### Vraag ${number} – Technische vraag\n\n**Gericht aan:** ${shown}  \n`);
      expect(markdown).toContain(`**Vraag:**  \n${shown}\n\n**Toelichting:**  \n${shown}\n\n**Antwoord:**  \n${shown}\n`);
    }
  });

  it('leaves no unescaped inline syntax, and starts no block except its own headings, list and quote', () => {
    // Outside the builder's own "**Label:**", every *, <, [, ], `, |, ~ and _ is backslash-escaped.
    const withoutLabels = markdown.replace(/\*\*[A-Z][a-z ]+:\*\*/g, '');
    expect(withoutLabels.replace(/\\[\\`*_[\]<|~#>+\-=.)&]/g, '')).not.toMatch(/[*<[\]`|~_]/);
    for (const line of markdown.split('\n')) {
      if (/^(# Vragen – |### Vraag \d+ – |## Agendapunt |## Zonder agendapunt$|- \*\*[A-Z][a-z]+:\*\* )/.test(line)) continue;
      const content = line.replace(/^> ?/, '');
      expect(content).not.toMatch(/^[ \t]*(#|>|[-+*]([ \t]|$)|[0-9]+[.)]([ \t]|$)|-{2,}|=+[ \t]*$)/);
    }
  });
});

// The characters of XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets).
const XML_DOCUMENT_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const NAME = '[A-Za-z_][\\w.:-]*';
const REFERENCE = '&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);';
const TEXT = new RegExp(`^(?:[^<&]|${REFERENCE})*$`);
const ATTRIBUTES = new RegExp(`^(?:\\s+${NAME}\\s*=\\s*(?:"(?:[^<&"]|${REFERENCE})*"|'(?:[^<&']|${REFERENCE})*'))*\\s*$`);

/**
 * A strict, small well-formedness check for the XML docx writes (no DOCTYPE, no CDATA): one
 * declaration at the start, tags that nest and close, attributes quoted and unique, text and
 * attribute values without a bare "<" or an "&" that is no reference, one root element.
 */
function wellFormednessErrors(xml: string): string[] {
  const errors: string[] = [];
  const open: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const token = new RegExp(`<(/?)(${NAME})([^<>]*?)(/?)>|<!--(?:(?!--)[\\s\\S])*-->|<[^>]*>?|[^<]+`, 'g');
  for (const match of body.matchAll(token)) {
    const [whole, closing, name, attributes = '', selfClosing] = match;
    if (whole.startsWith('<!--')) continue;
    if (!whole.startsWith('<')) {
      if (!TEXT.test(whole)) errors.push(`bad text: ${whole.slice(0, 40)}`);
      if (open.length === 0 && whole.trim() !== '') errors.push(`text outside the root: ${whole.slice(0, 40)}`);
      continue;
    }
    if (!name) {
      errors.push(`not a tag: ${whole.slice(0, 40)}`);
      continue;
    }
    if (closing) {
      if (attributes.trim() !== '' || selfClosing) errors.push(`bad end tag: ${whole}`);
      if (open.pop() !== name) errors.push(`end tag ${name} does not match`);
      continue;
    }
    if (!ATTRIBUTES.test(attributes)) errors.push(`bad attributes in <${name}>: ${attributes.slice(0, 60)}`);
    const attributeNames = [...attributes.matchAll(new RegExp(`(${NAME})\\s*=`, 'g'))].map((m) => m[1]);
    if (new Set(attributeNames).size !== attributeNames.length) errors.push(`repeated attribute in <${name}>`);
    if (open.length === 0) roots++;
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) errors.push(`unclosed: ${open.join(', ')}`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  return errors;
}

describe('wellFormednessErrors (the test helper itself)', () => {
  it('accepts good XML and finds what is broken', () => {
    expect(wellFormednessErrors('<?xml version="1.0"?><a x="1"><b>t &amp; &#60;</b><c/></a>')).toEqual([]);
    expect(wellFormednessErrors('<a><b></a>')).not.toEqual([]);
    expect(wellFormednessErrors('<a>x < y</a>')).not.toEqual([]);
    expect(wellFormednessErrors('<a>R&D</a>')).not.toEqual([]);
    expect(wellFormednessErrors('<a x="<"/>')).not.toEqual([]);
    expect(wellFormednessErrors('<a x="1" x="2"/>')).not.toEqual([]);
    expect(wellFormednessErrors('<a/><b/>')).not.toEqual([]);
    expect(wellFormednessErrors('<a><script>alert(1)</script></a>')).toEqual([]);
  });
});
