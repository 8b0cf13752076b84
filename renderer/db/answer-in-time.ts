/**
 * A read that must not keep a screen waiting: IndexedDB can leave a request unanswered (an
 * open blocked by another window), so a screen waits at most a while and then says so.
 */

/** How long a screen waits for the database before it says that the storage does not answer. */
export const STORAGE_ANSWER_MS = 4000;

/** `read`, or a rejection with a TimeoutError when it has not settled within `ms`. */
export function answerInTime<T>(read: Promise<T>, ms: number = STORAGE_ANSWER_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('De opslag gaf geen antwoord.', 'TimeoutError')), ms);
    read.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
