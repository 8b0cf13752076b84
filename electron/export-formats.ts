/**
 * The file formats the app writes, as plain data: per format its file extension, content
 * type, Dutch name and the name of its filter in the desktop save dialog. The main process
 * saves only these formats, under their own extensions, and derives its save-dialog filters
 * from this table; the renderer's export registries (renderer/questions/export/export-formats.ts)
 * add a builder per format.
 *
 * Imported by the main process and by the renderer alike, so it must stay plain TypeScript
 * with no imports at all: no Node, no Electron, no DOM.
 */

/** A file format the app writes (saved through the desktop bridge or downloaded). */
export interface FileFormat {
  /** The extension the app gives the file, without the dot, e.g. "docx". */
  readonly extension: string;
  /** Further extensions the save dialog's filter accepts for this format, e.g. "htm". */
  readonly otherExtensions?: readonly string[];
  /** The content type, e.g. "text/csv"; the desktop save dialog picks its filter by it. */
  readonly mimeType: string;
  /** The short Dutch name users know the format by, e.g. "Word" or "Tekst". */
  readonly name: string;
  /** The name of the format's filter in the save dialog, e.g. "Word-document". */
  readonly filterName: string;
}

/** Every file format the app writes, by id. */
export const FILE_FORMATS = {
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    name: 'Word',
    filterName: 'Word-document',
  },
  markdown: { extension: 'md', mimeType: 'text/markdown', name: 'Markdown', filterName: 'Markdown' },
  text: { extension: 'txt', mimeType: 'text/plain', name: 'Tekst', filterName: 'Tekst' },
  csv: { extension: 'csv', mimeType: 'text/csv', name: 'CSV', filterName: 'CSV' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', name: 'PDF', filterName: 'PDF' },
  json: { extension: 'json', mimeType: 'application/json', name: 'JSON', filterName: 'JSON' },
  html: { extension: 'html', otherExtensions: ['htm'], mimeType: 'text/html', name: 'HTML', filterName: 'HTML' },
} as const satisfies Readonly<Record<string, FileFormat>>;

/** The id of a file format, e.g. "docx". */
export type FileFormatId = keyof typeof FILE_FORMATS;

/** What a button offering the format says: its name and extension, e.g. "Word (.docx)". */
export function fileFormatLabel(format: FileFormat): string {
  return `${format.name} (.${format.extension})`;
}

/** The format with this content type (compared case-insensitively), if the app knows it. */
export function fileFormatForMimeType(mimeType: string): FileFormat | undefined {
  const wanted = mimeType.toLowerCase();
  return Object.values<FileFormat>(FILE_FORMATS).find((format) => format.mimeType === wanted);
}

/** The extensions of a format, its own first: e.g. ["html", "htm"]. */
export function extensionsOf(format: FileFormat): string[] {
  return [format.extension, ...(format.otherExtensions ?? [])];
}

/** Whether a file name ends in one of the format's extensions (compared case-insensitively). */
export function hasExtensionOf(fileName: string, format: FileFormat): boolean {
  const name = fileName.toLowerCase();
  return extensionsOf(format).some((extension) => name.endsWith(`.${extension}`));
}
