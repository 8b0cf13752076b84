/**
 * From a rekencontrole finding to a draft technische vraag: the question text names the table,
 * the row, the column, the printed and the computed value; the reference points at the row of
 * the table up to the cell (quote and vindplaats), as a question made from a passage does.
 */
import { buildAnchorText } from '../anchoring/anchor-text';
import type { DocumentModel, TableBlock } from '../documents/model';
import type { Finding } from '../documents/tables';
import type { PassageReference } from '../model/question';
import { createQuestion } from '../questions/question-store';
import { referenceForRange } from '../questions/passage-reference';
import type { Question } from '../model/question';

/** The table in words, as the reader sees it: 'de tabel "<caption and header>"', or 'de tabel met <first row names>' without a header. */
export function describeTable(block: TableBlock): string {
  const header = block.header.filter(Boolean).join(', ');
  const name = block.caption ? `${block.caption}${header ? ` ${header}` : ''}` : header;
  if (name) return `de tabel "${name}"`;
  const labels = block.rows.map((row) => row.label).filter(Boolean);
  return `de tabel met ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ', …' : ''}`;
}

/** The question and its toelichting for a finding. */
export function findingQuestionText(finding: Finding, block: TableBlock, documentTitle: string): { question: string; toelichting: string } {
  const where = `In ${describeTable(block)} van ${documentTitle}, rij "${finding.rowLabel || 'zonder naam'}", kolom "${finding.columnLabel}"`;
  const used = finding.components.map((c) => c.label || 'rij zonder naam').join(', ');
  let question: string;
  if (finding.kind === 'ongeldig-getal') {
    question = `${where} staat "${finding.printed.trim()}". Dat is geen geldig getal. Welk bedrag is bedoeld?${
      finding.computedText ? ` Is dat ${finding.computedText}?` : ''
    }`;
  } else {
    question = `${where} staat ${finding.printed.trim()}, maar ${used} geeft ${finding.computedText}. Welk bedrag is juist?`;
  }
  const certainty = finding.certainty === 'zeker' ? 'zeker' : 'waarschijnlijk (de onderdelen zijn uit de tabel afgeleid)';
  return { question, toelichting: `Rekencontrole: ${finding.explanation} Zekerheid: ${certainty}.` };
}

/** The offsets, within the table's anchor text, of the finding's row from its first printed cell up to the finding's cell. */
function rowSpan(block: TableBlock, finding: Finding): [number, number] | undefined {
  const parts: { row?: number; column?: number; text: string }[] = [
    { text: block.caption ?? '' },
    ...block.header.map((text) => ({ text })),
    ...block.rows.flatMap((row, r) => [{ row: r, column: -1, text: row.label }, ...row.cells.map((text, c) => ({ row: r, column: c, text }))]),
  ].filter((part) => part.text !== '');
  let offset = 0;
  let start: number | undefined;
  for (const part of parts) {
    if (part.row === finding.row && start === undefined) start = offset;
    if (part.row === finding.row && part.column === finding.column) return [start!, offset + part.text.length];
    offset += part.text.length + 1;
  }
  return undefined;
}

/** The reference of the finding's row in the document, or undefined when the table is not in the model. */
export function findingReference(model: DocumentModel, finding: Finding): PassageReference | undefined {
  const block = model.blocks.find((b): b is TableBlock => b.id === finding.blockId && b.kind === 'table');
  if (!block) return undefined;
  const anchorText = buildAnchorText(model);
  const span = anchorText.blocks.find((b) => b.id === block.id);
  const inRow = rowSpan(block, finding);
  if (!span || !inRow) return undefined;
  return referenceForRange(model, anchorText, span.start + inRow[0], span.start + inRow[1]);
}

/** Makes a draft technische vraag of a finding on the vergadering `meetingId`. */
export async function createQuestionFromFinding(model: DocumentModel, finding: Finding, meetingId: string): Promise<Question> {
  const block = model.blocks.find((b): b is TableBlock => b.id === finding.blockId && b.kind === 'table');
  if (!block) throw new Error(`De tabel ${finding.blockId} staat niet (meer) in ${model.title}.`);
  const { question, toelichting } = findingQuestionText(finding, block, model.title);
  const reference = findingReference(model, finding);
  return createQuestion({ meetingId, kind: 'technische-vraag', question, toelichting, ...(reference ? { reference } : {}) });
}
