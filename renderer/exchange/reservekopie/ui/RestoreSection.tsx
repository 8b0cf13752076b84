/**
 * "Reservekopie terugzetten": pick a file (a file input and a drop zone in the browser edition,
 * the desktop's open dialog in the app), see what it holds, then Samenvoegen or Vervangen.
 * A refused file shows its Dutch reason and changes nothing; results are announced politely.
 */
import { useId, useState } from 'react';
import { platform } from '../../../platform/desktop-bridge';
import type { Reservekopie } from '../format';
import { describeChanges } from '../preview';
import { mergeReservekopie } from '../reservekopie-service';
import { replaceAfterSavingCurrent } from '../save-reservekopie';
import { FileDropZone } from '../../ui/FileDropZone';
import { AutoBackupChoices } from './AutoBackupChoices';
import { failureMessage } from './failure-message';
import { readOpenedFile, readPickedFile, type PickedReservekopie } from './read-picked-file';
import { RestorePreview } from './RestorePreview';

type State =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; fileName: string; reservekopie: Reservekopie; applying: boolean }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string };

/** The section that restores a reservekopie. */
export function RestoreSection() {
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });

  function show(picked: PickedReservekopie | undefined) {
    if (!picked) return setState({ status: 'idle' });
    if (!picked.ok) return setState({ status: 'refused', message: `${picked.fileName}: ${picked.message} Er is niets veranderd.` });
    setState({ status: 'ready', fileName: picked.fileName, reservekopie: picked.reservekopie, applying: false });
  }

  async function read(pick: () => Promise<PickedReservekopie | undefined>) {
    setState({ status: 'reading' });
    try {
      show(await pick());
    } catch (error) {
      setState({ status: 'refused', message: failureMessage('Het bestand lezen', error) });
    }
  }

  async function apply(ready: Extract<State, { status: 'ready' }>, mode: 'merge' | 'replace') {
    setState({ ...ready, applying: true });
    try {
      if (mode === 'merge') {
        const changes = await mergeReservekopie(ready.reservekopie);
        setState({ status: 'done', message: `Samengevoegd uit ${ready.fileName}: ${describeChanges(changes)}.` });
      } else {
        const { safetyFileName, changes } = await replaceAfterSavingCurrent(ready.reservekopie);
        setState({ status: 'done', message: `Vervangen door ${ready.fileName}: ${describeChanges(changes)}. Je vorige gegevens staan in ${safetyFileName}.` });
      }
    } catch (error) {
      setState({ status: 'failed', message: failureMessage(mode === 'merge' ? 'Samenvoegen' : 'Vervangen', error) });
    }
  }

  const message = state.status === 'reading' ? 'Het bestand wordt gecontroleerd…' : state.status === 'done' ? state.message : '';
  const problem = state.status === 'refused' || state.status === 'failed' ? state.message : '';

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Reservekopie terugzetten</h2>
      <p>Het bestand wordt eerst helemaal gecontroleerd; pas als het in orde is, kies je of je het samenvoegt of je gegevens ermee vervangt.</p>
      <FileDropZone
        desktopButton="Reservekopie kiezen…"
        fileLabel="Kies een reservekopie (.json)"
        accept=".json,application/json"
        onOpenDialog={() => void read(async () => readOpenedFile(await platform.openReservekopie()))}
        onFile={(file) => void read(() => readPickedFile(file))}
      />
      <AutoBackupChoices
        onPick={(name) => void read(async () => readOpenedFile({ status: 'opened', name, text: await platform.autoBackups()!.readAutoBackup(name) }))}
      />
      <p role="status" className="exchange-status">
        {message}
      </p>
      <div role="alert">{problem && <p className="form-error">{problem}</p>}</div>
      {state.status === 'ready' && (
        <RestorePreview
          fileName={state.fileName}
          reservekopie={state.reservekopie}
          busy={state.applying}
          onMerge={() => void apply(state, 'merge')}
          onReplace={() => void apply(state, 'replace')}
          onCancel={() => setState({ status: 'idle' })}
        />
      )}
    </section>
  );
}
