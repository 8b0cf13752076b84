// Every export groups per agendapunt in agenda order with the numbers of the screen: an agenda
// made out of order (7 before 3), a question without agendapunt, and one of only whitespace,
// which stays out unless asked for. Exact strings for Markdown and text, the CSV read back, and
// the .docx read back as text in the list layout and as table cells in the table layout.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Question } from '../../../../renderer/model/question';
import { buildCsv } from '../../../../renderer/questions/export/csv-export';
import { buildDocx } from '../../../../renderer/questions/export/docx-export';
import { TABLE_COLUMNS } from '../../../../renderer/questions/export/docx-table';
import { prepareExport } from '../../../../renderer/questions/export/export-model';
import { buildMarkdown, buildPlainText } from '../../../../renderer/questions/export/text-export';
import { readCsv } from '../../../support/csv-reader';
import { docxTables, docxText } from '../../../support/docx-text';
import { meeting, profile, questions as fixtureQuestions } from './export-fixture';

const agenda: AgendaItem[] = [
  { id: 'a7', meetingId: 'm1', number: '7', title: 'Begroting 2027', documentIds: [], order: 1 },
  { id: 'a3', meetingId: 'm1', number: '3', title: 'Kadernota 2022', documentIds: [], order: 0 },
];
const base = { meetingId: 'm1', kind: 'technische-vraag', toelichting: '', priority: 'normaal', status: 'concept', updatedAt: 1 } as const;
const reference = fixtureQuestions[0]!.reference!;
const questions: Question[] = [
  { ...base, id: 'vrij', order: 0, createdAt: 1, question: 'Vrije vraag?' },
  { ...base, id: 'begroting', agendaItemId: 'a7', order: 1, createdAt: 2, question: 'Wat kost de begroting?' },
  { ...base, id: 'kadernota', agendaItemId: 'a3', order: 2, createdAt: 3, question: 'Welke partijen?', toelichting: 'Zie blz. 4.', reference },
  { ...base, id: 'leeg', agendaItemId: 'a3', order: 3, createdAt: 4, question: ' \n ' },
];
const REFERENCE = 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën, § 3.03 Een veilige informatievoorziening en privacybescherming, alinea 2';
const QUOTE = reference.quote;

const exported = prepareExport(meeting, agenda, questions, profile);
const withEmpty = prepareExport(meeting, agenda, questions, profile, { includeEmpty: true });

describe('grouped export model', () => {
  it('groups per agendapunt in agenda order, without agendapunt last, and leaves out the question without text', () => {
    expect(exported.groups.map((g) => [g.heading, g.questions.map((q) => q.number)])).toEqual([
      ['Agendapunt 3 Kadernota 2022', [1]],
      ['Agendapunt 7 Begroting 2027', [3]],
      ['Zonder agendapunt', [4]],
    ]);
    expect(exported.questions.map((q) => q.number)).toEqual([1, 3, 4]);
    expect([exported.withoutText, exported.leftOut]).toEqual([1, 1]);
    expect(withEmpty.questions.map((q) => q.number)).toEqual([1, 2, 3, 4]);
    expect([withEmpty.withoutText, withEmpty.leftOut]).toEqual([1, 0]);
  });

  it('keeps the numbers of the whole list in a selection', () => {
    const selection = prepareExport(meeting, agenda, questions, profile, { selectedIds: new Set(['vrij', 'begroting', 'leeg']) });
    expect(selection.groups.map((g) => [g.heading, g.questions.map((q) => q.number)])).toEqual([
      ['Agendapunt 7 Begroting 2027', [3]],
      ['Zonder agendapunt', [4]],
    ]);
    expect(selection.leftOut).toBe(1);
  });
});

