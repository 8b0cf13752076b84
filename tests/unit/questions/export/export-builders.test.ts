// The export builders on a small question list: structure, Dutch dates, characters such as
// € and ë, quotes and line breaks intact; CSV read back as a spreadsheet reads it; the .docx
// unzipped and its word/document.xml searched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvField } from '../../../../renderer/questions/export/csv-export';
import { buildDocx } from '../../../../renderer/questions/export/docx-export';
import { formatDutchDate } from '../../../../renderer/questions/export/dutch-date';
import { exportFileName, prepareExport } from '../../../../renderer/questions/export/export-model';
import { buildMarkdown, buildPlainText } from '../../../../renderer/questions/export/text-export';
import { readCsv } from '../../../support/csv-reader';
import { docxText } from '../../../support/docx-text';
import { agendaItems, exported, meeting, profile, questions } from './export-fixture';
import { hostileExport } from './hostile-fixture';

const REFERENCE = 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën, § 3.03 Een veilige informatievoorziening en privacybescherming, alinea 2';

describe('export model', () => {
  it('writes Dutch long dates', () => {
    expect(formatDutchDate('2026-03-12')).toBe('donderdag 12 maart 2026');
    expect(formatDutchDate('2025-12-31')).toBe('woensdag 31 december 2025');
    expect(formatDutchDate('geen datum')).toBe('geen datum');
  });

  it('prepares the header and numbered questions, or only a selection with their own numbers', () => {
    expect(exported).toMatchObject({ title: 'Vragen – Raad – Kadernota ‘22', fractie: 'Fractie Leusden “Samen”', raadslid: 'Zoë van Beëk', meetingKind: 'Raadsvergadering', dateLong: 'donderdag 12 maart 2026' });
    expect(exported.questions.map((q) => [q.number, q.kind, q.agendaItem, q.referenceLabel])).toEqual([
      [1, 'Technische vraag', '5a Kadernota 2022; domein 3', REFERENCE],
      [2, 'Vraag voor de vergadering', undefined, undefined],
    ]);
    const selection = prepareExport(meeting, agendaItems, questions, profile, { selectedIds: new Set(['q2']) });
    expect(selection.questions.map((q) => q.number)).toEqual([2]);
    expect(exportFileName(exported, 'docx')).toBe('vragen-raad-kadernota-22-2026-03-12.docx');
  });
});

describe('Markdown and plain text', () => {
  it('lays out the header and each question in Markdown, keeping quotes, € and line breaks', () => {
    const markdown = buildMarkdown(exported);
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# Vragen – Raad – Kadernota ‘22',
      '',
      '- **Fractie:** Fractie Leusden “Samen”',
      '- **Raadslid:** Zoë van Beëk',
      '- **Vergadering:** Raad – Kadernota ‘22 (Raadsvergadering)',
      '- **Datum:** donderdag 12 maart 2026',
    ]);
    expect(markdown).toContain(
      [
        '## Agendapunt 5a Kadernota 2022; domein 3',
        '',
        '### Vraag 1 – Technische vraag',
        '',
        `**Bron:** ${REFERENCE}  \n**Gericht aan:** Wethouder Financiën  \n**Prioriteit:** Hoog  \n**Status:** Klaar`,
        '',
        '> regelmatiger oefenen en het maken van afspraken met derde partijen',
        '',
        '**Vraag:**  \nWelke "derde partijen" zijn bedoeld; en wat kost dat?  \nGraag per partij.',
        '',
        '**Toelichting:**  \nDe begroting noemt € 1.250.000 voor Coëfficiënt-beheer.',
      ].join('\n'),
    );
    expect(markdown).toContain('\n## Zonder agendapunt\n\n### Vraag 2 – Vraag voor de vergadering\n');
    expect(markdown.indexOf('Vraag 1')).toBeLessThan(markdown.indexOf('Vraag 2'));
  });

  it('writes plain text with numbered, indented questions', () => {
    const text = buildPlainText(exported);
    expect(text).toContain('Datum: donderdag 12 maart 2026\n');
    expect(text).toContain(
      `\nAgendapunt 5a Kadernota 2022; domein 3\n${'-'.repeat(38)}\n\n1. Technische vraag\n` +
        `   Bron: ${REFERENCE}\n   Gericht aan: Wethouder Financiën\n   Prioriteit: Hoog\n   Status: Klaar\n` +
        '   Citaat: “regelmatiger oefenen en het maken van afspraken met derde partijen”\n' +
        '   Vraag: Welke "derde partijen" zijn bedoeld; en wat kost dat?\n   Graag per partij.\n' +
        '   Toelichting: De begroting noemt € 1.250.000 voor Coëfficiënt-beheer.\n',
    );
  });
});

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF and uses ; as separator', () => {
    const csv = buildCsv(exported);
    expect(csv.startsWith('\uFEFFNummer;Soort;Agendapunt;Vraag;Toelichting;Document;Onderdeel;Alinea;Citaat;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Header, two questions and the empty rest after the last CRLF; the bare \n sits inside quotes.
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('reads back into the same fields, with quotes, separators, line breaks, € and ë intact', () => {
    const rows = readCsv(buildCsv(exported).slice(1), ';');
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows as [string[], string[], string[]];
    const record = Object.fromEntries(header.map((name, i) => [name, first[i]]));
    expect(record).toEqual({
      Nummer: '1',
      Soort: 'Technische vraag',
      Agendapunt: '5a Kadernota 2022; domein 3',
      Vraag: 'Welke "derde partijen" zijn bedoeld; en wat kost dat?\nGraag per partij.',
      Toelichting: 'De begroting noemt € 1.250.000 voor Coëfficiënt-beheer.',
      Document: 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën',
      Onderdeel: '3.03 Een veilige informatievoorziening en privacybescherming',
      Alinea: '2',
      Citaat: 'regelmatiger oefenen en het maken van afspraken met derde partijen',
      'Gericht aan': 'Wethouder Financiën',
      Prioriteit: 'Hoog',
      Status: 'Klaar',
      Antwoord: '',
      Raadslid: 'Zoë van Beëk',
      Fractie: 'Fractie Leusden “Samen”',
      Vergadering: 'Raad – Kadernota ‘22',
      Datum: '2026-03-12',
    });
    // A formula-like cell is kept as text for the spreadsheet.
    expect(second[3]).toBe("'=SOM(A1) is geen formule");
    expect(second).toHaveLength(header.length);
  });

  it('quotes only where it must', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    // No exception for "- " followed by text any more: every cell starting with "-" is prefixed.
    expect(csvField('- 5 procent')).toBe("'- 5 procent");
    expect(csvField('+31')).toBe("'+31");
  });
});

