/** The screen at #/reservekopie: make a reservekopie of all user data, and restore one. */
import { useEffect } from 'react';
import { libraryHref } from '../../../navigation/route';
import { ScreenHeader } from '../../../settings/ScreenHeader';
import { MakeSection } from './MakeSection';
import { RestoreSection } from './RestoreSection';
import '../../ui/exchange.css';

/** The reservekopie screen. */
export function ReservekopieScreen() {
  useEffect(() => {
    document.title = 'Reservekopie – Leestafel Leusden';
  }, []);

  return (
    <>
      <ScreenHeader backHref={libraryHref} backLabel="Bibliotheek" />
      <main id="inhoud" tabIndex={-1} className="exchange-screen">
        <h1>Reservekopie</h1>
        <p className="intro">Al je werk staat alleen op deze computer. Maak geregeld een reservekopie, zodat je niets kwijtraakt als de computer het begeeft of wordt vervangen.</p>
        <MakeSection />
        <RestoreSection />
      </main>
    </>
  );
}
