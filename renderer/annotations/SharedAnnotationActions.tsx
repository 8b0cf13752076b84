/**
 * The part of an opened or listed annotation of a fractie member: whose it is (initials and
 * name), that it cannot be changed here, and what can be done instead: "Overnemen" (an own copy)
 * or, for a conflict, "Deze versie nemen" / "Mijn versie houden". Names and notes from a file
 * are rendered as text inside <bdi>, so a name cannot turn the line around it.
 */
import { useState } from 'react';
import type { Annotation } from '../model/annotation';
import { initialsOf, sharedAuthorName } from '../model/shared';
import { copyToOwn, settleConflict } from './shared-annotations';

/** The round badge with the author's initials, hidden from screen readers (the name is said beside it). */
export function AuthorInitials({ naam }: { naam: string }) {
  return (
    <span className="author-initials" aria-hidden="true">
      {initialsOf(naam)}
    </span>
  );
}

/** Who a shared annotation is of, and its actions; `onDone` after a choice removed or replaced it. */
export function SharedAnnotationActions({ annotation, onDone }: { annotation: Annotation; onDone?: () => void }) {
  const [message, setMessage] = useState('');
  const conflict = annotation.origin?.conflictWith !== undefined;

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setMessage(done);
      onDone?.();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Dat is niet gelukt.');
    }
  }

  return (
    <div className="shared-annotation">
      <p className="shared-author">
        <AuthorInitials naam={annotation.author.naam} />
        <span>
          Van <bdi>{sharedAuthorName(annotation.author)}</bdi>
          {conflict ? ' — een andere versie van een aantekening die je hier al hebt' : ' — alleen te lezen'}
        </span>
      </p>
      <div className="shared-actions">
        {conflict ? (
          <>
            <button type="button" onClick={() => void run(() => settleConflict(annotation.id, 'theirs'), 'Deze versie is genomen.')}>
              Deze versie nemen
            </button>
            <button type="button" onClick={() => void run(() => settleConflict(annotation.id, 'mine'), 'Je eigen versie blijft; deze staat in de Prullenbak.')}>
              Mijn versie houden
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void run(() => copyToOwn(annotation), 'Overgenomen als je eigen aantekening (Privé).')}>
            Overnemen als eigen aantekening
          </button>
        )}
      </div>
      <p role="status" className="shared-message">
        {message}
      </p>
    </div>
  );
}
