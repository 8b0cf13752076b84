/**
 * The profile in the settings: a "Profiel" button that opens the profile dialog showing the
 * stored naam and fractie, to change them. Annotations and exports take the author from it.
 */
import { UserRound } from 'lucide-react';
import { useRef, useState } from 'react';
import { ProfileDialog } from './ProfileDialog';
import { useSettings } from './use-settings';

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
        <UserRound />
        Profiel
      </button>
      <span role="status" className="settings-label">
        {saved}
      </span>
      {open && (
        <ProfileDialog
          title="Profiel"
          intro={
            profile
              ? 'Je naam en fractie staan bij je aantekeningen en boven je exports.'
              : 'Je hebt nog geen profiel. Je naam en fractie komen bij je aantekeningen en boven je exports.'
          }
          profile={profile}
          onSaved={() => close('Profiel opgeslagen')}
          onCancel={() => close('')}
        />
      )}
    </div>
  );
}
