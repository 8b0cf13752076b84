/**
 * A question list as a Word document (.docx) for the griffie, built with the `docx`
 * library: a header block with fractie, raadslid, vergadering and date, then per agendapunt
 * a heading and its questions — as a list (per question its number, source reference, the
 * quoted passage, the question and the toelichting) or as a table (docx-table.ts). All user
 * text is cleaned of characters XML forbids first (`xmlSafeText`), so Word always opens the file. No DOM: runs in the renderer and in unit tests alike.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { field, lines } from './docx-runs';
import { TABLE_PAGE, tableLayout } from './docx-table';
import type { DocxLayout, ExportGroup, ExportQuestion, QuestionExport } from './export-model';
import { cleanAllText, xmlSafeText } from './safe-text';

function block(label: string, value: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [new TextRun({ text: label, bold: true })] }),
    new Paragraph({ spacing: { after: 60 }, children: lines(value) }),
  ];
}

function questionParagraphs(q: ExportQuestion): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: lines(`Vraag ${q.number} – ${q.kind}`) })];
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

function listLayout(groups: readonly ExportGroup[]): Paragraph[] {
  return groups.flatMap((group) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240 }, children: lines(group.heading) }),
    ...group.questions.flatMap(questionParagraphs),
  ]);
}

/**
 * Builds the .docx file's bytes in the chosen layout (the list by default); user text without
 * the characters XML forbids (see `xmlSafeText`).
 */
export async function buildDocx(prepared: QuestionExport, layout: DocxLayout = 'list'): Promise<Uint8Array> {
  // Cleaned as a whole, so the document properties (title, creator) are covered as well as the body.
  const exported = cleanAllText(prepared, xmlSafeText);
  const document = new Document({
    title: exported.title,
    creator: exported.raadslid || 'Leestafel Leusden',
    description: `${exported.meetingName}, ${exported.dateLong}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [
      {
        ...(layout === 'table' ? { properties: { page: TABLE_PAGE } } : {}),
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT, children: lines(exported.title) }),
          field('Fractie', exported.fractie),
          field('Raadslid', exported.raadslid),
          field('Vergadering', `${exported.meetingName} (${exported.meetingKind})`),
          field('Datum', exported.dateLong),
          ...(layout === 'table' ? tableLayout(exported.groups) : listLayout(exported.groups)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
