/** Asks the raadslid's naam and fractie once, before the first annotation; stored as the profile. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Author } from './annotation-types';

interface ProfileDialogProps {
  onSave: (profile: Author) => void;
  onCancel: () => void;
}

/** A modal dialog (native <dialog>: focus trap and Escape come with it). */
export function ProfileDialog({ onSave, onCancel }: ProfileDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [naam, setNaam] = useState('');
  const [fractie, setFractie] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (naam.trim() === '') {
      setError('Vul je naam in.');
      return;
    }
    onSave({ naam: naam.trim(), fractie: fractie.trim() });
  }

  return (
    <dialog ref={ref} className="profile-dialog" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <h2 id={`${id}-title`}>Wie maakt de aantekeningen?</h2>
      <p>Je naam en fractie staan bij elke aantekening. Je vult ze één keer in.</p>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-naam`}>Naam</label>
        <input
          id={`${id}-naam`}
          type="text"
          autoComplete="name"
          value={naam}
          aria-invalid={error !== ''}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setNaam(event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <label htmlFor={`${id}-fractie`}>Fractie</label>
        <input id={`${id}-fractie`} type="text" value={fractie} onChange={(event) => setFractie(event.target.value)} />
        <div className="annotation-form-actions">
          <button type="submit">Opslaan</button>
          <button type="button" onClick={onCancel}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>
  );
}
