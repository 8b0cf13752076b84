/** The facts of one annotation as the panel shows them: flag, colour, tags, author, date, note. */
import type { Annotation } from '../model/annotation';
import { COLORS, FLAGS } from '../model/annotation';
import { authorKey } from './annotation-filters';
import { onFirstUse } from '../locale/on-first-use';
import { NoteText } from './NoteText';

const dateFormat = onFirstUse(() => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }));

/** "22 november 2026 om 08:04" (the form Intl gives for nl-NL). */
export function formatDutchDate(time: number): string {
  return dateFormat().format(new Date(time));
}

/** The quoted passage, shortened to `max` characters; always plain text. */
export function shortQuote(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The description list under an annotation's quote, and its note. */
export function AnnotationMeta({ annotation }: { annotation: Annotation }) {
  return (
    <>
      <dl className="panel-meta">
        {annotation.flag && (
          <div>
            <dt>Markering</dt>
            <dd className="panel-flag">{FLAGS.label(annotation.flag)}</dd>
          </div>
        )}
        <div>
          <dt>Kleur</dt>
          <dd>
            <span className="panel-color-dot" data-color={annotation.color} aria-hidden="true" />
            {COLORS.label(annotation.color)}
          </dd>
        </div>
        {annotation.tags.length > 0 && (
          <div>
            <dt>Labels</dt>
            <dd>{annotation.tags.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Door</dt>
          <dd>{authorKey(annotation.author)}</dd>
        </div>
        <div>
          <dt>Gewijzigd</dt>
          <dd>
            <time dateTime={new Date(annotation.updatedAt).toISOString()}>{formatDutchDate(annotation.updatedAt)}</time>
          </dd>
        </div>
      </dl>
      {annotation.note !== '' && <NoteText note={annotation.note} />}
    </>
  );
}
