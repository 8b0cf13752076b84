// The multi-year rows of a table as chart series: year columns found by their headers.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../renderer/documents/model';
import { chartSeries, parseTable } from '../../../../renderer/documents/tables';

function block(header: string[], rows: [string, ...string[]][]): TableBlock {
  return { kind: 'table', id: 't-1', lines: [1, 1], header, rows: rows.map(([label, ...cells]) => ({ label, cells })) };
}

describe('chart series', () => {
  it('takes the year columns and every row with at least two figures in them', () => {
    const data = chartSeries(parseTable(block(['Exploitatie', 'Begroting 2018', 'MJR 2019', 'Toelichting'], [
      ['Lasten', '-4.468', '-4.402', 'zie 3.1'],
      ['Taakveld', '', '', ''],
      ['Eenmalig', '35,0', 'x', ''],
      ['Baten', '496', '- 496', ''],
    ])));
    expect(data).toEqual({
      columns: ['Begroting 2018', 'MJR 2019'],
      series: [
        { row: 0, label: 'Lasten', values: [-4468, -4402], printed: ['-4.468', '-4.402'] },
        { row: 3, label: 'Baten', values: [496, -496], printed: ['496', '- 496'] },
      ],
    });
  });

  it('has nothing to draw without two year columns', () => {
    expect(chartSeries(parseTable(block([], [['Uitgaven', '8,43%', '€ 4.488']])))).toBeUndefined();
    expect(chartSeries(parseTable(block(['', '2023', '2024'], [['A', 'pm', '1']])))).toBeUndefined();
  });
});
