/**
 * The passage a question is about, read-only above its text field: the quoted words and the
 * vindplaats as they will be stored with the question, so the raadslid sees what the griffie gets.
 */
import { formatReference } from '../passage-reference';
import type { PassageReference } from '../../model/question';

// A paragraph can be long; the dialog shows its start, the question keeps all of it.
const SHOWN_QUOTE = 320;

function shortened(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > SHOWN_QUOTE ? `${flat.slice(0, SHOWN_QUOTE - 1)}…` : flat;
}

/** The quote and vindplaats, or a line saying they are being read. */
export function PassagePreview({ reference }: { reference: PassageReference | undefined }) {
  if (!reference) return <p className="passage-preview">Citaat en vindplaats worden geladen…</p>;
  return (
    <figure className="passage-preview">
      <blockquote>
        <p>{shortened(reference.quote)}</p>
      </blockquote>
      <figcaption>
        <span className="passage-preview-label">Vindplaats: </span>
        {formatReference(reference)}
      </figcaption>
    </figure>
  );
}
