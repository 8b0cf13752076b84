/**
 * The registry of the formats a question list is exported to: one record per format with its
 * id, how its file is made (a builder, or the print view saved as PDF) and — taken from the
 * app's file-format table in electron/export-formats.ts, which the main process checks and
 * filters its save dialog by — its extension, content type and Dutch label. The export panel's
 * buttons, the file names and the saving all derive from this list.
 */
import { FILE_FORMATS, fileFormatLabel, type FileFormat, type FileFormatId } from '../../../electron/export-formats';
import { buildCsv } from './csv-export';
import type { ExportOptions, QuestionExport } from './export-model';
import { buildMarkdown, buildPlainText } from './text-export';

/**
 * How a format's file is made: `build` lays out the prepared export (text is written as
 * UTF-8), in the layout the options ask for where the format has a choice; `print` saves the print view as a PDF through the platform, which only the desktop
 * app can do (in the browser the print dialog's "Opslaan als PDF" does it).
 */
export type QuestionExportWriter =
  | { readonly kind: 'build'; readonly build: (exported: QuestionExport, options: ExportOptions) => Promise<Uint8Array | string> }
  | { readonly kind: 'print' };

/** One format a question list is exported to. */
export interface QuestionExportFormat<Id extends FileFormatId = FileFormatId> extends FileFormat {
  readonly id: Id;
  /** What its button says, e.g. "Word (.docx)". */
  readonly label: string;
  readonly writer: QuestionExportWriter;
}

function questionExportFormat<Id extends FileFormatId>(id: Id, writer: QuestionExportWriter): QuestionExportFormat<Id> {
  const format: FileFormat = FILE_FORMATS[id];
  return { ...format, id, label: fileFormatLabel(format), writer };
}

/** The formats a question list is exported to, in the order of the export panel's buttons. */
export const QUESTION_EXPORT_FORMATS = [
  // The Word builder (and the docx library) is loaded only when first needed, so the reader starts without it.
  questionExportFormat('docx', { kind: 'build', build: async (exported, options) => (await import('./docx-export')).buildDocx(exported, options.docxLayout) }),
  questionExportFormat('markdown', { kind: 'build', build: async (exported) => buildMarkdown(exported) }),
  questionExportFormat('text', { kind: 'build', build: async (exported) => buildPlainText(exported) }),
  questionExportFormat('csv', { kind: 'build', build: async (exported) => buildCsv(exported) }),
  questionExportFormat('pdf', { kind: 'print' }),
] as const;

/** The id of a question export format: "docx", "markdown", "text", "csv" or "pdf". */
export type QuestionExportFormatId = (typeof QUESTION_EXPORT_FORMATS)[number]['id'];
