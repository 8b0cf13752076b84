/**
 * A question list as Markdown and as plain text, to paste into an e-mail to the griffie or
 * the fractie, grouped per agendapunt under a heading of its own (so the questions do not
 * repeat their agendapunt). Line breaks inside a question stay line breaks in both. In the Markdown all
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
    ['Bron', q.referenceLabel],
    ['Gericht aan', q.addressedTo],
    ['Prioriteit', q.priority],
    ['Status', q.status],
  ];
  return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

/** The list as Markdown: a header list, a section per agendapunt and in it one per question; user text escaped. */
export function buildMarkdown(exported: QuestionExport): string {
  const md = escapeMarkdown;
  const out: string[] = [`# ${md(exported.title)}`, ''];
  for (const [label, value] of headerFields(exported)) out.push(`- **${label}:** ${md(value)}`);
  for (const group of exported.groups) {
    out.push('', `## ${headingText(group.heading)}`);
    for (const q of group.questions) out.push(...markdownQuestion(q));
  }
  return `${out.join('\n')}\n`;
}

// A heading ending in "#" would lose it: Markdown reads a trailing run of # as the heading's closing sequence.
function headingText(text: string): string {
  return escapeMarkdown(text).replace(/(^|\s)(#+\s*)$/, '$1\\$2');
}

function markdownQuestion(q: ExportQuestion): string[] {
  const md = escapeMarkdown;
  const out: string[] = ['', `### Vraag ${q.number} – ${md(q.kind)}`, ''];
  out.push(questionFields(q).map(([label, value]) => `**${label}:** ${md(value)}`).join('  \n'));
  if (q.reference) out.push('', quoteBlock(md(q.reference.quote)));
  out.push('', `**Vraag:**  \n${markdownLines(md(q.question))}`);
  if (q.toelichting.trim() !== '') out.push('', `**Toelichting:**  \n${markdownLines(md(q.toelichting))}`);
  if (q.answer) out.push('', `**Antwoord:**  \n${markdownLines(md(q.answer))}`);
  return out;
}

function indented(text: string, indent: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').join(`\n${indent}`);
}

/** The list as plain text: the header, then per agendapunt a heading and its questions numbered with their fields indented. */
export function buildPlainText(exported: QuestionExport): string {
  const out: string[] = [exported.title, '='.repeat(exported.title.length)];
  for (const [label, value] of headerFields(exported)) out.push(`${label}: ${value}`);
  for (const group of exported.groups) {
    out.push('', group.heading, '-'.repeat(group.heading.length));
    for (const q of group.questions) out.push(...plainQuestion(q));
  }
  return `${out.join('\n')}\n`;
}

function plainQuestion(q: ExportQuestion): string[] {
  const indent = ' '.repeat(`${q.number}. `.length);
  const out: string[] = ['', `${q.number}. ${q.kind}`];
  for (const [label, value] of questionFields(q)) out.push(`${indent}${label}: ${value}`);
  if (q.reference) out.push(`${indent}Citaat: “${indented(q.reference.quote, indent)}”`);
  out.push(`${indent}Vraag: ${indented(q.question, indent)}`);
  if (q.toelichting.trim() !== '') out.push(`${indent}Toelichting: ${indented(q.toelichting, indent)}`);
  if (q.answer) out.push(`${indent}Antwoord: ${indented(q.answer, indent)}`);
  return out;
}
