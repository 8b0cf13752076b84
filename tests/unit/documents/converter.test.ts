// The converter on the five real documents: structure recovered, text unchanged.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import { convertDocument, CorrectionsMismatchError, joinWrapped, splitRow, type Conversion } from '../../../renderer/documents/converter';
import { blockText, type Block, type DocumentModel, type TableBlock, type TocEntry } from '../../../renderer/documents/model';

const sources = readSources();
const conversions = new Map<string, Conversion>(convertAll(sources).map((c) => [c.model.id, c]));

function conversion(id: string): Conversion {
  const c = conversions.get(id);
  if (!c) throw new Error(`no document ${id}`);
  return c;
}
const model = (id: string): DocumentModel => conversion(id).model;
const alnum = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');
const sortedWords = (text: string): string[] => text.split(/\s+/).filter(Boolean).sort();
const tocTexts = (entries: TocEntry[]): string[] => entries.map((e) => e.text);
const tables = (id: string): TableBlock[] => model(id).blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (id: string): string[] => model(id).blocks.map(blockText);
const blockContaining = (id: string, fragment: string): Block => {
  const block = model(id).blocks.find((b) => blockText(b).includes(fragment));
  if (!block) throw new Error(`"${fragment}" not found in ${id}`);
  return block;
};

describe('every document: no word or figure differs from the source', () => {
  for (const source of sources) {
    const lines = source.raw.split(/\r?\n/);
    it(`${source.info.id}: each block holds exactly the letters and digits of its source lines`, () => {
      const { model: m, sourceLines } = conversion(source.info.id);
      for (const block of m.blocks) {
        if (block.kind === 'heading' && block.supplied) continue;
        const used = sourceLines.get(block.id) ?? [];
        const original = used.map((no) => lines[no - 1]!).join('\n');
        if (block.kind === 'table') {
          expect(sortedWords(blockText(block)), block.id).toEqual(sortedWords(original));
        } else {
          expect(alnum(blockText(block)), block.id).toBe(alnum(original));
        }
      }
    });

    it(`${source.info.id}: every source line is shown once or left out as furniture`, () => {
      const { sourceLines, droppedLines } = conversion(source.info.id);
      const used = [...sourceLines.values()].flat();
      expect(new Set(used).size).toBe(used.length);
      const accounted = new Set([...used, ...droppedLines]);
      const missing = lines.map((text, i) => ({ no: i + 1, text })).filter((l) => l.text.trim() !== '' && !accounted.has(l.no));
      expect(missing).toEqual([]);
      expect(droppedLines.filter((no) => used.includes(no))).toEqual([]);
    });

    it(`${source.info.id}: no hard line breaks or split words inside paragraphs`, () => {
      for (const block of model(source.info.id).blocks) {
        if (block.kind !== 'paragraph') continue;
        expect(block.text).not.toContain('\n');
        // A line-end hyphen left in place shows as "woord- vervolg" with a lower-case continuation.
        const leftovers = block.text.match(/\p{L}- \p{Ll}+/gu) ?? [];
        for (const hit of leftovers) expect(hit, block.id).toMatch(/- (en|of|tot|als)$/);
      }
    });
  }
});

describe('kadernota 2022, domein 3', () => {
  const id = 'kadernota-2022-domein-3';

  it('mirrors the document: two chapters, goals 3.01 to 3.11 below "Wat willen we bereiken?"', () => {
    const toc = model(id).toc;
    expect(tocTexts(toc)).toEqual(['Visie op het domein', 'Wat willen we bereiken?']);
    const goals = toc[1]!.children;
    expect(goals.map((g) => g.number)).toEqual(['3.01', '3.02', '3.03', '3.04', '3.05', '3.06', '3.07', '3.08', '3.09', '3.10', '3.11']);
    expect(goals[3]).toMatchObject({ level: 3, text: '3.04 Duidelijkheid over de toekomst van het gemeentehuis' });
  });

  it('leaves out the navigation links and the duplicated title', () => {
    expect(texts(id).some((t) => t.includes('Terug naar navigatie'))).toBe(false);
    expect(model(id).blocks[0]).toMatchObject({ kind: 'heading', text: 'Visie op het domein' });
  });

  it('keeps bullet lists as lists', () => {
    expect(blockContaining(id, 'We pakken de georganiseerde criminaliteit aan.')).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [
        'We verbinden onze zorg- en veiligheidspartners met elkaar.',
        'We vergroten de maatschappelijke weerbaarheid in cyberveiligheid.',
        'We betrekken inwoners en buurten bij de aanpak van onveiligheid.',
        'We pakken de georganiseerde criminaliteit aan.',
        'We intensiveren en integreren toezicht en handhaving op de verschillende beleidsterreinen zoals verkeer, openbare ruimte, sociaal domein en burgerzaken.',
      ],
    });
  });
});

