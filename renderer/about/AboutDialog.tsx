/**
 * *Over Leestafel* in the browser edition (the desktop app has Help → Over Leestafel Leusden,
 * electron/menu.ts): the app version, that this is the browser edition and in which browser,
 * each bundled document with its version (the day its text was taken in, and the hash for support) and years, and where the user's data lives.
 * A native modal <dialog>: focus trap and Escape come with it.
 */
import { useEffect, useId, useRef } from 'react';
import { version as appVersion } from '../../package.json';
import { useDocumentIndexState } from '../documents/use-document-index';
import { versionLabel } from '../documents/version-label';
import { describeBrowser, type NavigatorLike } from './browser-version';
import './about.css';

interface AboutDialogProps {
  /** Called after the dialog has closed (Sluiten or Escape); the caller unmounts it. */
  onClose: () => void;
}

/** Mount it to show; the caller unmounts it in onClose. */
export function AboutDialog({ onClose }: AboutDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const index = useDocumentIndexState();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function close() {
    dialog.current?.close();
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="modal-dialog about-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <h2 id={`${id}-title`}>Over Leestafel Leusden</h2>
      <dl className="about-facts">
        <dt>Versie</dt>
        <dd>{appVersion}</dd>
        <dt>Uitvoering</dt>
        <dd>Browserversie, in {describeBrowser(navigator as NavigatorLike)}</dd>
        <dt>Je gegevens</dt>
        <dd>
          In deze browser, bij het adres {window.location.origin}. Een andere browser of een ander adres
          ziet ze niet; maak een reservekopie om ze mee te nemen.
        </dd>
      </dl>
      <h3>Meegeleverde documenten</h3>
      {index.status === 'loading' && <p role="status">Documenten worden geladen…</p>}
      {index.status === 'failed' && <p role="alert">De lijst met documenten kon niet worden geladen.</p>}
      {index.status === 'ready' && (
        <ul className="about-documents">
          {index.documents.map((document) => (
            <li key={document.id}>
              {document.title}
              <span className="about-document-version">
                {' '}
                — {versionLabel(document)} (<code>{document.version}</code>), {document.years}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="about-actions">
        <button type="button" onClick={close}>
          Sluiten
        </button>
      </div>
    </dialog>
  );
}
