/** The screen at #/fractie: share own annotations with the fractie, import a colleague's, and the imported sets. */
import { useEffect } from 'react';
import { libraryHref } from '../../../navigation/route';
import { ScreenHeader } from '../../../settings/ScreenHeader';
import { ImportSection } from './ImportSection';
import { ImportsList } from './ImportsList';
import { ShareSection } from './ShareSection';
import '../../ui/exchange.css';
import './fractie.css';

/** Delen met de fractie. */
export function FractieScreen() {
  useEffect(() => {
    document.title = 'Delen met de fractie – Leestafel Leusden';
  }, []);

  return (
    <>
      <ScreenHeader backHref={libraryHref} backLabel="Bibliotheek" />
      <main id="inhoud" tabIndex={-1} className="exchange-screen">
        <h1>Delen met de fractie</h1>
        <p className="intro">
          Verdeel het lezen: deel je aantekeningen en conceptvragen als bestand (per e-mail, een gedeelde map of een USB-stick), en lees die van je fractiegenoten
          hier in. Er is geen server: alleen wat je zelf in een bestand zet, gaat van deze computer af.
        </p>
        <ShareSection />
        <ImportSection />
        <ImportsList />
      </main>
    </>
  );
}