describe('beleidskader sociaal domein 2023–2026 (PDF)', () => {
  const id = 'beleidskader-sociaal-domein-2023-2026';

  it('has the chapters and speerpunten of the document, with 3.5 and 3.7 supplied by the correction file', () => {
    const toc = model(id).toc;
    expect(tocTexts(toc)).toEqual(['Voorwoord', '1. Visie', '2. Uitgangspunten', '3. Speerpunten', '4. Reguliere opgaven', '5. Financiën']);
    expect(tocTexts(toc[3]!.children)).toEqual([
      '3.1 Rondkomen | Vaste basis',
      '3.2 Wonen en zorg | Vaste basis',
      '3.3 Netwerken | Verbindend netwerk',
      '3.4 Vrijwilligers | Verbindend netwerk',
      '3.5 Leefstijl, sport, bewegen | Vitaal leven',
      '3.6 Opvoeden en opgroeien | Vitaal leven',
      '3.7 Toekomstbestendig ondersteunen | Passende ondersteuning',
    ]);
    expect(tocTexts(toc[3]!.children[0]!.children)).toEqual(['Uitgangspunten', 'Inzet', 'Ambitie']);
    const supplied = model(id).blocks.filter((b) => b.kind === 'heading' && b.supplied).map((b) => blockText(b));
    expect(supplied).toEqual(['3.5 Leefstijl, sport, bewegen | Vitaal leven', '3.7 Toekomstbestendig ondersteunen | Passende ondersteuning']);
  });

  it('places a chapter heading printed after its text before that text', () => {
    const blocks = model(id).blocks;
    const heading = blocks.findIndex((b) => b.kind === 'heading' && b.text === '2. Uitgangspunten');
    expect(blockText(blocks[heading + 1]!)).toMatch(/^In aanvulling op onze visie op het \(samen\) leven van onze inwoners/);
    expect(blockText(blockContaining(id, 'zowel informeel als formeel.'))).toContain(
      'advies en lichte ondersteuning, zowel informeel als formeel. De basisinfrastructuur is vrij toegankelijk,',
    );
  });

  it('reflows a hard-wrapped paragraph and undoes line-end hyphenation', () => {
    expect(blockText(blockContaining(id, 'Thuis in Leusden, dat is de titel'))).toBe(
      'Thuis in Leusden, dat is de titel van dit beleidskader. Waarbij thuis staat voor verbondenheid en gezamenlijkheid. ' +
        'Tussen inwoners, tussen mensen die actief zijn in zorg, welzijn en sport, en tussen gemeentemedewerkers van de ' +
        'verschillende beleidsterreinen. De titel weerspiegelt de ambitie om die onderlinge verbondenheid nog meer te ' +
        'versterken. Want vanuit die verbondenheid is er zorg voor elkaar en werken we samen.',
    );
  });

  it('keeps real hyphens and joins a paragraph across a page break', () => {
    const text = blockText(blockContaining(id, 'bewoners- en vrijwilligersorganisaties'));
    expect(text).toContain('informele partijen zoals bewoners- en vrijwilligersorganisaties van groot belang');
    expect(text).toMatch(/^Thuis in Leusden betekent ook dat mensen een netwerk hebben\. Waar ze zich thuis voelen, iets voor de ander doen of op elkaar terug kunnen vallen\./);
    expect(blockText(blockContaining(id, 'Meerjarenbegroting 2023-2026 schetst'))).toContain('jarenbegroting 2023-2026 schetst een beeld');
  });

  it('shows a pull quote as a quote after the paragraph it interrupted', () => {
    const blocks = model(id).blocks;
    const quote = blocks.findIndex((b) => b.kind === 'quote' && b.text.startsWith('‘Geldzorgen'));
    expect(blocks[quote]).toMatchObject({ text: '‘Geldzorgen geven je zo veel stress, gelukkig sta ik er nu niet meer alleen voor’' });
    expect(blockText(blocks[quote - 1]!)).toBe(
      'Dit doen we door een pilot van twee jaar te starten met een groep inwoners die langdurig in de bijstand zit. ' +
        'In het project wordt gevraagd naar de brede behoeften van minima, gekeken naar alle leefgebieden, met als doel ' +
        'deze inwoners (maatschappelijk) te activeren en mee te laten doen.',
    );
  });

  it('leaves out the repeated graphic labels', () => {
    for (const label of ['VITAAL', 'NETWERK• netwerken', 'LEVEN • leefstijl, sport, bewegen', 'ONDERSTEUNING']) {
      expect(texts(id).some((t) => t.includes(label))).toBe(false);
    }
  });

  it('keeps the financial tables as tables with every cell as printed', () => {
    const [speerpunten, meerjaren, aef] = tables(id);
    expect(speerpunten!.rows[0]).toEqual({ label: 'Rondkomen', cells: ['Ontwikkeling (cursus) aanbod gezonde bestedingpatronen', 'e 15.000'] });
    expect(speerpunten!.rows.at(-1)).toEqual({ label: 'Totaal', cells: ['', 'e 754.000'] });
    expect(meerjaren!.header).toEqual(['Primitieve MJR 2023-2026', '2023', '2024', '2025', '2026']);
    expect(meerjaren!.caption).toBe('(Bedragen x e 1.000)');
    expect(meerjaren!.rows).toContainEqual({ label: '5.1-5.6 Sport en cultuur', cells: ['1.278,0', '1.321,0', '1.307.0', '1.250,0'] });
    expect(meerjaren!.rows.at(-1)).toEqual({ label: 'Totaal begroting Domein Samenleving', cells: ['26.511,0', '26.721,8', '26.641,9', '26.669,6'] });
    expect(aef!.rows).toContainEqual({ label: 'Korting dossiers met overeenstemming (+/- -25%)', cells: ['', '-475', '-462', '-426', '-293', '- 276', '- 276'] });
    expect(aef!.rows).toContainEqual({ label: 'Eigen bijdragen', cells: ['', 'pm', 'pm', 'pm', 'pm', 'pm', 'pm'] });
  });
});

