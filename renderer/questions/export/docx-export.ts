/**
 * A question list as a Word document (.docx) for the griffie, built with the `docx`
 * library: a header block with fractie, raadslid, vergadering and date, then per question
 * its number, agendapunt, source reference, the quoted passage, the question and the
 * toelichting. All user text is cleaned of characters XML forbids first (`xmlSafeText`), so
 * Word always opens the file. No DOM: runs in the renderer and in unit tests alike.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { ExportQuestion, QuestionExport } from './export-model';
import { cleanAllText, xmlSafeText } from './safe-text';

type RunStyle = { bold?: boolean; italics?: boolean };

// A tab becomes Word's own tab element (<w:tab/>) rather than a tab character inside <w:t>.
// Text always goes in as `text`, never as a string child: docx turns a child string such as
// "CURRENT" or "SECTION" into a page-number field.
function lineRuns(line: string, style: RunStyle, breakBefore: boolean): TextRun[] {
  return line.split('\t').flatMap((part, column) => [
    ...(column > 0 ? [new TextRun({ ...style, children: [new Tab()] })] : []),
    new TextRun({ ...style, text: part, ...(breakBefore && column === 0 ? { break: 1 } : {}) }),
  ]);
}

/** Text runs for multi-line text: each line after the first starts with a line break. */
function lines(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, index) => lineRuns(line, style, index > 0));
}

function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...lines(value)] });
}

function block(label: string, value: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [new TextRun({ text: label, bold: true })] }),
    new Paragraph({ spacing: { after: 60 }, children: lines(value) }),
  ];
}

function questionParagraphs(q: ExportQuestion): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: lines(`Vraag ${q.number} – ${q.kind}`) })];
  if (q.agendaItem) out.push(field('Agendapunt', q.agendaItem));
  if (q.referenceLabel) out.push(field('Bron', q.referenceLabel));
  if (q.addressedTo) out.push(field('Gericht aan', q.addressedTo));
  out.push(field('Prioriteit', `${q.priority} · Status: ${q.status}`));
  if (q.reference) {
    out.push(
      new Paragraph({
        indent: { left: 567 },
        spacing: { before: 120, after: 120 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 8 } },
        children: lines(`“${q.reference.quote}”`, { italics: true }),
      }),
    );
  }
  out.push(...block('Vraag', q.question));
  if (q.toelichting.trim() !== '') out.push(...block('Toelichting', q.toelichting));
  if (q.answer) out.push(...block('Antwoord', q.answer));
  return out;
}

/** Builds the .docx file's bytes; user text without the characters XML forbids (see `xmlSafeText`). */
export async function buildDocx(prepared: QuestionExport): Promise<Uint8Array> {
  // Cleaned as a whole, so the document properties (title, creator) are covered as well as the body.
  const exported = cleanAllText(prepared, xmlSafeText);
  const document = new Document({
    title: exported.title,
    creator: exported.raadslid || 'Leestafel Leusden',
    description: `${exported.meetingName}, ${exported.dateLong}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT, children: lines(exported.title) }),
          field('Fractie', exported.fractie),
          field('Raadslid', exported.raadslid),
          field('Vergadering', `${exported.meetingName} (${exported.meetingKind})`),
          field('Datum', exported.dateLong),
          ...exported.questions.flatMap(questionParagraphs),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
