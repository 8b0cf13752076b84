/**
 * The desktop app's automatic reservekopieën, newest first, each with "Terugzetten", which
 * opens it in the same check and preview as a chosen file. Nothing in the browser edition.
 */
import { useEffect, useState } from 'react';
import { platform, type AutoBackup } from '../../../platform/desktop-bridge';
import { onFirstUse } from '../../../locale/on-first-use';

const dateTime = onFirstUse(() => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }));
const formatDateTime = (at: number) => dateTime().format(at);

/** The list; `onPick` gets the chosen reservekopie's name. */
export function AutoBackupChoices({ onPick }: { onPick: (name: string) => void }) {
  const [backups, setBackups] = useState<AutoBackup[] | undefined>();
  useEffect(() => {
    const store = platform.autoBackups();
    if (!store) return;
    let cancelled = false;
    store.listAutoBackups().then(
      (list) => !cancelled && setBackups(list),
      () => !cancelled && setBackups([]),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  if (!backups) return null;
  return (
    <div className="reservekopie-automatic">
      <h3>Automatische reservekopieën</h3>
      {backups.length === 0 ? (
        <p>Nog geen. De app maakt er een na wijzigingen, hoogstens één per uur, en bewaart de laatste tien en één per week van de afgelopen acht weken.</p>
      ) : (
        <ul>
          {backups.map((backup) => (
            <li key={backup.name}>
              <span>{formatDateTime(backup.madeAt)}</span>{' '}
              <button type="button" aria-label={`Terugzetten: automatische reservekopie van ${formatDateTime(backup.madeAt)}`} onClick={() => onPick(backup.name)}>
                Terugzetten
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
