/**
 * The notice an editor shows when its item was changed or deleted in another window: it says
 * so, takes the focus, and offers the ways out — keep my version, take the other one, see both
 * texts (field by field, one under the other), or, for a deleted item, keep my text.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { EditState, FieldDifference } from './edit-conflict';
import { useSubmit } from './use-submit';
import './edit-conflict.css';

interface EditConflictNoticeProps {
  /** The item as the sentence starts: "Deze aantekening", "Deze vraag". */
  subject: string;
  kind: Exclude<EditState<unknown>['kind'], 'in-sync'>;
  /** The fields whose text differs between the editor and the stored version (for "Beide bekijken"). */
  differences: readonly FieldDifference[];
  /** Stores the editor's version over the other one. */
  onKeepMine: () => Promise<void>;
  /** Drops the editor's changes and loads the stored version. */
  onTakeTheirs: () => void;
  /** Stores the deleted item again with the editor's text; without it, the notice points to the Prullenbak. */
  onKeepText?: () => Promise<void>;
}

function shown(text: string) {
  return text === '' ? <em>(leeg)</em> : text;
}

/** The notice; mount it above the editor's fields while the editor is out of step with the stored item. */
export function EditConflictNotice({ subject, kind, differences, onKeepMine, onTakeTheirs, onKeepText }: EditConflictNoticeProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [comparing, setComparing] = useState(false);
  const keepMine = useSubmit(onKeepMine);
  const keepText = useSubmit(async () => onKeepText?.());
  const error = kind === 'changed' ? keepMine.error : keepText.error;

  // The raadslid has to decide before saving again: take the focus to the notice when it appears.
  useEffect(() => {
    box.current?.focus();
  }, [kind]);

  return (
    <div ref={box} className="edit-conflict" role="group" aria-labelledby={`${id}-message`} tabIndex={-1}>
      <p id={`${id}-message`} role="alert" className="edit-conflict-message">
        {kind === 'changed'
          ? `${subject} is intussen in een ander venster gewijzigd. Kies welke versie blijft.`
          : `${subject} is in een ander venster verwijderd. ${onKeepText ? 'Met Tekst bewaren zet je haar terug met jouw tekst.' : 'Ze staat in de Prullenbak.'}`}
      </p>
      {kind === 'changed' ? (
        <div className="edit-conflict-actions">
          <button type="button" disabled={keepMine.pending} onClick={() => void keepMine.submit()}>
            Mijn versie houden
          </button>
          <button type="button" onClick={onTakeTheirs}>
            De andere versie nemen
          </button>
          <button type="button" aria-expanded={comparing} aria-controls={`${id}-compare`} onClick={() => setComparing(!comparing)}>
            Beide bekijken
          </button>
        </div>
      ) : (
        onKeepText && (
          <div className="edit-conflict-actions">
            <button type="button" disabled={keepText.pending} onClick={() => void keepText.submit()}>
              Tekst bewaren
            </button>
          </div>
        )
      )}
      {error && (
        <p role="alert" className="form-error">
          Niet opgeslagen: {error}
        </p>
      )}
      {kind === 'changed' && comparing && (
        <div id={`${id}-compare`} className="edit-conflict-compare">
          {differences.length === 0 ? (
            <p>Geen verschil: de andere versie is gelijk aan de jouwe.</p>
          ) : (
            <dl>
              {differences.map((difference) => (
                <div key={difference.label} className="edit-conflict-field">
                  <dt>{difference.label}</dt>
                  <dd>
                    <span className="edit-conflict-version">Jouw versie: </span>
                    {shown(difference.mine)}
                  </dd>
                  <dd>
                    <span className="edit-conflict-version">De andere versie: </span>
                    {shown(difference.theirs)}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
    </div>
  );
}
