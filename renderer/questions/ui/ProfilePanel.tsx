/** Who asks the questions: naam and fractie from the settings, asked once and editable. */
import { useId, useState, type FormEvent } from 'react';
import type { Author } from '../../annotations/annotation-types';
import { setProfile } from '../../settings/settings-store';

/** Shows the profile with a "Wijzigen" button, or the form when there is no profile yet. */
export function ProfilePanel({ profile }: { profile: Author | null }) {
  const [editing, setEditing] = useState(false);
  if (profile && !editing) {
    return (
      <p className="profile-line">
        Vragen van <strong>{profile.naam}</strong>
        {profile.fractie && <> ({profile.fractie})</>}{' '}
        <button type="button" onClick={() => setEditing(true)}>
          Profiel wijzigen
        </button>
      </p>
    );
  }
  return <ProfileForm profile={profile} onDone={() => setEditing(false)} />;
}

function ProfileForm({ profile, onDone }: { profile: Author | null; onDone: () => void }) {
  const id = useId();
  const [naam, setNaam] = useState(profile?.naam ?? '');
  const [fractie, setFractie] = useState(profile?.fractie ?? '');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await setProfile({ naam, fractie });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form className="panel stacked-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Je profiel</h2>
      <p>Je naam en fractie komen boven elke export van je vragen.</p>
      <label htmlFor={`${id}-naam`}>Naam</label>
      <input id={`${id}-naam`} value={naam} onChange={(e) => setNaam(e.target.value)} required autoComplete="name" />
      <label htmlFor={`${id}-fractie`}>Fractie</label>
      <input id={`${id}-fractie`} value={fractie} onChange={(e) => setFractie(e.target.value)} autoComplete="organization" />
      {error && <p role="alert" className="form-error">{error}</p>}
      <div className="button-row">
        <button type="submit">Profiel opslaan</button>
        {profile && (
          <button type="button" onClick={onDone}>
            Annuleren
          </button>
        )}
      </div>
    </form>
  );
}
