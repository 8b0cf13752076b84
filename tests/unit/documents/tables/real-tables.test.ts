// The tables of the five real documents as data (cell by cell from the source text), and
// exactly the findings the rekencontrole reports on them — each verified by hand.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../../scripts/convert-all';
import { checkDocumentTables, type CheckedTable, type TableValue } from '../../../../renderer/documents/tables';

const checked = new Map(convertAll(readSources()).map(({ model }) => [model.id, checkDocumentTables(model.blocks)]));
const BEGROTING = 'begroting-domein-bestuur';
const BELEIDSKADER = 'beleidskader-sociaal-domein-2023-2026';

function table(documentId: string, blockId: string): CheckedTable {
  const found = checked.get(documentId)?.find((t) => t.table.blockId === blockId);
  if (!found) throw new Error(`${documentId}: no table ${blockId}`);
  return found;
}
/** A cell's reading in short: its value, "pm"-like text for a placeholder, `!text` for malformed, `""` for empty. */
function short(value: TableValue): number | string {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'malformed') return `!${value.text}`;
  return value.text;
}
const grid = (t: CheckedTable) => t.table.rows.map((r) => [r.label, ...r.values.map(short)]);

describe('the tables of the five documents, as data', () => {
  it('finds seven tables: four in the begroting, three in the beleidskader, none elsewhere', () => {
    const counts = Object.fromEntries([...checked].map(([id, tables]) => [id, tables.map((t) => t.table.blockId)]));
    expect(counts).toEqual({
      [BEGROTING]: ['t-6', 't-174', 't-184', 't-197'],
      [BELEIDSKADER]: ['t-2306', 't-2434', 't-2466'],
      'dienstverleningskompas-bijlage-1': [],
      'kadernota-2022-domein-3': [],
      'samenleving-voorop': [],
    });
  });

  it('begroting dashboard: percentages, euro amounts, the glued saldo cell kept as malformed', () => {
    const t = table(BEGROTING, 't-6');
    expect(t.table.columns).toEqual(['', '']);
    expect(t.table.unit).toBeUndefined();
    expect(grid(t)).toEqual([
      ['Uitgaven', 8.43, 4488],
      ['Inkomsten', 1.03, 549],
      ['Saldo', '!4195060862,01%', -3938],
    ]);
    const uitgaven = t.table.rows[0]!.values;
    expect(uitgaven[0]).toMatchObject({ kind: 'number', percent: true, decimals: 2, euro: false });
    expect(uitgaven[1]).toMatchObject({ kind: 'number', percent: false, decimals: 0, euro: true, text: '€ 4.488' });
  });

  it('begroting exploitatie: headers, labels and every value', () => {
    const t = table(BEGROTING, 't-174');
    expect(t.table.labelHeader).toBe('Exploitatie');
    expect(t.table.columns).toEqual(['Werkelijk 2015', 'Werkelijk 2016', 'Begroting 2017', 'Begroting 2018', 'MJR 2019', 'MJR 2020']);
    expect(grid(t)).toEqual([
      ['Lasten', 0, -4668, -4489, -4456, -4468, -4402],
      ['Baten', 0, 500, 496, 496, 496, 496],
      ['Gerealiseerd saldo van baten en lasten', 0, -4168, -3993, -3960, -3972, -3906],
      ['Onttrekkingen', 0, 240, 53, -33, 26, 26],
      ['Stortingen', 0, 0, 0, 0, 0, 0],
      ['Mutaties reserves', 0, 240, 53, -33, 26, 26],
    ]);
  });

  it('begroting saldo per taakveld: the totals row without a label', () => {
    const t = table(BEGROTING, 't-184');
    expect(t.table.labelHeader).toBe('Saldo taakvelden');
    expect(t.table.columns).toEqual(['2016', '2017', '2018', '2019', '2020']);
    expect(grid(t)).toEqual([
      ['0.1 Bestuur', -1521, -1398, -1363, -1372, -1375],
      ['0.2 Burgerzaken', -896, -544, -546, -549, -481],
      ['0.3 Beheer overige gebouwen en gronden', 0, -109, -109, -109, -109],
      ['1.1 Crisisbeheersing en Brandweer', -1565, -1531, -1531, -1531, -1530],
      ['1.2 Openbare orde en veiligheid', -186, -411, -411, -411, -411],
      ['0.10 Toevoeging/onttrekking reserves', 240, 53, -33, 26, 26],
      ['', -3928, -3940, -3993, -3946, -3880],
    ]);
  });

  it('begroting nieuw beleid: decimals, "x" and "-" kept as text, empty cells', () => {
    const t = table(BEGROTING, 't-197');
    expect(t.table.columns).toEqual(['Incidenteel 2017', '2017', '2018', '2019', '2020']);
    expect(grid(t)).toEqual([
      ['1.1 Overbrengen bouwvergunningen naar Archief Eemland', 7, 21, 21, 21, 21],
      ['1.2 Extra capaciteit opschonen archief', 35, 'x', '-', '-', '-'],
      ['dekking: flexibele schil', -35, '', '', '', ''],
      ['1.3 Uitbreiding web-team', '-', 36, 36, 36, 36],
      ['1.4 Audiovisuele vormgeving begrotingsapp', '-', 7.5, 7.5, 7.5, 7.5],
      ['dekking: financiële ruimte Interne Kerntakendiscussie', '', -7.5, -7.5, -7.5, -7.5],
    ]);
    expect(t.table.rows[1]!.values.map((v) => v.kind)).toEqual(['number', 'placeholder', 'placeholder', 'placeholder', 'placeholder']);
    expect(t.table.rows[0]!.values[0]).toMatchObject({ decimals: 1 });
  });

  it('beleidskader uitvoeringsagenda: "e 15.000" read as € 15.000, n.t.b. as a placeholder', () => {
    const t = table(BELEIDSKADER, 't-2306');
    const amounts = t.table.rows.map((r) => short(r.values[1]!));
    expect(amounts).toEqual([15000, 13000, 160000, 80000, 20000, 15000, 'n.t.b.', 8000, 20000, 20000, 20000, 20000, 10000, 45000, 43000, 30000, 10000, 15000, 10000, 60000, 5000, 10000, 20000, 105000, 754000]);
    expect(t.table.rows[0]!.values[1]).toMatchObject({ euro: true, text: 'e 15.000' });
    expect(t.table.rows[0]!.values[0]).toEqual({ kind: 'text', text: 'Ontwikkeling (cursus) aanbod gezonde bestedingpatronen' });
    expect(t.table.rows.map((r) => r.label).filter(Boolean)).toEqual([
      'Rondkomen', 'Wonen en zorg', 'Verbindend netwerk', 'Vrijwilligers', 'Leefstijl, sport, bewegen', 'Opvoeden en opgroeien', 'Toekomstbestendig ondersteunen', 'Totaal',
    ]);
  });

  it('beleidskader meerjarenraming: the unit with € extracted as "e", the misprint "1.307.0" kept out', () => {
    const t = table(BELEIDSKADER, 't-2434');
    expect(t.table.unit).toEqual({ text: '(Bedragen x e 1.000)', currency: 'EUR', multiplier: 1000 });
    expect(t.table.labelHeader).toBe('Primitieve MJR 2023-2026');
    expect(t.table.columns).toEqual(['2023', '2024', '2025', '2026']);
    expect(grid(t)).toEqual([
      ['Taakveld', '', '', '', ''],
      ['4.3 Onderwijsbeleid en leerlingzaken', 1037.5, 1037.5, 1036.2, 1037.8],
      ['5.1-5.6 Sport en cultuur', 1278, 1321, '!1.307.0', 1250],
      ['6.1-6.2 Toegang en basisinfrastructuur', 5582.6, 5775.1, 5934.5, 5819.5],
      ['6.3-6.6 Werk en Inkomen', 3493.9, 3484.3, 3433.2, 3411.3],
      ['6.6-6.8 Wmo en Jeugdzorg', 13916.4, 13900.3, 13727.4, 13947.4],
      ['7.1 Volksgezondheid', 1202.6, 1203.6, 1203.6, 1203.6],
      ['Totaal begroting Domein Samenleving', 26511, 26721.8, 26641.9, 26669.6],
    ]);
  });

  it('beleidskader extra middelen: "- 276" with a space, pm, the unit', () => {
    const t = table(BELEIDSKADER, 't-2466');
    expect(t.table.unit?.multiplier).toBe(1000);
    expect(t.table.columns).toEqual(['2022', '2023', '2024', '2025', '2026', '2027', '2028']);
    expect(grid(t)).toEqual([
      ['Extra middelen jeugdzorg 100% (bron 2021)', 1779, 1969, 1848, 1703, 1173, 1106, 1106],
      ['Maatregelen hervormings agenda AEF rapport:', '', '', '', '', '', '', ''],
      ['Korting dossiers met overeenstemming (+/- -25%)', '', -475, -462, -426, -293, -276, -276],
      ['Korting dossiers zonder overeenstemming', '', 'pm', 'pm', 'pm', 'pm', 'pm', 'pm'],
      ['Eigen bijdragen', '', 'pm', 'pm', 'pm', 'pm', 'pm', 'pm'],
      ['Subtotaal netto extra middelen', 1779, 1449, 1386, 1277, 880, 829, 829],
      ['Af: eerdere stelposten', -215, -810, -810, -810, -810, -810, -810],
      ['Nieuw beleid: Investeringsplan Lariks (Raad nov 2021)', -515, -535, -535, -535, -535, -535, -535],
      ['Saldo verwerkt in begroting 2023-2026', 1049, 149, 41, -68, -465, -516, -516],
    ]);
  });
});

