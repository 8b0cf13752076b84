/** React hook: a value that follows another after it has been still for a moment. */
import { useEffect, useState } from 'react';

/** `value`, `delay` ms after its last change; an empty string follows at once (clearing is instant). */
export function useDebouncedValue(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (value.trim() === '') {
      setDebounced(value);
      return;
    }
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}
