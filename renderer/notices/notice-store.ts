/**
 * A one-value store for a notice at the bottom of the screen (the undo of a deletion, the
 * question just made): set and cleared by domain functions, read live by the notice through
 * useSyncExternalStore. Each shown value carries a serial, so that a screen reader announces
 * every new one, also when it reads the same as the last.
 */
import { useSyncExternalStore } from 'react';

/** A store holding `T & { serial }`, or null when no notice is shown. */
export interface NoticeStore<T> {
  /** Shows `value` (numbered afresh). */
  show(value: T): void;
  /** Hides the notice. */
  clear(): void;
  /** What is shown now. */
  current(): (T & { serial: number }) | null;
  /** The shown value, live, for a component. */
  use(): (T & { serial: number }) | null;
}

/** Makes a notice store. */
export function createNoticeStore<T extends object>(): NoticeStore<T> {
  let value: (T & { serial: number }) | null = null;
  let serial = 0;
  const listeners = new Set<() => void>();
  const publish = (next: (T & { serial: number }) | null) => {
    value = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const current = () => value;
  return {
    show: (next) => publish({ ...next, serial: ++serial }),
    clear: () => value !== null && publish(null),
    current,
    use: () => useSyncExternalStore(subscribe, current),
  };
}