describe('programmabegroting, domein bestuur (web page)', () => {
  const id = 'begroting-domein-bestuur';

  it('turns "Wat mag het kosten?" into tables with header cells and row labels', () => {
    const exploitatie = tables(id).find((t) => t.header[0] === 'Exploitatie')!;
    expect(exploitatie.header).toEqual(['Exploitatie', 'Werkelijk 2015', 'Werkelijk 2016', 'Begroting 2017', 'Begroting 2018', 'MJR 2019', 'MJR 2020']);
    expect(exploitatie.rows[0]).toEqual({ label: 'Lasten', cells: ['0', '-4.668', '-4.489', '-4.456', '-4.468', '-4.402'] });
    const taakvelden = tables(id).find((t) => t.header[0] === 'Saldo taakvelden')!;
    expect(taakvelden.rows.at(-1)).toEqual({ label: '', cells: ['-3.928', '-3.940', '-3.993', '-3.946', '-3.880'] });
    const nieuwBeleid = tables(id).find((t) => t.header[1] === 'Incidenteel 2017')!;
    expect(nieuwBeleid.rows[2]).toEqual({ label: 'dekking: flexibele schil', cells: ['-35,0', '', '', '', ''] });
  });

  it('keeps the dashboard figures, including the odd percentage, and drops the progress-bar labels', () => {
    expect(tables(id)[0]!.rows).toEqual([
      { label: 'Uitgaven', cells: ['8,43%', '€ 4.488'] },
      { label: 'Inkomsten', cells: ['1,03%', '€ 549'] },
      { label: 'Saldo', cells: ['4195060862,01%', '€ -3.938'] },
    ]);
    expect(texts(id).some((t) => t.includes('Complete'))).toBe(false);
  });

  it('has one heading per programme part, without the duplicate', () => {
    expect(tocTexts(model(id).toc)).toEqual(['Domein Bestuur', 'Samenleving Voorop', 'Dienstverlening', 'Samenwerken', 'Veiligheid', 'Wat mag het kosten?', 'BBV indicatoren']);
    expect(tocTexts(model(id).toc[1]!.children)).toEqual(['Ambitie', 'Context en achtergrond', 'Kaderstellende beleidsnotities', 'Wat willen we bereiken?', 'Met wie werken we samen?']);
  });
});

