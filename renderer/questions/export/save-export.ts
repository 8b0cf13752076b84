/**
 * Writes a prepared question list in a chosen format and saves it through the platform
 * (a native save dialog on the desktop, a download in the browser). The Word builder is
 * loaded only when it is first needed, so the reader starts without it.
 */
import type { SaveFileResult } from '../../../electron/contract';
import { platform } from '../../platform/desktop-bridge';
import { buildCsv } from './csv-export';
import { exportFileName, type QuestionExport } from './export-model';
import { buildMarkdown, buildPlainText } from './text-export';

/** The file formats a question list can be exported to (PDF goes through the print view). */
export type ExportFormat = 'docx' | 'markdown' | 'text' | 'csv';

/** What the user sees on the button of each format. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'markdown', label: 'Markdown (.md)' },
  { format: 'text', label: 'Tekst (.txt)' },
  { format: 'csv', label: 'CSV (.csv)' },
];

async function build(format: ExportFormat, exported: QuestionExport): Promise<{ extension: string; mimeType: string; data: Uint8Array | string }> {
  switch (format) {
    case 'docx': {
      const { buildDocx, DOCX_MIME_TYPE } = await import('./docx-export');
      return { extension: 'docx', mimeType: DOCX_MIME_TYPE, data: await buildDocx(exported) };
    }
    case 'markdown':
      return { extension: 'md', mimeType: 'text/markdown', data: buildMarkdown(exported) };
    case 'text':
      return { extension: 'txt', mimeType: 'text/plain', data: buildPlainText(exported) };
    case 'csv':
      return { extension: 'csv', mimeType: 'text/csv', data: buildCsv(exported) };
  }
}

/** Builds the file and offers it to the user; resolves with the outcome and the file name. */
export async function saveExport(format: ExportFormat, exported: QuestionExport): Promise<SaveFileResult & { fileName: string }> {
  const { extension, mimeType, data } = await build(format, exported);
  const fileName = exportFileName(exported, extension);
  const result = await platform.saveFile({ suggestedName: fileName, mimeType, data });
  return { ...result, fileName };
}
