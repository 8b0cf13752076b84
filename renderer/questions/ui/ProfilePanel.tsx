/** Who asks the questions: the profile's naam and fractie, or the profile form when there is none yet. */
import { useEffect, useId, useRef, useState } from 'react';
import type { Author } from '../../model/author';
import { ProfileForm } from '../../settings/ProfileForm';

/** Shows the profile with a "Profiel wijzigen" button, or the shared profile form inline. */
export function ProfilePanel({ profile }: { profile: Author | null }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const section = useRef<HTMLElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);

  // The pressed button and the form replace each other: the focus follows.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (editing) section.current?.querySelector('input')?.focus();
    else change.current?.focus();
  }, [editing]);

  function edit(on: boolean) {
    moveFocus.current = true;
    setEditing(on);
  }

  if (profile && !editing) {
    return (
      <p className="profile-line">
        Vragen van <strong>{profile.naam}</strong>
        {profile.fractie && <> ({profile.fractie})</>}{' '}
        <button ref={change} type="button" onClick={() => edit(true)}>
          Profiel wijzigen
        </button>
      </p>
    );
  }
  return (
    <section ref={section} className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Je profiel</h2>
      <p>Je naam en fractie komen boven elke export van je vragen.</p>
      <ProfileForm
        profile={profile}
        labelledBy={`${id}-title`}
        submitLabel="Profiel opslaan"
        onSaved={() => edit(false)}
        onCancel={profile ? () => edit(false) : undefined}
      />
    </section>
  );
}
