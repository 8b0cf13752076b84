// Reads the text of a .docx the way a reader sees it, for the unit and e2e export tests.
import { strFromU8, unzipSync } from 'fflate';

/** The text of word/document.xml: each paragraph on its own line, <w:br/> as a newline. */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text of XML as a reader sees it: tags removed, entities decoded, <w:br/> and paragraph ends as newlines. */
function xmlText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A table of word/document.xml: its cells' text per row, and its XML for properties such as widths. */
export interface DocxTable {
  rows: string[][];
  /** Whether each row is marked to repeat as header row on every page (<w:tblHeader/>). */
  headerRows: boolean[];
  /** The grid's column widths in twips (<w:gridCol w:w="…"/>). */
  columnWidths: number[];
}

/** The tables of a .docx in document order, each cell's text without its final newline. */
export function docxTables(bytes: Uint8Array): DocxTable[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) => {
    const rows = [...table!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? m[2] ?? '');
    return {
      rows: rows.map((row) => [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => xmlText(cell!).replace(/\n$/, ''))),
      headerRows: rows.map((row) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(row)),
      columnWidths: [...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, width]) => Number(width)),
    };
  });
}