describe('Word (.docx)', () => {
  it('is a zip with word/document.xml holding header, question, quote and reference', async () => {
    const bytes = await buildDocx(exported);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    const text = docxText(bytes);
    expect(text).toContain('Vragen – Raad – Kadernota ‘22\n');
    expect(text).toContain('Fractie: Fractie Leusden “Samen”\nRaadslid: Zoë van Beëk\nVergadering: Raad – Kadernota ‘22 (Raadsvergadering)\nDatum: donderdag 12 maart 2026\n');
    expect(text).toContain('Datum: donderdag 12 maart 2026\nAgendapunt 5a Kadernota 2022; domein 3\nVraag 1 – Technische vraag\nBron: ');
    expect(text).toContain(`Bron: ${REFERENCE}\n`);
    expect(text).toContain('“regelmatiger oefenen en het maken van afspraken met derde partijen”\n');
    expect(text).toContain('Vraag\nWelke "derde partijen" zijn bedoeld; en wat kost dat?\nGraag per partij.\n');
    expect(text).toContain('Toelichting\nDe begroting noemt € 1.250.000 voor Coëfficiënt-beheer.\n');
    expect(text).toContain('Zonder agendapunt\nVraag 2 – Vraag voor de vergadering\n');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:lang w:val="nl-NL"');
  });

  const soffice = findTool('soffice');
  if (!soffice) console.log('LibreOffice-test overgeslagen: soffice is niet geïnstalleerd (`which soffice` vindt niets).');
  it.skipIf(!soffice)('opens in LibreOffice: soffice converts it to PDF', async () => {
    const text = convertWithLibreOffice(soffice!, await buildDocx(exported));
    // Where poppler's pdftotext exists, LibreOffice must also have laid out the content itself.
    if (text !== undefined) {
      expect(text).toContain('Welke "derde partijen" zijn bedoeld; en wat kost dat?');
      expect(text).toContain('€ 1.250.000');
      expect(text).toContain('Coëfficiënt-beheer');
    }
  }, 150_000);

  it.skipIf(!soffice)('opens in LibreOffice in the table layout, also with hostile text', async () => {
    const text = convertWithLibreOffice(soffice!, await buildDocx(exported, 'table'));
    if (text !== undefined) for (const shown of ['Nr', 'Vindplaats', 'Toelichting', 'Agendapunt 5a Kadernota 2022; domein 3', 'Zonder agendapunt', '1.250.000']) expect(text).toContain(shown);
    const hostile = convertWithLibreOffice(soffice!, await buildDocx(hostileExport, 'table'));
    if (hostile !== undefined) for (const shown of ['=SUM(A1)', '<script>alert(1)</script>', '**vet**']) expect(hostile).toContain(shown);
  }, 300_000);

  it.skipIf(!soffice)('opens in LibreOffice with hostile text (formulas, XML-forbidden characters, HTML, Markdown, bidi override)', async () => {
    const text = convertWithLibreOffice(soffice!, await buildDocx(hostileExport));
    if (text !== undefined) {
      for (const shown of ['=SUM(A1)', '- 276', '@cmd', '<script>alert(1)</script>', '**vet**', '# kop', '[x](javascript:alert(1))', 'Vraag 16 – Technische vraag']) {
        expect(text).toContain(shown);
      }
    }
  }, 150_000);
});

/**
 * Converts .docx bytes to PDF with LibreOffice, which fails on a file it cannot open, and checks
 * a PDF came out; returns the PDF's text where poppler's pdftotext exists, else undefined.
 */
function convertWithLibreOffice(soffice: string, docx: Uint8Array): string | undefined {
  const folder = mkdtempSync(path.join(tmpdir(), 'docx-'));
  const file = path.join(folder, 'vragen.docx');
  writeFileSync(file, docx);
  execFileSync(soffice, ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf', '--outdir', folder, file], { timeout: 120_000 });
  const pdf = readFileSync(path.join(folder, 'vragen.pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdftotext = findTool('pdftotext');
  return pdftotext ? execFileSync(pdftotext, ['-layout', path.join(folder, 'vragen.pdf'), '-'], { encoding: 'utf8' }) : undefined;
}

/** The path of a command-line tool (LibreOffice's soffice, poppler's pdftotext), or undefined where it is not installed. */
function findTool(name: string): string | undefined {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
