/**
 * The profile form in a modal dialog (native <dialog>: focus trap and Escape come with it):
 * "Profiel" in the settings, and "Wie maakt de aantekeningen?" before the first annotation.
 */
import { useEffect, useId, useRef } from 'react';
import type { Author } from '../model/author';
import { ProfileForm } from './ProfileForm';

interface ProfileDialogProps {
  title: string;
  intro: string;
  profile: Author | null;
  /** Called, after the dialog has closed, with the stored profile. */
  onSaved: (profile: Author) => void;
  /** Called, after the dialog has closed, on "Annuleren" or Escape. */
  onCancel: () => void;
}

/** Mount it to ask; the caller unmounts it in onSaved or onCancel. */
export function ProfileDialog({ title, intro, profile, onSaved, onCancel }: ProfileDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

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

  return (
    <dialog
      ref={dialog}
      className="modal-dialog profile-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        finish(onCancel);
      }}
      // Escape closes this dialog only, not the annotation toolbar it may have been opened over.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      <ProfileForm profile={profile} onSaved={(saved) => finish(() => onSaved(saved))} onCancel={() => finish(onCancel)} />
    </dialog>
  );
}
