/** The library: every bundled document, grouped by kind, each a link to its reading view. */
import { Calculator, CalendarDays, Landmark, Trash2, Users } from 'lucide-react';
import { useEffect } from 'react';
import { AboutButton } from '../about/AboutButton';
import { useDocumentIndexState } from '../documents/use-document-index';
import { fractieHref, meetingsHref, rekencontroleHref, trashHref } from '../navigation/route';
import { SearchBox } from '../search/SearchBox';
import { SettingsControls } from '../settings/SettingsControls';
import { DocumentGroup } from './DocumentGroup';
import { KIND_ORDER } from '../documents/kind-labels';

/** The start screen. */
export function LibraryScreen() {
  const state = useDocumentIndexState();

  useEffect(() => {
    document.title = 'Bibliotheek – Leestafel Leusden';
  }, []);

  return (
    <>
      <header className="app-header">
        <span className="app-name">
          <Landmark />
          Raadsstukken gemeente Leusden
        </span>
        <a href={meetingsHref}>
          <CalendarDays />
          Vergaderingen en vragen
        </a>
        <a href={fractieHref()}>
          <Users />
          Delen met de fractie
        </a>
        <a href={rekencontroleHref}>
          <Calculator />
          Rekencontrole
        </a>
        <a href={trashHref}>
          <Trash2 />
          Prullenbak
        </a>
        <AboutButton />
        <SearchBox />
        <SettingsControls />
      </header>
      <main id="inhoud" tabIndex={-1} className="library">
        <h1>Leestafel Leusden</h1>
        <p className="intro">De stukken van de raad, om offline te lezen en voor te bereiden.</p>
        {state.status === 'loading' && <p role="status">Documenten worden geladen…</p>}
        {state.status === 'failed' && <p role="alert">De lijst met documenten kon niet worden geladen.</p>}
        {state.status === 'ready' &&
          KIND_ORDER.map((kind) => {
            const documents = state.documents.filter((entry) => entry.kind === kind);
            return documents.length > 0 && <DocumentGroup key={kind} kind={kind} documents={documents} />;
          })}
      </main>
    </>
  );
}
