/**
 * React hook: the search box takes the focus back when the search state asks for it (after a
 * result was opened and its hits marked), so Enter steps on from there.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** Focuses `input` whenever `focusRequest` (SearchState.focusRequest) changes after mounting. */
export function useFocusRequest(input: RefObject<HTMLInputElement | null>, focusRequest: number): void {
  // A request made before this box was mounted belongs to an earlier screen: not acted on.
  const seenFocusRequest = useRef(focusRequest);
  useEffect(() => {
    if (seenFocusRequest.current === focusRequest) return;
    seenFocusRequest.current = focusRequest;
    input.current?.focus({ preventScroll: true });
  }, [focusRequest]);
}
