/** A result's snippet: its text with the hits as <mark> elements (text is always text). */
import { findHits, type HitPattern } from './hit-pattern';
import { buildSnippet } from './snippet';

/** The excerpt of `text` around its first hit, hits emphasised. */
export function ResultSnippet({ text, pattern }: { text: string; pattern: HitPattern }) {
  const parts = buildSnippet(text, findHits(text, pattern));
  return (
    <span className="search-snippet">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
