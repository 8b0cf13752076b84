/**
 * A question list as Markdown and as plain text, to paste into an e-mail to the griffie or
 * the fractie. Line breaks inside a question stay line breaks in both. In the Markdown all
 * user text is escaped (`escapeMarkdown`), so markup someone typed shows as the text it is.
 */
import type { ExportQuestion, QuestionExport } from './export-model';
import { escapeMarkdown } from './safe-text';

/** Markdown's hard line break: two spaces before the newline. */
function markdownLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').join('  \n');
}

function quoteBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function headerFields(exported: QuestionExport): [string, string][] {
  return [
    ['Fractie', exported.fractie],
    ['Raadslid', exported.raadslid],
    ['Vergadering', `${exported.meetingName} (${exported.meetingKind})`],
    ['Datum', exported.dateLong],
  ];
}

function questionFields(q: ExportQuestion): [string, string][] {
  const fields: [string, string | undefined][] = [
    ['Agendapunt', q.agendaItem],
    ['Bron', q.referenceLabel],
    ['Gericht aan', q.addressedTo],
    ['Prioriteit', q.priority],
    ['Status', q.status],
  ];
  return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

/** The list as Markdown: a header list, then a section per question; user text escaped. */
export function buildMarkdown(exported: QuestionExport): string {
  const md = escapeMarkdown;
  const out: string[] = [`# ${md(exported.title)}`, ''];
  for (const [label, value] of headerFields(exported)) out.push(`- **${label}:** ${md(value)}`);
  for (const q of exported.questions) {
    out.push('', `## Vraag ${q.number} – ${md(q.kind)}`, '');
    out.push(questionFields(q).map(([label, value]) => `**${label}:** ${md(value)}`).join('  \n'));
    if (q.reference) out.push('', quoteBlock(md(q.reference.quote)));
    out.push('', `**Vraag:**  \n${markdownLines(md(q.question))}`);
    if (q.toelichting.trim() !== '') out.push('', `**Toelichting:**  \n${markdownLines(md(q.toelichting))}`);
    if (q.answer) out.push('', `**Antwoord:**  \n${markdownLines(md(q.answer))}`);
  }
  return `${out.join('\n')}\n`;
}

function indented(text: string, indent: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').join(`\n${indent}`);
}

/** The list as plain text: the header, then each question numbered with its fields indented. */
export function buildPlainText(exported: QuestionExport): string {
  const out: string[] = [exported.title, '='.repeat(exported.title.length)];
  for (const [label, value] of headerFields(exported)) out.push(`${label}: ${value}`);
  for (const q of exported.questions) {
    const indent = ' '.repeat(`${q.number}. `.length);
    out.push('', `${q.number}. ${q.kind}`);
    for (const [label, value] of questionFields(q)) out.push(`${indent}${label}: ${value}`);
    if (q.reference) out.push(`${indent}Citaat: “${indented(q.reference.quote, indent)}”`);
    out.push(`${indent}Vraag: ${indented(q.question, indent)}`);
    if (q.toelichting.trim() !== '') out.push(`${indent}Toelichting: ${indented(q.toelichting, indent)}`);
    if (q.answer) out.push(`${indent}Antwoord: ${indented(q.answer, indent)}`);
  }
  return `${out.join('\n')}\n`;
}
