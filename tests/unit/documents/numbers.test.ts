// Dutch number notation: the figures of the real documents read as values, and the three
// recognisers (converter, reader, search) keep their deliberate differences.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import type { TableBlock } from '../../../renderer/documents/model';
import { isNumericCell, isNumericColumn, isTableValueToken, parseDutchNumber } from '../../../renderer/documents/numbers';

const models = new Map(convertAll(readSources()).map(({ model }) => [model.id, model]));

/** The first table of document `id` whose first header cell is `firstHeader` (undefined: no header). */
function table(id: string, firstHeader: string | undefined): TableBlock {
  const found = models.get(id)?.blocks.find((b): b is TableBlock => b.kind === 'table' && b.header[0] === firstHeader);
  if (!found) throw new Error(`no table "${firstHeader}" in ${id}`);
  return found;
}
const row = (t: TableBlock, label: string) => {
  const found = t.rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row "${label}"`);
  return found.cells;
};
const column = (t: TableBlock, index: number) => t.rows.map((r) => r.cells[index] ?? '');

describe('parseDutchNumber on the figures of the documents', () => {
  it('reads the begroting dashboard: percentages, euro amounts and a negative saldo', () => {
    const dashboard = table('begroting-domein-bestuur', undefined);
    expect(row(dashboard, 'Uitgaven').map(parseDutchNumber)).toEqual([8.43, 4488]);
    expect(row(dashboard, 'Inkomsten').map(parseDutchNumber)).toEqual([1.03, 549]);
    expect(parseDutchNumber(row(dashboard, 'Saldo')[1]!)).toBe(-3938);
  });

  it('reads the exploitatie, whose lasten and baten add up to the printed saldo', () => {
    const exploitatie = table('begroting-domein-bestuur', 'Exploitatie');
    const lasten = row(exploitatie, 'Lasten').map(parseDutchNumber);
    const baten = row(exploitatie, 'Baten').map(parseDutchNumber);
    const saldo = row(exploitatie, 'Gerealiseerd saldo van baten en lasten').map(parseDutchNumber);
    expect(lasten).toEqual([0, -4668, -4489, -4456, -4468, -4402]);
    expect(baten).toEqual([0, 500, 496, 496, 496, 496]);
    expect(lasten.map((l, i) => l! + baten[i]!)).toEqual(saldo);
    expect(saldo).toEqual([0, -4168, -3993, -3960, -3972, -3906]);
  });

  it('reads decimal commas and a minus set apart; placeholders and empty cells are not numbers', () => {
    const nieuwBeleid = table('begroting-domein-bestuur', '');
    expect(row(nieuwBeleid, '1.2 Extra capaciteit opschonen archief').map(parseDutchNumber)).toEqual([35, undefined, undefined, undefined, undefined]);
    expect(row(nieuwBeleid, 'dekking: flexibele schil').map(parseDutchNumber)).toEqual([-35, undefined, undefined, undefined, undefined]);
    expect(parseDutchNumber(row(nieuwBeleid, '1.4 Audiovisuele vormgeving begrotingsapp')[1]!)).toBe(7.5);
    const aef = table('beleidskader-sociaal-domein-2023-2026', 'Extra middelen Jeugd & Wmo');
    expect(row(aef, 'Korting dossiers met overeenstemming (+/- -25%)').map(parseDutchNumber)).toEqual([undefined, -475, -462, -426, -293, -276, -276]);
    expect(row(aef, 'Eigen bijdragen').map(parseDutchNumber)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(row(aef, 'Extra middelen jeugdzorg 100% (bron 2021)').map(parseDutchNumber)).toEqual([1779, 1969, 1848, 1703, 1173, 1106, 1106]);
  });

  it('checks the meerjarenraming: three columns add up, the misprinted "1.307.0" is not read', () => {
    const meerjaren = table('beleidskader-sociaal-domein-2023-2026', 'Primitieve MJR 2023-2026');
    const totals = row(meerjaren, 'Totaal begroting Domein Samenleving').map(parseDutchNumber);
    expect(totals).toEqual([26511, 26721.8, 26641.9, 26669.6]);
    const taakvelden = meerjaren.rows.filter((r) => /^\d/.test(r.label));
    for (const year of [0, 1, 3]) {
      const sum = taakvelden.reduce((total, r) => total + parseDutchNumber(r.cells[year]!)!, 0);
      expect(sum).toBeCloseTo(totals[year]!, 6);
    }
    expect(row(meerjaren, '6.6-6.8 Wmo en Jeugdzorg').map(parseDutchNumber)).toEqual([13916.4, 13900.3, 13727.4, 13947.4]);
    expect(row(meerjaren, '5.1-5.6 Sport en cultuur').map(parseDutchNumber)).toEqual([1278, 1321, undefined, 1250]);
  });

  it('does not read "n.t.b." or the PDF\'s "e" for a euro sign', () => {
    const speerpunten = table('beleidskader-sociaal-domein-2023-2026', undefined);
    const cells = speerpunten.rows.map((r) => r.cells[1]!);
    expect(cells).toContain('n.t.b.');
    expect(parseDutchNumber('n.t.b.')).toBeUndefined();
    expect(cells.at(-1)).toBe('e 754.000');
    expect(parseDutchNumber('e 754.000')).toBeUndefined();
  });
});

describe('parseDutchNumber on the notation', () => {
  it('understands every minus sign, brackets, euro and percent signs', () => {
    expect(parseDutchNumber('−4.668')).toBe(-4668);
    expect(parseDutchNumber('–4.668')).toBe(-4668);
    expect(parseDutchNumber('- 276')).toBe(-276);
    expect(parseDutchNumber('(276)')).toBe(-276);
    expect(parseDutchNumber('(€ 1.234,5)')).toBe(-1234.5);
    expect(parseDutchNumber('€ -3.938')).toBe(-3938);
    expect(parseDutchNumber('-€ 3.938')).toBe(-3938);
    expect(parseDutchNumber('+12')).toBe(12);
    expect(parseDutchNumber(' 8,43 % ')).toBe(8.43);
    expect(parseDutchNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseDutchNumber('0,5')).toBe(0.5);
    expect(parseDutchNumber('-0')).toBe(0);
  });

  it('returns undefined for what is not one figure', () => {
    for (const text of ['', ' ', '-', '–', 'x', 'pm', 'n.t.b.', '€', '%', '()', 'Totaal', '2023-2026', '3.01', '12.34', '1.307.0', ',5', '1,2,3', '- -5', '€ 5 €', '(-276)', '5 6']) {
      expect(parseDutchNumber(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});

describe('the recognisers keep their own rules', () => {
  it('the converter takes ASCII-minus figures and placeholders as table values, one token at a time', () => {
    for (const token of ['0', '-4.668', '36,0', '8,43%', '4195060862,01%', 'pm', 'x', '-', 'n.t.b.']) expect(isTableValueToken(token), token).toBe(true);
    for (const token of ['−4.668', '–', '€', 'e', '(276)', '2023-2026', 'Totaal', '']) expect(isTableValueToken(token), token).toBe(false);
  });

  it('the reader right-aligns figures, leniently, and columns of figures with placeholders', () => {
    for (const cell of ['0', '-4.668', '−4.668', '- 276', '€ -3.938', '8,43%', '1.307.0']) expect(isNumericCell(cell), cell).toBe(true);
    for (const cell of ['', 'pm', 'n.t.b.', 'x', 'e 754.000', '(276)', 'Totaal']) expect(isNumericCell(cell), cell).toBe(false);
    const nieuwBeleid = table('begroting-domein-bestuur', '');
    expect(column(nieuwBeleid, 1)).toEqual(['21,0', 'x', '', '36,0', '7,5', '-7,5']);
    expect(isNumericColumn(column(nieuwBeleid, 1))).toBe(true);
    // "pm" is no placeholder here: a column holding it is not aligned as a whole.
    const aef = table('beleidskader-sociaal-domein-2023-2026', 'Extra middelen Jeugd & Wmo');
    expect(isNumericColumn(column(aef, 0))).toBe(true);
    expect(isNumericColumn(column(aef, 1))).toBe(false);
    expect(isNumericColumn(['', '-'])).toBe(false);
  });
});
