/**
 * Runs a form's asynchronous action one at a time: a second Enter or click while the first is
 * still storing is ignored (no duplicate vergadering, question or annotation), and a failure
 * is kept as a message for the form to show instead of vanishing as an unhandled rejection:
 * the domain function's own Dutch message, or the plain Dutch text of a storage failure.
 */
import { useRef, useState, type FormEvent } from 'react';
import { describeStorageError } from '../db/storage-errors';
import { currentStorageProblem } from '../db/storage-status';

/** What a form needs: its submit handler, whether it is storing, and the last failure. */
export interface Submit {
  submit: (event?: FormEvent) => Promise<void>;
  pending: boolean;
  error: string | undefined;
}

/** Wraps `action` (which throws with a Dutch message on bad input) for a form's onSubmit. */
export function useSubmit(action: () => Promise<void> | void): Submit {
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (running.current) return;
    running.current = true;
    setPending(true);
    try {
      await action();
      setError(undefined);
    } catch (failure) {
      setError(describeStorageError(failure, currentStorageProblem()?.writtenBy));
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  return { submit, pending, error };
}
