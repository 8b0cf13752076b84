/**
 * User text as Word text runs for the .docx builders: line breaks become Word's line breaks
 * and tabs Word's tab element, and text always goes in as `text` (see `lines`).
 */
import { Paragraph, Tab, TextRun } from 'docx';

/** How a run of text looks. */
export type RunStyle = { bold?: boolean; italics?: boolean };

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
export function lines(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, index) => lineRuns(line, style, index > 0));
}

/** "Label: value" on one paragraph, the label bold. */
export function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...lines(value)] });
}
