/**
 * The one-time hint for a first-time reader on how to annotate. It sits above the table of
 * contents, beside the text (above it on a narrow screen), so it never covers a word; being
 * outside <main>, it leaves "Naar de tekst" landing straight in the text. It goes for good when
 * dismissed or once an own annotation exists (watched here, then remembered in the setting
 * annotateHintDone, so deleting it later does not bring the hint back); a reader who already has
 * annotations never sees it. Without working storage it stays away, as annotating is not
 * possible there anyway.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { hasOwnAnnotation } from '../annotations/annotation-store';
import { setAnnotateHintDone } from '../settings/settings-store';
import { useLoadedSettings } from '../settings/use-settings';
import './annotate-hint.css';

/** Whether to show the hint: only once the settings say it is not done and no own annotation exists. */
function useHintWanted(): boolean {
  const settings = useLoadedSettings();
  const done = settings?.annotateHintDone;
  // Also annotations made before this hint existed, or restored from a reservekopie. Storage
  // that fails counts as "has": no hint where annotating cannot work, and no error thrown in render.
  // Nothing is asked before the settings are known: useLiveQuery keeps its last answer while the
  // next one comes, and a stale "has" would end the hint for good.
  const hasAnnotation = useLiveQuery(() => (done === false ? hasOwnAnnotation().catch(() => true) : undefined), [done]);
  useEffect(() => {
    if (done === false && hasAnnotation) {
      setAnnotateHintDone().catch((failure: unknown) => console.warn('Tip over aantekeningen niet afgesloten', failure));
    }
  }, [done, hasAnnotation]);
  return done === false && hasAnnotation === false;
}

/** The hint with its "Begrepen" button; renders nothing once done. */
export function AnnotateHint() {
  const id = useId();
  const wanted = useHintWanted();
  const [dismissed, setDismissed] = useState(false);
  if (!wanted || dismissed) return null;

  function dismiss() {
    // Gone at once, also when storing that fails (then it comes back on the next start only).
    setDismissed(true);
    setAnnotateHintDone().catch((failure: unknown) => console.warn('Tip over aantekeningen niet onthouden', failure));
    // The button disappears: the focus goes on to the text rather than to the page's start.
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }

  return (
    <div className="annotate-hint" role="note" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="annotate-hint-title">
        Tip: aantekeningen maken
      </p>
      <p>
        Selecteer tekst om die te markeren, er een notitie bij te schrijven of er een vraag over te stellen.
        Met het toetsenbord: de knop vóór elke alinea, of de toets A.
      </p>
      <button type="button" onClick={dismiss}>
        Begrepen
      </button>
    </div>
  );
}
