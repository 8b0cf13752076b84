/**
 * The profile in the settings: a "Profiel" button that opens a dialog showing the stored naam
 * and fractie, to change them. Annotations and exports take the author from this profile.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Author } from '../annotations/annotation-types';
import { validateProfile, type ProfileErrors } from './profile-validation';
import { setProfile } from './settings-store';
import { useSettings } from './use-settings';
import './profile-settings.css';

/** The button, a polite confirmation after saving, and the dialog while it is open. */
export function ProfileSettings() {
  const { profile } = useSettings();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  const button = useRef<HTMLButtonElement>(null);

  function close(message: string) {
    setOpen(false);
    setSaved(message);
    button.current?.focus();
  }

  return (
    <div className="profile-settings">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setSaved('');
          setOpen(true);
        }}
      >
        Profiel
      </button>
      <span role="status" className="settings-label">
        {saved}
      </span>
      {open && <ProfileDialogForm profile={profile} onSaved={() => close('Profiel opgeslagen')} onCancel={() => close('')} />}
    </div>
  );
}

interface ProfileDialogFormProps {
  profile: Author | null;
  onSaved: () => void;
  onCancel: () => void;
}

/** A modal <dialog> (focus trap and Escape come with it) with the profile form. */
function ProfileDialogForm({ profile, onSaved, onCancel }: ProfileDialogFormProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [naam, setNaam] = useState(profile?.naam ?? '');
  const [fractie, setFractie] = useState(profile?.fractie ?? '');
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [failure, setFailure] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  // Close the modal before the caller moves the focus: while it is open, the page behind is inert.
  function finish(done: () => void) {
    dialog.current?.close();
    done();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateProfile({ naam, fractie });
    setErrors(found);
    if (found.naam || found.fractie) {
      window.document.getElementById(found.naam ? `${id}-naam` : `${id}-fractie`)?.focus();
      return;
    }
    setProfile({ naam, fractie }).then(() => finish(onSaved), (error: unknown) =>
      setFailure(error instanceof Error ? error.message : 'Het profiel kon niet worden opgeslagen.'),
    );
  }

  return (
    <dialog
      ref={dialog}
      className="profile-settings-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        finish(onCancel);
      }}
    >
      <h2 id={`${id}-title`}>Profiel</h2>
      <p>
        {profile
          ? 'Je naam en fractie staan bij je aantekeningen en boven je exports.'
          : 'Je hebt nog geen profiel. Je naam en fractie komen bij je aantekeningen en boven je exports.'}
      </p>
      <form onSubmit={submit} noValidate>
        <ProfileField id={`${id}-naam`} label="Naam" value={naam} onChange={setNaam} error={errors.naam} autoComplete="name" />
        <ProfileField
          id={`${id}-fractie`}
          label="Fractie"
          value={fractie}
          onChange={setFractie}
          error={errors.fractie}
          autoComplete="organization"
        />
        {failure && <p role="alert">{failure}</p>}
        <div className="profile-settings-actions">
          <button type="submit">Opslaan</button>
          <button type="button" onClick={() => finish(onCancel)}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface ProfileFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete: string;
}

/** A labelled text field with its error message tied to it. */
function ProfileField({ id, label, value, onChange, error, autoComplete }: ProfileFieldProps) {
  return (
    <div className="profile-settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="profile-settings-error">
          {error}
        </p>
      )}
    </div>
  );
}
