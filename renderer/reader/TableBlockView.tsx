/** A table block as a real data table: column headers, row headers, numbers right-aligned. */
import type { TableBlock } from '../documents/model';
import { isNumericCell } from './numeric-cell';

/** Renders one table block; the wrapper scrolls sideways on narrow screens. */
export function TableBlockView({ block }: { block: TableBlock }) {
  const columnCount = Math.max(block.header.length - 1, ...block.rows.map((row) => row.cells.length));
  const numericColumns = Array.from({ length: columnCount }, (_, column) =>
    block.rows.every((row) => (row.cells[column] ?? '') === '' || isNumericCell(row.cells[column])),
  );
  const label = block.caption ? `Tabel: ${block.caption}` : `Tabel: ${block.header.filter(Boolean).join(', ')}`;
  return (
    // Focusable so keyboard users can scroll a table wider than the screen.
    <div className="table-scroll" data-block-id={block.id} role="group" aria-label={label} tabIndex={0}>
      <table>
        {block.caption && <caption>{block.caption}</caption>}
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
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.label === '' ? <td /> : <th scope="row">{row.label}</th>}
              {row.cells.map((cell, index) => (
                <td key={index} className={isNumericCell(cell) ? 'num' : undefined}>
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