describe('samenleving voorop (print view)', () => {
  const id = 'samenleving-voorop';

  it('leaves out the print banner and keeps the core values as a numbered list', () => {
    expect(texts(id).some((t) => /Pagina afdrukken|afdrukvoorbeeld/.test(t))).toBe(false);
    const values = blockContaining(id, 'Partnerschap');
    expect(values).toMatchObject({ kind: 'list', ordered: true });
    expect(values.kind === 'list' && values.items[4]).toBe('Innovatie en vernieuwing\nOnze ambitie is steeds een stap verder te zetten, daarbij zijn innovatie en vernieuwing leidend.');
  });

  it('shows the motto as a quote', () => {
    expect(blockContaining(id, 'samen kom je verder')).toMatchObject({ kind: 'quote' });
  });
});

describe('dienstverleningskompas, bijlage I (brochure)', () => {
  const id = 'dienstverleningskompas-bijlage-1';

  it('puts the values headings, printed after their text, before it', () => {
    const headings = model(id).blocks.filter((b) => b.kind === 'heading').map((b) => blockText(b));
    expect(headings.slice(0, 7)).toEqual([
      'Samen bouwen we aan een verbonden Leusden',
      'Persoonlijk',
      'Eerlijk',
      'Eenvoudig',
      'Professioneel',
      'Bijlage I: Een kompas voor dienstverlening',
      '1.1 Waarde: Persoonlijk',
    ]);
    const blocks = model(id).blocks;
    const eerlijk = blocks.findIndex((b) => b.kind === 'heading' && b.text === '1.2 Waarde: Eerlijk');
    expect(blockText(blocks[eerlijk + 1]!)).toBe(
      'Zowel inwoners, raad als bestuur vinden het belangrijk dat de gemeente eerlijk is. Eerlijk over afspraken, eerlijk als het gaat om transparantie over processen en eerlijk in de zin van integer handelen.',
    );
  });

  it('keeps one list across the blank lines between its bullets', () => {
    const list = blockContaining(id, 'Openbare ruimte, met als voorbeeld');
    expect(list.kind === 'list' && list.items.length).toBe(5);
  });
});

describe('converter rules', () => {
  it('joins wrapped lines', () => {
    expect(joinWrapped('gezamenlijk-', 'heid. Tussen')).toBe('gezamenlijkheid. Tussen');
    expect(joinWrapped('zoals bewoners-', 'en vrijwilligers')).toBe('zoals bewoners- en vrijwilligers');
    expect(joinWrapped('Meerjarenbegroting 2023-', '2026 schetst')).toBe('Meerjarenbegroting 2023-2026 schetst');
    expect(joinWrapped('beleid en/', 'of begroting')).toBe('beleid en/of begroting');
    expect(joinWrapped('de inzet van de ', ' Praktijkondersteuner')).toBe('de inzet van de Praktijkondersteuner');
  });

  it('splits a table row into its label and right-aligned values', () => {
    expect(splitRow('0.3 Beheer overige gebouwen en gronden 0 -109 -109 -109 -109', 5)).toEqual({
      label: '0.3 Beheer overige gebouwen en gronden',
      cells: ['0', '-109', '-109', '-109', '-109'],
    });
    expect(splitRow('Maatregelen hervormings agenda AEF rapport:', 2)).toEqual({ label: 'Maatregelen hervormings agenda AEF rapport:', cells: ['', ''] });
  });

  it('refuses a correction file written for another version of the text', () => {
    const source = sources.find((s) => s.info.id === 'kadernota-2022-domein-3')!;
    expect(() => convertDocument(`${source.raw}\nEen extra regel.`, source.info, source.corrections)).toThrow(CorrectionsMismatchError);
  });

  it('converts a text without a correction file', () => {
    const { model: m } = convertDocument('Titel\n\nEen alinea die\nafgebroken is.\n', { ...sources[0]!.info, layout: 'wrapped' });
    expect(m.blocks.map((b) => [b.kind, blockText(b)])).toEqual([
      ['heading', 'Titel'],
      ['paragraph', 'Een alinea die afgebroken is.'],
    ]);
  });
});
