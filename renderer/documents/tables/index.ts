/**
 * The rekencontrole of a whole document: every table block parsed and checked, with the
 * paragraph just before a table offered as the place its unit may be stated.
 */
import type { Block, TableBlock } from '../model';
import { checkTable } from './check-table';
import type { TableCheck } from './findings';
import { parseTable, type ParsedTable } from './parse-table';

export * from './findings';
export { checkTable } from './check-table';
export { parseCell, parseTable, findUnit, columnName, type ParsedTable, type ParsedRow, type TableValue, type TableUnit } from './parse-table';

/** A table of a document with its reading and its rekencontrole. */
export interface CheckedTable {
  table: ParsedTable;
  check: TableCheck;
}

/** Parses and checks every table of a document's blocks, in document order. */
export function checkDocumentTables(blocks: readonly Block[]): CheckedTable[] {
  const result: CheckedTable[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    const before = blocks[index - 1];
    const nearby = before && before.kind === 'paragraph' ? before.text : undefined;
    const table = parseTable(block as TableBlock, nearby);
    result.push({ table, check: checkTable(table) });
  });
  return result;
}
export { chartSeries, type ChartSeries, type TableChartData } from './chart-series';
