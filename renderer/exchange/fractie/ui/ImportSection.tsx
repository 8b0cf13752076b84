/**
 * "Importeren": pick or drop a colleague's fractieset (the desktop's open dialog in the app),
 * see per author and per document what it would change, choose whose work to take, then import
 * it in one transaction after an automatic reservekopie. A refused file says why, in Dutch, and
 * changes nothing; importing the same file again says there is nothing new.
 */
import { useId, useState } from 'react';
import { db } from '../../../db/database';
import { loadDocumentIndex } from '../../../documents/load-documents';
import { platform } from '../../../platform/desktop-bridge';
import { saveReservekopie } from '../../reservekopie/save-reservekopie';
import { failureMessage } from '../../reservekopie/ui/failure-message';
import { applyImport, previewImport } from '../fractie-service';
import { orphanCheck } from '../orphan-check';
import type { Fractieset } from '../parse';
import type { ImportPlan } from '../plan';
import { readOpenedSet, readSetFile, type PickedSet } from '../read-set-file';
import { FileDropZone } from '../../ui/FileDropZone';
import { describeImport, ImportPreview } from './ImportPreview';

type State =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; fileName: string; set: Fractieset; plan: ImportPlan; known: ReadonlySet<string>; chosen: ReadonlySet<string>; applying: boolean }
  | { status: 'done'; message: string };

/** The section that imports a fractieset. */
export function ImportSection() {
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });

  async function show(picked: PickedSet | undefined) {
    if (!picked) return setState({ status: 'idle' });
    if (!picked.ok) return setState({ status: 'refused', message: `${picked.fileName}: ${picked.message} Er is niets veranderd.` });
    const known = new Set((await loadDocumentIndex()).map((document) => document.id));
    const isOrphan = await orphanCheck(picked.set, known);
    const plan = await previewImport(picked.set, { fileName: picked.fileName, knownDocumentIds: known, isOrphan });
    setState({ status: 'ready', fileName: picked.fileName, set: picked.set, plan, known, chosen: new Set(plan.authors.map((author) => author.authorKey)), applying: false });
  }

  async function read(pick: () => Promise<PickedSet | undefined>) {
    setState({ status: 'reading' });
    try {
      await show(await pick());
    } catch (error) {
      setState({ status: 'refused', message: failureMessage('Het bestand lezen', error) });
    }
  }

  async function apply(ready: Extract<State, { status: 'ready' }>) {
    setState({ ...ready, applying: true });
    try {
      const options = { fileName: ready.fileName, knownDocumentIds: ready.known, authorKeys: ready.chosen };
      const check = await previewImport(ready.set, options);
      if (!check.changesAnything) return setState({ status: 'done', message: `Niets nieuws in ${ready.fileName}: alles was al geïmporteerd. Er is niets veranderd.` });
      // As before Vervangen: the current state is saved first, and nothing is imported unless that worked.
      const safety = await saveReservekopie(db, { nameSuffix: 'voor-import' });
      if (!safety.saved) throw new Error('Er is niets geïmporteerd: de reservekopie van je huidige gegevens is niet opgeslagen.');
      const plan = await applyImport(ready.set, options);
      setState({ status: 'done', message: `Geïmporteerd uit ${ready.fileName}: ${describeImport(plan)}. Je gegevens van daarvoor staan in ${safety.fileName}.` });
    } catch (error) {
      setState({ status: 'refused', message: failureMessage('Importeren', error) });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Importeren</h2>
      <p>Het bestand wordt eerst helemaal gecontroleerd. Je ziet per fractiegenoot en per stuk wat er verandert, en kiest wiens aantekeningen je overneemt.</p>
      <FileDropZone
        desktopButton="Bestand kiezen…"
        fileLabel="Kies een bestand met aantekeningen (.json)"
        accept=".json,application/json,application/ld+json"
        onOpenDialog={() => void read(async () => readOpenedSet(await platform.openFractieset()))}
        onFile={(file) => void read(() => readSetFile(file))}
      />
      <p role="status" className="exchange-status">
        {state.status === 'reading' ? 'Het bestand wordt gecontroleerd…' : state.status === 'done' ? state.message : ''}
      </p>
      <div role="alert">{state.status === 'refused' && <p className="form-error">{state.message}</p>}</div>
      {state.status === 'ready' && (
        <ImportPreview
          fileName={state.fileName}
          plan={state.plan}
          chosen={state.chosen}
          busy={state.applying}
          onChoose={(chosen) => setState({ ...state, chosen })}
          onImport={() => void apply(state)}
          onCancel={() => setState({ status: 'idle' })}
        />
      )}
    </section>
  );
}
