/**
 * Percentages against their parts, where both are printed: in a table with a column of
 * percentages next to a column of amounts, a component's percentage must be its amount's
 * share of the total amount. Only checked under a total whose components are known (all
 * counted with a plus); a difference within the rounding of the printed figures is no finding.
 */
import { formatDutchNumber } from '../numbers';
import type { Finding } from './findings';
import { columnName, type ParsedRow, type ParsedTable } from './parse-table';

const EPSILON = 1e-7;

/** The value columns whose figures are all percentages. */
export function percentColumns(table: ParsedTable): Set<number> {
  const result = new Set<number>();
  table.columns.forEach((_, c) => {
    const figures = table.rows.map((r) => r.values[c]).filter((v) => v?.kind === 'number');
    const malformedPercent = table.rows.some((r) => r.values[c]?.kind === 'malformed' && r.values[c]!.text.trim().endsWith('%'));
    if ((figures.length > 0 || malformedPercent) && figures.every((v) => v!.kind === 'number' && v!.percent)) result.add(c);
  });
  return result;
}

/** The amount column a percentage column belongs to: the nearest column of amounts, right first. */
function amountColumnFor(table: ParsedTable, column: number, percent: Set<number>): number | undefined {
  const isAmount = (c: number) => c >= 0 && c < table.columns.length && !percent.has(c) && table.rows.some((r) => r.values[c]?.kind === 'number');
  for (let distance = 1; distance < table.columns.length; distance++) {
    if (isAmount(column + distance)) return column + distance;
    if (isAmount(column - distance)) return column - distance;
  }
  return undefined;
}

/** Findings on the percentages of `components` (rows counted with a plus) under the total `row`. */
export function checkPercentages(table: ParsedTable, row: ParsedRow, components: number[], percent: Set<number>): Finding[] {
  const findings: Finding[] = [];
  for (const column of percent) {
    const amountColumn = amountColumnFor(table, column, percent);
    if (amountColumn === undefined) continue;
    const total = row.values[amountColumn];
    if (total?.kind !== 'number' || total.value === 0) continue;
    for (const r of components) {
      const part = table.rows[r]!;
      const share = part.values[column];
      const amount = part.values[amountColumn];
      if (share?.kind !== 'number' || amount?.kind !== 'number') continue;
      const expected = (amount.value / total.value) * 100;
      const unit = 10 ** -share.decimals;
      // Amounts are rounded too: their half unit moves the share by this much at most.
      const amountRounding = (100 * 0.5 * 10 ** -amount.decimals * (1 + Math.abs(amount.value / total.value))) / Math.abs(total.value);
      const diff = Math.abs(share.value - expected);
      if (diff <= 0.5 * unit + amountRounding + EPSILON) continue;
      const kind = diff <= 1.5 * unit + amountRounding + EPSILON ? 'afronding' : 'percentage';
      const computedText = `${formatDutchNumber(expected, share.decimals)}%`;
      findings.push({
        id: `${table.blockId}:${r}:${column}:${kind}`,
        blockId: table.blockId,
        kind,
        row: r,
        rowLabel: part.label,
        column,
        columnLabel: columnName(table, column),
        printed: share.text,
        computed: Math.round(expected * 10 ** share.decimals) / 10 ** share.decimals,
        computedText,
        components: [
          { row: r, label: part.label, sign: 1 },
          { row: row.index, label: row.label, sign: 1 },
        ],
        certainty: 'waarschijnlijk',
        explanation: `${kind === 'afronding' ? 'Afronding' : 'Percentage klopt niet'}: ${amount.text.trim()} van ${total.text.trim()} is ${computedText}, gedrukt is ${share.text.trim()}.`,
        consequences: [],
      });
    }
  }
  return findings;
}
