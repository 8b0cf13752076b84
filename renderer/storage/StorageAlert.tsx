/**
 * The storage alert above every screen: what went wrong with the browser's storage, in plain
 * Dutch, and what to do about it (a reservekopie, a reload). The live region is always there,
 * so that a screen reader announces a problem the moment it appears.
 */
import { clearStorageProblem } from '../db/storage-status';
import { describeStorageProblem } from '../db/storage-errors';
import { backupHref } from '../navigation/route';
import { useStorageProblem } from './use-storage-problem';
import './storage.css';

/** The alert region; empty while the storage works. */
export function StorageAlert() {
  const problem = useStorageProblem();
  const passing = problem?.kind === 'quota' || problem?.kind === 'failed';
  const stale = problem?.kind === 'closed' || problem?.kind === 'no-answer';
  return (
    <div role="alert" className="storage-alert">
      {problem && (
        <>
          <p>{describeStorageProblem(problem.kind, problem.writtenBy)}</p>
          {(passing || stale) && (
            <p className="storage-actions">
              {passing && <a href={backupHref}>Reservekopie maken</a>}
              {stale && (
                <button type="button" onClick={() => window.location.reload()}>
                  Opnieuw laden
                </button>
              )}
              {passing && (
                <button type="button" onClick={() => clearStorageProblem(problem.kind)}>
                  Melding sluiten
                </button>
              )}
            </p>
          )}
        </>
      )}
    </div>
  );
}