describe('grouped text exports', () => {
  it('writes Markdown with a section per agendapunt', () => {
    expect(buildMarkdown(exported)).toBe(
      [
        '# Vragen – Raad – Kadernota ‘22',
        '',
        '- **Fractie:** Fractie Leusden “Samen”',
        '- **Raadslid:** Zoë van Beëk',
        '- **Vergadering:** Raad – Kadernota ‘22 (Raadsvergadering)',
        '- **Datum:** donderdag 12 maart 2026',
        '',
        '## Agendapunt 3 Kadernota 2022',
        '',
        '### Vraag 1 – Technische vraag',
        '',
        `**Bron:** ${REFERENCE}  `,
        '**Prioriteit:** Normaal  ',
        '**Status:** Concept',
        '',
        `> ${QUOTE}`,
        '',
        '**Vraag:**  ',
        'Welke partijen?',
        '',
        '**Toelichting:**  ',
        'Zie blz. 4.',
        '',
        '## Agendapunt 7 Begroting 2027',
        '',
        '### Vraag 3 – Technische vraag',
        '',
        '**Prioriteit:** Normaal  ',
        '**Status:** Concept',
        '',
        '**Vraag:**  ',
        'Wat kost de begroting?',
        '',
        '## Zonder agendapunt',
        '',
        '### Vraag 4 – Technische vraag',
        '',
        '**Prioriteit:** Normaal  ',
        '**Status:** Concept',
        '',
        '**Vraag:**  ',
        'Vrije vraag?',
        '',
      ].join('\n'),
    );
  });

  it('keeps a heading ending in # whole in Markdown', () => {
    const hashes = prepareExport(meeting, [{ ...agenda[0]!, title: 'Motie #' }], questions.slice(0, 2), profile);
    expect(buildMarkdown(hashes)).toContain('\n## Agendapunt 7 Motie \\#\n');
  });

  it('writes plain text with an underlined heading per agendapunt, and the empty question when asked', () => {
    const text = buildPlainText(withEmpty);
    expect(text.slice(text.indexOf('Agendapunt 3'))).toBe(
      [
        'Agendapunt 3 Kadernota 2022',
        '---------------------------',
        '',
        '1. Technische vraag',
        `   Bron: ${REFERENCE}`,
        '   Prioriteit: Normaal',
        '   Status: Concept',
        `   Citaat: “${QUOTE}”`,
        '   Vraag: Welke partijen?',
        '   Toelichting: Zie blz. 4.',
        '',
        '2. Technische vraag',
        '   Prioriteit: Normaal',
        '   Status: Concept',
        '   Vraag:  ',
        '    ',
        '',
        'Agendapunt 7 Begroting 2027',
        '---------------------------',
        '',
        '3. Technische vraag',
        '   Prioriteit: Normaal',
        '   Status: Concept',
        '   Vraag: Wat kost de begroting?',
        '',
        'Zonder agendapunt',
        '-----------------',
        '',
        '4. Technische vraag',
        '   Prioriteit: Normaal',
        '   Status: Concept',
        '   Vraag: Vrije vraag?',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV rows in griffie order with their numbers and agendapunt', () => {
    const rows = readCsv(buildCsv(exported).slice(1), ';');
    const header = rows[0]!;
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((row) => [row[column('Nummer')], row[column('Agendapunt')], row[column('Vraag')]])).toEqual([
      ['1', '3 Kadernota 2022', 'Welke partijen?'],
      ['3', '7 Begroting 2027', 'Wat kost de begroting?'],
      ['4', '', 'Vrije vraag?'],
    ]);
  });
});

describe('grouped Word exports', () => {
  it('lays out the list with a heading per agendapunt', async () => {
    const text = docxText(await buildDocx(exported, 'list'));
    expect(text.slice(text.indexOf('Agendapunt 3'))).toBe(
      [
        'Agendapunt 3 Kadernota 2022',
        'Vraag 1 – Technische vraag',
        `Bron: ${REFERENCE}`,
        'Prioriteit: Normaal · Status: Concept',
        `“${QUOTE}”`,
        'Vraag',
        'Welke partijen?',
        'Toelichting',
        'Zie blz. 4.',
        'Agendapunt 7 Begroting 2027',
        'Vraag 3 – Technische vraag',
        'Prioriteit: Normaal · Status: Concept',
        'Vraag',
        'Wat kost de begroting?',
        'Zonder agendapunt',
        'Vraag 4 – Technische vraag',
        'Prioriteit: Normaal · Status: Concept',
        'Vraag',
        'Vrije vraag?',
        '',
      ].join('\n'),
    );
    expect(docxTables(await buildDocx(exported, 'list'))).toEqual([]);
  });

  it('lays out a table per agendapunt with a repeated header row and fixed widths', async () => {
    const bytes = await buildDocx(withEmpty, 'table');
    const tables = docxTables(bytes);
    const header = ['Nr', 'Vindplaats', 'Citaat', 'Vraag', 'Toelichting'];
    expect(tables.map((t) => t.rows)).toEqual([
      [header, ['1', REFERENCE, `“${QUOTE}”`, 'Welke partijen?', 'Zie blz. 4.'], ['2', '', '', ' \n ', '']],
      [header, ['3', '', '', 'Wat kost de begroting?', '']],
      [header, ['4', '', '', 'Vrije vraag?', '']],
    ]);
    for (const table of tables) {
      expect(table.headerRows).toEqual([true, ...table.rows.slice(1).map(() => false)]);
      expect(table.columnWidths).toEqual([600, 3000, 3600, 4058, 2700]);
    }
    expect(TABLE_COLUMNS.reduce((sum, [, width]) => sum + width, 0)).toBe(16838 - 2 * 1440);
    // On a landscape A4 page; the list layout stays upright.
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(strFromU8(unzipSync(await buildDocx(exported, 'list'))['word/document.xml']!)).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // The headings stand before their tables, in agenda order.
    const text = docxText(bytes);
    const order = ['Agendapunt 3 Kadernota 2022', 'Agendapunt 7 Begroting 2027', 'Zonder agendapunt'].map((h) => text.indexOf(`${h}\n`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text.indexOf('Zonder agendapunt\n')).toBeLessThan(text.indexOf('Vrije vraag?'));
  });
});
