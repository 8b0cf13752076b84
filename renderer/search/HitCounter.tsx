/** The reader's hit counter beside the search box: "3 van 12" with buttons for the previous and next hit. */
import type { HitPosition } from './document-marks';
import { nextHit, previousHit } from './search-store';

/** The counter text: where the navigation stands among the marked hits. */
function counterText(position: HitPosition): string {
  if (position.count === 0) return 'Geen treffers';
  return position.current < 0 ? `${position.count} treffers` : `${position.current + 1} van ${position.count}`;
}

/** Previous / position / next for the hits marked in the document on screen. */
export function HitCounter({ position }: { position: HitPosition }) {
  return (
    <div className="search-counter" role="group" aria-label="Treffers in dit document">
      <button type="button" onClick={() => previousHit()} aria-keyshortcuts="Shift+F3">
        <span aria-hidden="true">↑ </span>Vorige
      </button>
      <output aria-live="polite" className="search-position">
        {counterText(position)}
      </output>
      <button type="button" onClick={() => nextHit()} aria-keyshortcuts="F3">
        <span aria-hidden="true">↓ </span>Volgende
      </button>
    </div>
  );
}
