/**
 * The reading view's top bar: the way back to the library, the vergaderingen, the search box,
 * the annotations panel toggle and the display settings. It stays at the top of the window while
 * reading (use-sticky-header). (A question is asked from the selection toolbar or an
 * annotation, where the passage is known.)
 */
import { ArrowLeft, CalendarDays } from 'lucide-react';
import { useRef } from 'react';
import { AnnotationsPanelToggle } from '../annotations/AnnotationsPanelToggle';
import { SearchBox } from '../search/SearchBox';
import { SettingsControls } from '../settings/SettingsControls';
import { libraryHref, meetingsHref } from '../navigation/route';
import { useStickyHeader } from './use-sticky-header';

/** Header with the "Bibliotheek" back link, the vergaderingen link, search, "Aantekeningen" and the font size and theme controls. */
export function ReaderHeader() {
  const header = useRef<HTMLElement>(null);
  useStickyHeader(header);
  return (
    <header ref={header} className="app-header reader-header">
      <a className="back-link" href={libraryHref}>
        <ArrowLeft />
        Bibliotheek
      </a>
      <a href={meetingsHref}>
        <CalendarDays />
        Vergaderingen
      </a>
      <SearchBox />
      <AnnotationsPanelToggle />
      <SettingsControls />
    </header>
  );
}
