/**
 * The keyboard way to annotate: a button at the start of each paragraph, list, quote and
 * table ("Aantekening bij deze alinea"), shown in the margin on focus or hover. It only
 * carries the block id; the annotation layer listens for its clicks on the article, so the
 * memoised document does not re-render when annotations change.
 */
import type { Block } from '../documents/model';

const NOUNS: Record<Block['kind'], string> = {
  heading: 'kop',
  paragraph: 'alinea',
  quote: 'citaat',
  list: 'lijst',
  table: 'tabel',
};

/** The attribute the annotation layer looks for on a click. */
export const ANNOTATE_BLOCK_ATTRIBUTE = 'data-annotate-block';

/** The button for one block; data-no-anchor keeps it out of the anchor text. */
export function BlockAnnotateButton({ block }: { block: Block }) {
  return (
    <button
      type="button"
      className="block-annotate"
      data-no-anchor=""
      {...{ [ANNOTATE_BLOCK_ATTRIBUTE]: block.id }}
      aria-label={`Aantekening bij deze ${NOUNS[block.kind]}`}
      title={`Aantekening bij deze ${NOUNS[block.kind]} (A)`}
    />
  );
}
