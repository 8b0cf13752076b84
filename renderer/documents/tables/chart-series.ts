/**
 * The multi-year rows of a parsed table as series for a chart: the columns whose header names
 * a year ("2023", "Begroting 2018", "MJR 2019"), and each row with a figure in at least two of
 * them. Percentages are left out (another scale); cells without a figure are gaps. Pure.
 */
import type { ParsedTable } from './parse-table';

/** One row as a series: a value (and the printed text) per year column, undefined where no figure is printed. */
export interface ChartSeries {
  row: number;
  label: string;
  values: (number | undefined)[];
  printed: string[];
}

/** What a chart of a table shows. */
export interface TableChartData {
  /** The headers of the year columns, in table order. */
  columns: string[];
  series: ChartSeries[];
}

const YEAR = /\b(?:19|20)\d{2}\b/;

/** The chart data of a table, or undefined when it has fewer than two year columns or no row to show. */
export function chartSeries(table: ParsedTable): TableChartData | undefined {
  const yearColumns = table.columns.map((header, c) => (YEAR.test(header) ? c : -1)).filter((c) => c >= 0);
  if (yearColumns.length < 2) return undefined;
  const series = table.rows
    .map((row) => ({
      row: row.index,
      label: row.label,
      values: yearColumns.map((c) => {
        const value = row.values[c];
        return value?.kind === 'number' && !value.percent ? value.value : undefined;
      }),
      printed: yearColumns.map((c) => row.values[c]?.text.trim() ?? ''),
    }))
    .filter((s) => s.values.filter((v) => v !== undefined).length >= 2);
  if (series.length === 0) return undefined;
  return { columns: yearColumns.map((c) => table.columns[c]!), series };
}
