/**
 * The rekencontrole's benchmark, run inside `npm run bench` next to the conversion: the time to
 * parse and check every table of the five documents, and of 50 copies of them (a council's
 * year of stukken), against the conversion of the same documents in the same run.
 */
import type { DocumentModel } from '../renderer/documents/model';
import { checkDocumentTables } from '../renderer/documents/tables';

/** The figures of one run. */
export interface TableFigures {
  tables: number;
  findings: number;
  /** Median ms to parse and check every table of the five documents. */
  checkMs: number;
  /** Median ms for the 50× corpus. */
  corpusMs: number;
  corpusCopies: number;
}

const CORPUS_COPIES = 50;

/** Measures parse + check over `models` (median of `runs`), and over `CORPUS_COPIES` copies of them. */
export function benchTables(models: readonly DocumentModel[], runs: number, median: (values: number[]) => number): TableFigures {
  const checkAll = (copies: number) => {
    let findings = 0;
    for (let copy = 0; copy < copies; copy++) {
      for (const model of models) for (const { check } of checkDocumentTables(model.blocks)) findings += check.findings.length;
    }
    return findings;
  };
  const time = (copies: number) => {
    const start = performance.now();
    checkAll(copies);
    return performance.now() - start;
  };
  checkAll(3); // warm-up: JIT
  const tables = models.reduce((n, m) => n + m.blocks.filter((b) => b.kind === 'table').length, 0);
  return {
    tables,
    findings: checkAll(1),
    checkMs: median(Array.from({ length: runs }, () => time(1))),
    corpusMs: median(Array.from({ length: Math.max(1, Math.round(runs / 5)) }, () => time(CORPUS_COPIES))),
    corpusCopies: CORPUS_COPIES,
  };
}
