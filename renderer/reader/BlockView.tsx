/** One block of a document as its HTML element, carrying data-block-id for positions and annotations. */
import type { Block } from '../documents/model';
import { headingLabel } from './heading-label';
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
        </Heading>
      );
    }
    case 'paragraph':
      return <p data-block-id={block.id}>{block.text}</p>;
    case 'quote':
      return (
        <blockquote data-block-id={block.id}>
          <p>{block.text}</p>
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List data-block-id={block.id}>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </List>
      );
    }
    case 'table':
      return <TableBlockView block={block} />;
  }
}
