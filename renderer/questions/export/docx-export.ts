/**
 * A question list as a Word document (.docx) for the griffie, built with the `docx`
 * library: a header block with fractie, raadslid, vergadering and date, then per question
 * its number, agendapunt, source reference, the quoted passage, the question and the
 * toelichting. No DOM: runs in the renderer and in unit tests alike.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportQuestion, QuestionExport } from './export-model';

/** Text runs for multi-line text: each line after the first starts with a line break. */
function lines(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }));
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
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`Vraag ${q.number} – ${q.kind}`)] })];
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

/** Builds the .docx file's bytes. */
export async function buildDocx(exported: QuestionExport): Promise<Uint8Array> {
  const document = new Document({
    title: exported.title,
    creator: exported.raadslid || 'Leestafel Leusden',
    description: `${exported.meetingName}, ${exported.dateLong}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT, children: [new TextRun(exported.title)] }),
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
