/** A table block as a real data table: column headers, row headers, numbers right-aligned. */
import type { ReactNode } from 'react';
import type { TableBlock } from '../documents/model';
import { isNumericCell, isNumericColumn } from '../documents/numbers';

/** Renders one table block; the wrapper scrolls sideways on narrow screens. `action`: a button before the table. */
export function TableBlockView({ block, action }: { block: TableBlock; action?: ReactNode }) {
  const columnCount = Math.max(block.header.length - 1, ...block.rows.map((row) => row.cells.length));
  const numericColumns = Array.from({ length: columnCount }, (_, column) =>
    isNumericColumn(block.rows.map((row) => row.cells[column] ?? '')),
  );
  const columnClass = (column: number, cell: string) =>
    numericColumns[column] || isNumericCell(cell) ? 'num' : undefined;
  const label = block.caption ?? block.header.filter(Boolean).join(', ');

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
              {row.cells.map((cell, index) => (
                <td key={index} className={columnClass(index, cell)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
