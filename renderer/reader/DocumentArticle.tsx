/** The text of a document: its title as the page's h1, an info line and every block. */
import { memo, type Ref } from 'react';
import type { DocumentModel } from '../documents/model';
import { KIND_LABELS } from '../library/kind-labels';
import { BlockView } from './BlockView';

interface DocumentArticleProps {
  document: DocumentModel;
  ref?: Ref<HTMLElement>;
}

/** Renders the whole document; memoised because scrolling re-renders the screen around it. */
export const DocumentArticle = memo(function DocumentArticle({ document, ref }: DocumentArticleProps) {
  return (
    <article ref={ref} className="document" aria-labelledby="document-title">
      <header className="document-header">
        <h1 id="document-title">{document.title}</h1>
        <p className="document-info">
          {[KIND_LABELS[document.kind], document.years, `Bron: ${document.source}`, `Versie ${document.version}`].join(
            ' · ',
          )}
        </p>
      </header>
      {document.blocks.map((block) => (
        <BlockView key={block.id} block={block} />
      ))}
    </article>
  );
});