describe('the rekencontrole on the five documents', () => {
  const all = [...checked].flatMap(([documentId, tables]) =>
    tables.flatMap((t) => t.check.findings.map((f) => `${documentId} ${f.blockId} ${f.kind} ${f.rowLabel} | ${f.columnLabel} | ${f.printed} → ${f.computedText ?? '?'} (${f.certainty})`)),
  );

  it('reports exactly the findings checked by hand, nothing else', () => {
    expect(all).toEqual([
      // 549 − 4.488 = −3.939; printed −3.938.
      `${BEGROTING} t-6 ongeldig-getal Saldo | kolom 1 | 4195060862,01% → ? (zeker)`,
      `${BEGROTING} t-6 afronding Saldo | kolom 2 | € -3.938 → -3.939 (waarschijnlijk)`,
      // 26.641,9 − (1.036,2 + 5.934,5 + 3.433,2 + 13.727,4 + 1.203,6) = 1.307,0.
      `${BELEIDSKADER} t-2434 ongeldig-getal 5.1-5.6 Sport en cultuur | 2025 | 1.307.0 → 1.307,0 (zeker)`,
      // 1.969 − 475 = 1.494, printed 1.449; 1.106 − 276 = 830, printed 829.
      `${BELEIDSKADER} t-2466 fout Subtotaal netto extra middelen | 2023 | 1.449 → 1.494 (waarschijnlijk)`,
      `${BELEIDSKADER} t-2466 afronding Subtotaal netto extra middelen | 2027 | 829 → 830 (waarschijnlijk)`,
      `${BELEIDSKADER} t-2466 afronding Subtotaal netto extra middelen | 2028 | 829 → 830 (waarschijnlijk)`,
    ]);
  });

  it('reports the wrong subtotal once: the saldo 149 = 1.494 − 810 − 535 is its consequence, not a finding', () => {
    const t = table(BELEIDSKADER, 't-2466');
    const subtotal = t.check.findings.find((f) => f.kind === 'fout')!;
    expect(subtotal.explanation).toContain('mogelijk verwisselde cijfers');
    expect(subtotal.consequences).toEqual([{ row: 8, label: 'Saldo verwerkt in begroting 2023-2026', column: 1, agreesWithComputed: true }]);
    expect(t.check.checks.map((c) => [c.label, c.components.map((x) => x.sign * (x.row + 1))])).toEqual([
      ['Subtotaal netto extra middelen', [1, 3, 4, 5]],
      ['Saldo verwerkt in begroting 2023-2026', [6, 7, 8]],
    ]);
  });

  it('finds the totals by label and by the arithmetic, and says where it cannot check', () => {
    expect(table(BEGROTING, 't-174').check.checks.map((c) => [c.label, c.foundBy, c.components.map((x) => x.row)])).toEqual([
      ['Gerealiseerd saldo van baten en lasten', 'label', [0, 1]],
      ['Mutaties reserves', 'rekensom', [3, 4]],
    ]);
    expect(table(BEGROTING, 't-184').check).toMatchObject({ verdict: 'klopt', checks: [{ row: 6, foundBy: 'rekensom' }] });
    expect(table(BEGROTING, 't-197').check.verdict).toBe('geen-totalen');
    expect(table(BEGROTING, 't-6').check.checks[0]!.components.map((c) => [c.label, c.sign])).toEqual([['Uitgaven', -1], ['Inkomsten', 1]]);
    expect(table(BELEIDSKADER, 't-2306').check.checks[0]!.columns).toEqual([{ column: 1, status: 'klopt', reason: 'pm of n.t.b. niet meegeteld' }]);
    expect(table(BELEIDSKADER, 't-2434').check.uncheckable).toEqual([
      { row: 7, label: 'Totaal begroting Domein Samenleving', column: 2, reason: 'een onderdeel is geen geldig getal' },
    ]);
  });
});
