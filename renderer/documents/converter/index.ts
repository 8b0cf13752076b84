/**
 * The converter: turns a raw council text, as extracted from its PDF or web page, into the
 * structured document model. It fixes layout only — reflows hard-wrapped lines, undoes
 * line-end hyphenation, recognises headings, lists, quotes and tables, and leaves out page
 * furniture — and never changes a word or a figure. Every block records the source lines
 * it was made from, so a test can prove that nothing was lost or altered.
 *
 * Pure TypeScript without DOM or Node APIs: it runs at build time and in the app.
 */
import type { Corrections } from '../corrections';
import { hashText } from '../hash-text';
import type { DocumentInfo, DocumentModel } from '../model';
import { BlockBuilder } from './block-builder';
import { CorrectionsMismatchError } from './errors';
import { buildToc } from './headings';
import { splitLines } from './lines';

export { CorrectionsMismatchError } from './errors';
export { joinWrapped } from './lines';
export { splitRow } from './tables';

/** The result of a conversion: the model plus, per block, the source lines it used. */
export interface Conversion {
  model: DocumentModel;
  /** Block id → source line numbers, in the order the block used them. */
  sourceLines: Map<string, number[]>;
  /** Line numbers left out as furniture. */
  droppedLines: number[];
}

/** Convert one raw text. Throws CorrectionsMismatchError when the corrections were written for another version. */
export function convertDocument(raw: string, info: DocumentInfo, corrections?: Corrections): Conversion {
  const version = hashText(raw);
  if (corrections && corrections.version !== version) {
    throw new CorrectionsMismatchError(
      `De correcties voor ${info.id} horen bij versie ${corrections.version}, de tekst is versie ${version}.`,
    );
  }
  const { blocks, sourceLines, droppedLines } = new BlockBuilder(splitLines(raw), info, corrections ?? { version }).build();
  const model: DocumentModel = { ...info, version, blocks, toc: buildToc(blocks) };
  return { model, sourceLines, droppedLines };
}
