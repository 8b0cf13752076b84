/**
 * The Rekencontrole overview (#/rekencontrole): the findings of the rekencontrole in the tables
 * of all bundled documents, per document and table, and per table what could not be checked.
 * Tables that add up are counted, not listed one by one.
 */
import { useEffect } from 'react';
import type { TableBlock } from '../documents/model';
import { libraryHref } from '../navigation/route';
import { ScreenHeader } from '../settings/ScreenHeader';
import { FindingItem } from './FindingItem';
import { describeTable } from './finding-question';
import { useDocumentChecks } from './use-document-checks';
import './rekencontrole.css';

/** The screen at #/rekencontrole. */
export function RekencontroleScreen() {
  const state = useDocumentChecks();
  useEffect(() => {
    document.title = 'Rekencontrole – Leestafel Leusden';
  }, []);

  const documents = state.status === 'ready' ? state.documents : [];
  const tables = documents.flatMap((d) => d.tables);
  const findingCount = tables.reduce((n, t) => n + t.check.findings.length, 0);
  const adding = tables.filter((t) => t.check.verdict === 'klopt').length;

  return (
    <>
      <ScreenHeader backHref={libraryHref} backLabel="Bibliotheek" />
      <main id="inhoud" tabIndex={-1} className="rekencontrole-screen">
        <h1>Rekencontrole</h1>
        <p className="intro">
          De totalen, subtotalen en saldi in de tabellen van alle documenten, kolom voor kolom nagerekend. Een verschil van 1 in het laatste
          cijfer heet afronding. Waar niet vast te stellen is welke rijen bij een totaal horen, staat “niet te controleren”: de controle gokt
          niet.
        </p>
        {state.status === 'loading' && <p role="status">Documenten worden nagerekend…</p>}
        {state.status === 'failed' && <p role="alert">De documenten konden niet worden geladen.</p>}
        {state.status === 'ready' && (
          <p>
            {tables.length} tabellen nagerekend: {adding} kloppen, {findingCount === 1 ? '1 bevinding' : `${findingCount} bevindingen`}.
          </p>
        )}
        {documents
          .filter((d) => d.tables.some((t) => t.check.findings.length > 0 || t.check.uncheckable.length > 0))
          .map(({ model, tables: checked }) => (
            <section key={model.id} aria-labelledby={`rk-doc-${model.id}`}>
              <h2 id={`rk-doc-${model.id}`}>{model.title}</h2>
              {checked
                .filter((t) => t.check.findings.length > 0 || t.check.uncheckable.length > 0)
                .map(({ table, check }) => {
                  const block = model.blocks.find((b): b is TableBlock => b.id === table.blockId && b.kind === 'table')!;
                  return (
                    <section key={table.blockId} aria-labelledby={`rk-table-${model.id}-${table.blockId}`} className="rk-table">
                      <h3 id={`rk-table-${model.id}-${table.blockId}`}>{capitalise(describeTable(block))}</h3>
                      {check.findings.length > 0 && (
                        <ul className="rk-findings">
                          {check.findings.map((finding) => (
                            <FindingItem key={finding.id} model={model} finding={finding} />
                          ))}
                        </ul>
                      )}
                      {check.uncheckable.length > 0 && (
                        <ul className="rk-uncheckable">
                          {check.uncheckable.map((u) => (
                            <li key={`${u.row}:${u.column ?? ''}`}>
                              Niet te controleren: {u.label || 'rij zonder naam'}
                              {u.column !== undefined ? `, ${table.columns[u.column] || `kolom ${u.column + 1}`}` : ''} ({u.reason})
                            </li>
                          ))}
                        </ul>
                      )}
                    </section>
                  );
                })}
            </section>
          ))}
      </main>
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
