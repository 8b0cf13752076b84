/**
 * The boundary around every screen: an unexpected error shows a plain Dutch message with
 * *Opnieuw laden* and *Reservekopie maken* instead of an empty window, and the technical text
 * folded away for support. A failure of the storage gets its own explanation.
 */
import { Component, type ReactNode } from 'react';
import { describeStorageError, classifyStorageError } from '../db/storage-errors';
import { currentStorageProblem, reportStorageFailure } from '../db/storage-status';
import { backupHref } from '../navigation/route';
import './storage.css';

// What the screen says for an error that is not the storage's.
const UNEXPECTED_ERROR_TEXT =
  'Dit scherm kon door een onverwachte fout niet worden getoond. Wat je eerder hebt opgeslagen, blijft bewaard. ' +
  'Laad Leestafel opnieuw; gaat het weer mis, maak dan een reservekopie en meld het probleem bij de griffie.';

interface ScreenErrorBoundaryProps {
  children: ReactNode;
}

interface ScreenErrorBoundaryState {
  failed: boolean;
  error?: unknown;
}

/** Renders the screen, or the failure message once it threw; give it `key` per screen so that another screen starts afresh. */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, ScreenErrorBoundaryState> {
  override state: ScreenErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): ScreenErrorBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown) {
    reportStorageFailure(error);
  }

  override render() {
    return this.state.failed ? <ScreenFailure error={this.state.error} /> : this.props.children;
  }
}

function technicalText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const heading = `${error.name}: ${error.message}`;
  // V8's stack starts with the name and message already; other engines' stacks do not.
  if (!error.stack) return heading;
  return error.stack.startsWith(heading) ? error.stack : `${heading}\n${error.stack}`;
}

/** The message in place of a screen that failed. */
function ScreenFailure({ error }: { error: unknown }) {
  const storage = classifyStorageError(error) !== undefined;
  const text = storage ? describeStorageError(error, currentStorageProblem()?.writtenBy) : UNEXPECTED_ERROR_TEXT;
  return (
    <main id="inhoud" tabIndex={-1} className="screen-failure">
      <h1>Er is iets misgegaan</h1>
      {/* The storage alert above announces a storage problem already. */}
      <p role={storage ? undefined : 'alert'}>{text}</p>
      <p className="storage-actions">
        <button type="button" onClick={() => window.location.reload()}>
          Opnieuw laden
        </button>
        <a href={backupHref}>Reservekopie maken</a>
      </p>
      <details>
        <summary>Technische gegevens (voor de helpdesk)</summary>
        <pre>{technicalText(error)}</pre>
      </details>
    </main>
  );
}
