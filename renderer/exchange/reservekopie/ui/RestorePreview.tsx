/**
 * The preview of a checked reservekopie and the two ways to restore it: Samenvoegen, or
 * Vervangen after a confirmation that says a reservekopie of the current data is saved first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Reservekopie } from '../format';
import { previewReservekopie } from '../preview';

interface RestorePreviewProps {
  fileName: string;
  reservekopie: Reservekopie;
  busy: boolean;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** What the file holds, then "Samenvoegen", "Vervangen…" and "Annuleren". */
export function RestorePreview({ fileName, reservekopie, busy, onMerge, onReplace, onCancel }: RestorePreviewProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = previewReservekopie(reservekopie);

  // Land the keyboard focus on what was just read, so the choice is the next thing reached.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-preview">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Reservekopie {preview.headline}
      </h3>
      <p>
        {/* bdi: a file name or version with right-to-left characters must not reorder the sentence. */}
        Bestand: <bdi>{fileName}</bdi> (gemaakt met Leestafel Leusden <bdi>{reservekopie.appVersion}</bdi>). Het bevat:
      </p>
      <ul>
        {preview.details.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!confirming ? (
        <>
          <p>
            <strong>Samenvoegen</strong> voegt toe wat je nog niet hebt en houdt van elk item de nieuwste versie; er verdwijnt niets.{' '}
            <strong>Vervangen</strong> zet al je gegevens terug zoals ze in het bestand staan.
          </p>
          <div className="exchange-actions">
            <button type="button" className="button-primary" aria-disabled={busy} onClick={() => !busy && onMerge()}>
              Samenvoegen
            </button>
            <button type="button" aria-disabled={busy} onClick={() => !busy && setConfirming(true)}>
              Vervangen…
            </button>
            <button type="button" onClick={onCancel}>
              Annuleren
            </button>
          </div>
        </>
      ) : (
        <div role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Vervangen haalt alles weg wat nu in Leestafel staat en zet de gegevens uit het bestand terug. Eerst wordt automatisch een reservekopie van je
            huidige gegevens opgeslagen; lukt dat niet, dan wordt er niets vervangen.
          </p>
          <div className="exchange-actions">
            <button type="button" className="button-danger" aria-disabled={busy} onClick={() => !busy && onReplace()}>
              Reservekopie maken en vervangen
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Niet vervangen
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
