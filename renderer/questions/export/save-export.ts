/**
 * Writes a prepared question list in a chosen format and saves it through the platform
 * (a native save dialog on the desktop, a download in the browser; a PDF of the print view
 * on the desktop).
 */
import type { SaveFileResult } from '../../../electron/contract';
import { platform } from '../../platform/desktop-bridge';
import { exportFileName, type ExportOptions, type QuestionExport } from './export-model';
import type { QuestionExportFormat } from './export-formats';

/** Makes the file and offers it to the user; resolves with the outcome and the file name. */
export async function saveExport(
  format: QuestionExportFormat,
  exported: QuestionExport,
  options: ExportOptions = { docxLayout: 'list' },
): Promise<SaveFileResult & { fileName: string }> {
  const fileName = exportFileName(exported, format.extension);
  const { writer } = format;
  const result =
    writer.kind === 'print'
      ? await platform.printToPdf({ suggestedName: fileName })
      : await platform.saveFile({ suggestedName: fileName, mimeType: format.mimeType, data: await writer.build(exported, options) });
  return { ...result, fileName };
}
