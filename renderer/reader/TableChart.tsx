/**
 * A chart of a table's multi-year rows, drawn on request as plain SVG (no library, no network):
 * one small bar chart per row, a bar per year, negative amounts below the zero line. The table
 * stays the accessible source; each chart has a text alternative with the printed figures, and
 * the figure is reachable by keyboard. Colours come from the theme, so both themes and print work.
 */
import { ChartColumn } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import type { TableBlock } from '../documents/model';
import { chartSeries, parseTable, type ChartSeries } from '../documents/tables';

const BAR = 28;
const GAP = 12;
const HEIGHT = 90;
const LABEL = 16;

/** The button "Grafiek tonen" and, once pressed, the chart; nothing for a table without year columns. */
export function TableChart({ block }: { block: TableBlock }) {
  const data = useMemo(() => chartSeries(parseTable(block)), [block]);
  const [open, setOpen] = useState(false);
  const chartId = useId();
  if (!data) return null;
  const name = block.caption ?? block.header.filter(Boolean).join(', ');
  return (
    <div className="table-chart" data-no-anchor="">
      <button type="button" aria-expanded={open} aria-controls={open ? chartId : undefined} onClick={() => setOpen(!open)}>
        <ChartColumn />
        {open ? 'Grafiek verbergen' : 'Grafiek tonen'}
      </button>
      {open && (
        <figure id={chartId} tabIndex={0} aria-label={`Grafiek bij de tabel ${name}`}>
          <figcaption>Per rij een staaf per jaar ({data.columns.join(', ')}); de tabel erboven geeft de precieze bedragen.</figcaption>
          <div className="table-chart-rows">
            {data.series.map((series) => (
              <SeriesBars key={series.row} series={series} columns={data.columns} />
            ))}
          </div>
        </figure>
      )}
    </div>
  );
}

function SeriesBars({ series, columns }: { series: ChartSeries; columns: string[] }) {
  const known = series.values.filter((v): v is number => v !== undefined);
  const max = Math.max(0, ...known);
  const min = Math.min(0, ...known);
  const span = max - min || 1;
  const zero = LABEL + ((max - 0) / span) * HEIGHT;
  const width = columns.length * (BAR + GAP) + GAP;
  const label = series.label || 'Rij zonder naam';
  const description = `${label}: ${columns.map((c, i) => `${c}: ${series.printed[i] || 'geen bedrag'}`).join('; ')}`;
  return (
    <div className="table-chart-series">
      <p className="table-chart-label" aria-hidden="true">
        {label}
      </p>
      <svg role="img" aria-label={description} width={width} height={HEIGHT + 2 * LABEL + 4} viewBox={`0 0 ${width} ${HEIGHT + 2 * LABEL + 4}`}>
        <line x1={0} x2={width} y1={zero} y2={zero} className="table-chart-axis" />
        {series.values.map((value, i) => {
          const x = GAP + i * (BAR + GAP);
          const year = columns[i]!.match(/\d{4}/)?.[0] ?? columns[i]!;
          if (value === undefined) return <text key={i} x={x + BAR / 2} y={HEIGHT + 2 * LABEL} textAnchor="middle">{year}</text>;
          const h = (Math.abs(value) / span) * HEIGHT;
          return (
            <g key={i}>
              <rect x={x} y={value >= 0 ? zero - h : zero} width={BAR} height={Math.max(h, 1)} className={value >= 0 ? 'table-chart-bar' : 'table-chart-bar negative'} />
              <text x={x + BAR / 2} y={HEIGHT + 2 * LABEL} textAnchor="middle">
                {year}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
