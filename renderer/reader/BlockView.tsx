/** One block of a document as its HTML element, carrying data-block-id for positions and annotations. */
import { BlockAnnotateButton } from '../annotations/BlockAnnotateButton';
import type { Block } from '../documents/model';
import { headingLabel } from '../documents/heading-label';
import { TableBlockView } from './TableBlockView';

/** Renders a heading, paragraph, quote, list or table block; text is always text. */
export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${block.level}` as const;
      // tabIndex -1: a deep link or TOC choice moves the focus here.
      return (
        <Heading id={block.id} data-block-id={block.id} tabIndex={-1}>
          {headingLabel(block)}
          {block.supplied && (
            // Not in the source text, so not part of what annotations quote.
            <span className="supplied-note" data-no-anchor="">
              {' '}
              (kop toegevoegd door de griffie)
            </span>
          )}
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p data-block-id={block.id}>
          <BlockAnnotateButton block={block} />
          {block.text}
        </p>
      );
    case 'quote':
      return (
        <blockquote data-block-id={block.id}>
          <BlockAnnotateButton block={block} />
          <p>{block.text}</p>
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      // A list cannot hold the annotate button, so a wrapper carries the block id and the button.
      return (
        <div className="list-block" data-block-id={block.id}>
          <BlockAnnotateButton block={block} />
          <List start={block.ordered ? block.start : undefined}>
            {block.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </List>
        </div>
      );
    }
    case 'table':
      return <TableBlockView block={block} action={<BlockAnnotateButton block={block} />} />;
  }
}
