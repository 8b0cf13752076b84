/**
 * An annotation's note in the panel: a long note (a pasted report of 50,000 characters) shows
 * its beginning with a "meer" button that unfolds the rest, so one entry never fills the panel
 * by itself; "minder" folds it again. Short notes show whole.
 */
import { useId, useState } from 'react';

/** Notes longer than this many characters, or with more lines than NOTE_LINES, are folded. */
export const NOTE_CHARACTERS = 600;
const NOTE_LINES = 8;

/** The beginning of a long note, cut at a word where one is near; undefined when the note is short. */
export function foldedNote(note: string): string | undefined {
  const lines = note.split('\n');
  const byLines = lines.length > NOTE_LINES ? lines.slice(0, NOTE_LINES).join('\n') : note;
  const cut = byLines.length > NOTE_CHARACTERS ? byLines.slice(0, NOTE_CHARACTERS) : byLines;
  if (cut === note) return undefined;
  const space = cut.lastIndexOf(' ');
  return `${(space > NOTE_CHARACTERS * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The note as a paragraph, folded when long. */
export function NoteText({ note }: { note: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const folded = foldedNote(note);
  if (folded === undefined) return <p className="panel-note">{note}</p>;
  return (
    <div className="panel-note-long">
      <p id={id} className="panel-note">
        {open ? note : folded}
      </p>
      <button type="button" className="panel-note-more button-quiet" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'minder' : 'meer'}
        <span className="visually-hidden"> van de notitie</span>
      </button>
    </div>
  );
}
