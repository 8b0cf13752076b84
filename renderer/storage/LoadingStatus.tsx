/**
 * A screen's "wordt geladen…" line that cannot wait forever. Dexie's live queries never answer
 * when the database cannot be opened (they wait for it silently), so once the storage alert
 * shows a problem, or the read has not answered in time, the line says that the data cannot be
 * shown, and why.
 */
import { useEffect, useState } from 'react';
import { STORAGE_ANSWER_MS } from '../db/answer-in-time';
import { useStorageProblem } from './use-storage-problem';

interface LoadingStatusProps {
  /** While loading, e.g. "Vergaderingen worden geladen…". */
  loading: string;
  /** When it cannot be shown, e.g. "De vergaderingen kunnen niet worden getoond". */
  failed: string;
}

/** The status line of a read from the database that has not answered yet. */
export function LoadingStatus({ loading, failed }: LoadingStatusProps) {
  const problem = useStorageProblem();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), STORAGE_ANSWER_MS);
    return () => clearTimeout(timer);
  }, []);
  const text = problem
    ? `${failed}: de opslag werkt niet, zie de melding bovenaan.`
    : late
      ? `${failed}: de opslag geeft geen antwoord. Laad Leestafel opnieuw.`
      : loading;
  return <p role="status">{text}</p>;
}
