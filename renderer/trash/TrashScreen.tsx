/**
 * The Prullenbak screen (#/prullenbak): everything deleted in the last TRASH_KEEP_DAYS days,
 * per kind, each with "Terugzetten"; and "Prullenbak legen" after a confirmation. What happened
 * is said in a live region; after a restore the focus goes to the next entry's button.
 */
import { Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { libraryHref } from '../navigation/route';
import { TRASH_KEEP_DAYS, type TrashEntry } from '../model/trash';
import { ScreenHeader } from '../settings/ScreenHeader';
import { ConfirmDialog } from './ConfirmDialog';
import { entryName, TRASH_KINDS, whereItIs } from './describe-entry';
import { TrashItem } from './TrashItem';
import { emptyTrash, restoreFromTrash } from './trash-store';
import { useTrash } from './use-trash';
import './trash.css';

/** What the live region says, with a link to a restored item. */
interface Message {
  text: string;
  link?: { href: string; label: string };
}

/** The screen at #/prullenbak. */
export function TrashScreen() {
  const contents = useTrash();
  const [message, setMessage] = useState<Message>();
  const [error, setError] = useState<string>();
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  // The entry whose button takes the focus once the live query has dropped the restored one.
  const focusNext = useRef<string | null>(undefined);

  useEffect(() => {
    document.title = 'Prullenbak – Leestafel Leusden';
  }, []);

  useEffect(() => {
    const next = focusNext.current;
    if (next === undefined || !contents) return;
    focusNext.current = undefined;
    const button = next === null ? null : main.current?.querySelector<HTMLElement>(`[data-trash-id="${CSS.escape(next)}"] button`);
    (button ?? heading.current)?.focus();
  }, [contents]);

  const entries = contents?.entries ?? [];
  // In the order the screen lists them, so that "the next one" is the one below.
  const listed = TRASH_KINDS.flatMap(({ kind }) => entries.filter((entry) => entry.kind === kind));

  async function restore(entry: TrashEntry) {
    setError(undefined);
    const at = listed.indexOf(entry);
    const neighbour = listed[at + 1] ?? listed[at - 1];
    try {
      focusNext.current = neighbour?.id ?? null;
      const restored = await restoreFromTrash(entry.id);
      const name = entryName(entry);
      setMessage(restored ? { text: `Teruggezet: ${name}.`, link: whereItIs(restored) } : { text: `Niet meer in de Prullenbak: ${name}.` });
    } catch (failure) {
      focusNext.current = undefined;
      setMessage(undefined);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function empty() {
    setConfirmEmpty(false);
    setError(undefined);
    const count = await emptyTrash();
    setMessage({ text: `De Prullenbak is leeg gemaakt: ${count === 1 ? '1 item' : `${count} items`} definitief verwijderd.` });
    heading.current?.focus();
  }

  const now = Date.now();
  return (
    <>
      <ScreenHeader backHref={libraryHref} backLabel="Bibliotheek" />
      <main id="inhoud" ref={main} tabIndex={-1} className="trash-screen">
        <h1 ref={heading} tabIndex={-1}>
          Prullenbak
        </h1>
        <p className="intro">
          Verwijderde aantekeningen, vragen, agendapunten en vergaderingen blijven hier {TRASH_KEEP_DAYS} dagen staan. Met Terugzetten komen ze
          terug zoals ze waren, een vergadering met haar agendapunten en vragen. Daarna verdwijnen ze bij het starten van de app; eerder alleen als
          je de Prullenbak leegt.
        </p>
        <div role="status" className="trash-status">
          {message && (
            <p>
              {message.text} {message.link && <a href={message.link.href}>{message.link.label}</a>}
            </p>
          )}
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {contents === undefined && <p>De Prullenbak wordt geladen…</p>}
        {contents && entries.length === 0 && <p>De Prullenbak is leeg.</p>}
        {contents &&
          TRASH_KINDS.map(({ kind, heading: title }) => {
            const ofKind = entries.filter((entry) => entry.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`prullenbak-${kind}`}>
                <h2 id={`prullenbak-${kind}`}>
                  {title} ({ofKind.length})
                </h2>
                <ul className="trash-list">
                  {ofKind.map((entry) => (
                    <TrashItem key={entry.id} entry={entry} meetings={contents.meetings} now={now} onRestore={() => void restore(entry)} />
                  ))}
                </ul>
              </section>
            );
          })}
        {entries.length > 0 && (
          <button type="button" className="trash-empty" onClick={() => setConfirmEmpty(true)}>
            <Trash2 />
            Prullenbak legen
          </button>
        )}
      </main>
      {confirmEmpty && (
        <ConfirmDialog title="Prullenbak legen?" confirmLabel="Definitief verwijderen" onConfirm={() => void empty()} onCancel={() => setConfirmEmpty(false)}>
          <p>
            {entries.length === 1 ? 'Het item' : `Alle ${entries.length} items`} in de Prullenbak {entries.length === 1 ? 'wordt' : 'worden'}{' '}
            definitief verwijderd. Dat kan niet ongedaan worden gemaakt.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
