/**
 * The one form for the raadslid's profile (naam and fractie), used wherever the app asks for
 * it: before the first annotation, in the settings, on the vergadering screen. It checks the
 * rules of profile-validation.ts, ties each message to its field, and stores the profile.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Author } from '../model/author';
import { validateProfile, type ProfileErrors } from './profile-validation';
import { setProfile } from './settings-store';
import './profile.css';

interface ProfileFormProps {
  /** The stored profile, to start from; null when there is none yet. */
  profile: Author | null;
  /** The id of the element that names the form (its heading). */
  labelledBy?: string;
  submitLabel?: string;
  /** Called with the stored profile after saving. */
  onSaved: (profile: Author) => void;
  /** Shows "Annuleren" when given. */
  onCancel?: () => void;
}

/** Naam (required) and fractie; on an error the focus goes to the first field in error. */
export function ProfileForm({ profile, labelledBy, submitLabel = 'Opslaan', onSaved, onCancel }: ProfileFormProps) {
  const id = useId();
  const [naam, setNaam] = useState(profile?.naam ?? '');
  const [fractie, setFractie] = useState(profile?.fractie ?? '');
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [failure, setFailure] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateProfile({ naam, fractie });
    setErrors(found);
    if (found.naam || found.fractie) {
      window.document.getElementById(found.naam ? `${id}-naam` : `${id}-fractie`)?.focus();
      return;
    }
    const author = { naam: naam.trim(), fractie: fractie.trim() };
    setProfile(author).then(
      () => onSaved(author),
      (error: unknown) => setFailure(error instanceof Error ? error.message : 'Het profiel kon niet worden opgeslagen.'),
    );
  }

  return (
    <form className="profile-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
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
      <div className="profile-form-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Annuleren
          </button>
        )}
      </div>
    </form>
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
    <div className="profile-form-field">
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
        <p id={`${id}-error`} className="profile-form-error">
          {error}
        </p>
      )}
    </div>
  );
}
