/**
 * Export of the question list: all questions or the selected ones, to Word (as a list or as
 * tables per agendapunt), Markdown, text or CSV (saved through the platform), or printed
 * through the print view — which the desktop app also saves straight to PDF; in the browser
 * the print dialog offers "Opslaan als PDF". Questions without text stay out unless the user
 * asks for them, and the panel says how many stayed out. While a file is being made a
 * progress bar and a status line say so.
 */
import { Download, Printer } from 'lucide-react';
import { useId, useState } from 'react';
import { platform } from '../../platform/desktop-bridge';
import type { DocxLayout, QuestionExport } from '../export/export-model';
import { QUESTION_EXPORT_FORMATS, type QuestionExportFormat } from '../export/export-formats';
import { saveExport } from '../export/save-export';

interface ExportPanelProps {
  exported: QuestionExport;
  total: number;
  selectedCount: number;
  onlySelected: boolean;
  onOnlySelectedChange: (on: boolean) => void;
  includeEmpty: boolean;
  onIncludeEmptyChange: (on: boolean) => void;
  hasProfile: boolean;
}

type ExportState = { status: 'idle' } | { status: 'busy'; label: string } | { status: 'done'; message: string } | { status: 'failed'; message: string };

const LAYOUTS: readonly { layout: DocxLayout; label: string }[] = [
  { layout: 'list', label: 'Lijst: per vraag de bron, het citaat, de vraag en de toelichting' },
  // The table has no room for every field: the label says which ones stay out.
  { layout: 'table', label: 'Tabel per agendapunt (liggende pagina): Nr, Vindplaats, Citaat, Vraag, Toelichting; zonder soort, gericht aan, status en antwoord' },
];

function leftOutMessage(count: number): string {
  return count === 1 ? 'Eén vraag zonder tekst gaat niet mee.' : `${count} vragen zonder tekst gaan niet mee.`;
}

/** The export section of the vergadering screen. */
export function ExportPanel(props: ExportPanelProps) {
  const { exported, total, selectedCount, onlySelected, onOnlySelectedChange, includeEmpty, onIncludeEmptyChange, hasProfile } = props;
  const id = useId();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const [docxLayout, setDocxLayout] = useState<DocxLayout>('list');
  const busy = state.status === 'busy';
  const empty = exported.questions.length === 0;

  // Saving the print view as PDF needs the desktop app; in the browser "Afdrukken of PDF" does it.
  const formats = QUESTION_EXPORT_FORMATS.filter((format) => format.writer.kind !== 'print' || platform.isDesktop());

  async function run(format: QuestionExportFormat) {
    // The PDF's progress line names it "PDF"; a built file's names its button ("Word (.docx)").
    setState({ status: 'busy', label: format.writer.kind === 'print' ? format.name : format.label });
    try {
      const result = await saveExport(format, exported, { docxLayout });
      setState({ status: 'done', message: result.saved ? `Opgeslagen: ${result.fileName}` : 'Niet opgeslagen.' });
    } catch (error) {
      setState({ status: 'failed', message: `Exporteren is mislukt: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel export-panel">
      <h2 id={`${id}-title`}>Exporteren</h2>
      {!hasProfile && <p>Vul eerst je profiel in: je naam en fractie komen boven de export.</p>}
      <p>De vragen staan per agendapunt in de volgorde van de agenda, met hetzelfde nummer als op het scherm.</p>
      <fieldset>
        <legend>Welke vragen</legend>
        <label className="check-label">
          <input type="radio" name={`${id}-scope`} checked={!onlySelected} onChange={() => onOnlySelectedChange(false)} /> Alle vragen ({total})
        </label>
        <label className="check-label">
          <input type="radio" name={`${id}-scope`} checked={onlySelected} disabled={selectedCount === 0} onChange={() => onOnlySelectedChange(true)} />{' '}
          Geselecteerde vragen ({selectedCount})
        </label>
        <label className="check-label">
          <input type="checkbox" checked={includeEmpty} onChange={(e) => onIncludeEmptyChange(e.target.checked)} aria-describedby={`${id}-left-out`} /> Ook
          vragen zonder tekst ({exported.withoutText})
        </label>
        <p id={`${id}-left-out`} className="hint">
          {exported.leftOut > 0 ? leftOutMessage(exported.leftOut) : 'Alle gekozen vragen gaan mee.'}
        </p>
      </fieldset>
      <fieldset>
        <legend>Indeling van het Word-bestand</legend>
        {LAYOUTS.map(({ layout, label }) => (
          <label key={layout} className="check-label">
            <input type="radio" name={`${id}-layout`} checked={docxLayout === layout} onChange={() => setDocxLayout(layout)} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        {formats.map((format) => (
          <button key={format.id} type="button" disabled={busy || empty} onClick={() => run(format)}>
            <Download />
            {format.label}
          </button>
        ))}
        <button type="button" disabled={busy || empty} onClick={() => window.print()}>
          <Printer />
          {platform.isDesktop() ? 'Afdrukken' : 'Afdrukken of PDF'}
        </button>
      </div>
      <div role="status" className="export-status">
        {busy && (
          <>
            <progress aria-label={`${state.label} wordt gemaakt`} /> {state.label} wordt gemaakt…
          </>
        )}
        {state.status === 'done' && state.message}
      </div>
      {state.status === 'failed' && <p role="alert" className="form-error">{state.message}</p>}
    </section>
  );
}
