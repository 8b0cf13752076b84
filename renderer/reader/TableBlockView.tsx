/**
 * A table block as a real data table: column headers, row headers, numbers right-aligned. A
 * cell with a rekencontrole finding is marked (and described by the finding, listed below the
 * table); a table whose totals add up says so quietly. The printed text of a cell never changes.
 */
import { useMemo, type ReactNode } from 'react';
import type { TableBlock } from '../documents/model';
import { isNumericCell, isNumericColumn } from '../documents/numbers';
import { checkTable, FINDING_KIND_LABELS, parseTable, type Finding } from '../documents/tables';
import { TableChart } from './TableChart';

/** Renders one table block; the wrapper scrolls sideways on narrow screens. `action`: a button before the table. */
export function TableBlockView({ block, action }: { block: TableBlock; action?: ReactNode }) {
  const columnCount = Math.max(block.header.length - 1, ...block.rows.map((row) => row.cells.length));
  const numericColumns = Array.from({ length: columnCount }, (_, column) =>
    isNumericColumn(block.rows.map((row) => row.cells[column] ?? '')),
  );
  const columnClass = (column: number, cell: string) =>
    numericColumns[column] || isNumericCell(cell) ? 'num' : undefined;
  const label = block.caption ?? block.header.filter(Boolean).join(', ');
  const check = useMemo(() => checkTable(parseTable(block)), [block]);
  const findingAt = new Map<string, Finding>(check.findings.map((f) => [`${f.row}:${f.column}`, f]));
  const noteId = (finding: Finding) => `rk-${block.id}-${finding.row}-${finding.column}`;

  return (
    // Focusable so keyboard users can scroll a table wider than the screen.
    <div
      className="table-scroll"
      data-block-id={block.id}
      role="group"
      aria-label={label ? `Tabel: ${label}` : 'Tabel'}
      tabIndex={0}
    >
      {action}
      <table>
        {block.caption && <caption>{block.caption}</caption>}
        {block.header.length > 0 && (
          <thead>
            <tr>
              {block.header.map((cell, index) =>
                index === 0 && cell === '' ? (
                  <td key={index} />
                ) : (
                  <th key={index} scope="col" className={index > 0 && numericColumns[index - 1] ? 'num' : undefined}>
                    {cell}
                  </th>
                ),
              )}
            </tr>
          </thead>
        )}
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.label === '' ? <td /> : <th scope="row">{row.label}</th>}
              {row.cells.map((cell, index) => {
                const finding = findingAt.get(`${rowIndex}:${index}`);
                const classes = [columnClass(index, cell), finding && (finding.kind === 'afronding' ? 'rk-mark rk-mark-afronding' : 'rk-mark')];
                return (
                  <td
                    key={index}
                    className={classes.filter(Boolean).join(' ') || undefined}
                    aria-describedby={finding ? noteId(finding) : undefined}
                    data-finding={finding?.kind}
                  >
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {/* Outside the anchor text: never part of a quote. */}
      {check.findings.length > 0 && (
        <ul className="rk-notes" data-no-anchor="">
          {check.findings.map((finding) => (
            <li key={finding.id} id={noteId(finding)}>
              Rekencontrole: {FINDING_KIND_LABELS[finding.kind].toLowerCase()} in {finding.rowLabel || 'rij zonder naam'}, {finding.columnLabel}.{' '}
              {finding.explanation}
            </li>
          ))}
        </ul>
      )}
      {check.verdict === 'klopt' && check.findings.length === 0 && (
        <p className="rk-quiet" data-no-anchor="">
          Rekencontrole: klopt
        </p>
      )}
      <TableChart block={block} />
    </div>
  );
}
