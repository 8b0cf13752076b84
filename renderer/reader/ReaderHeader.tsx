/**
 * The reading view's top bar: the way back to the library, the vergaderingen, the search box,
 * the annotations panel toggle and the display settings. (A question is asked from the
 * selection toolbar or an annotation, where the passage is known.)
 */
import { AnnotationsPanelToggle } from '../annotations/AnnotationsPanelToggle';
import { SearchBox } from '../search/SearchBox';
import { SettingsControls } from '../settings/SettingsControls';
import { libraryHref, meetingsHref } from '../navigation/route';

/** Header with the "Bibliotheek" back link, the vergaderingen link, search, "Aantekeningen" and the font size and theme controls. */
export function ReaderHeader() {
  return (
    <header className="app-header">
      <a className="back-link" href={libraryHref}>
        <span aria-hidden="true">← </span>Bibliotheek
      </a>
      <a href={meetingsHref}>Vergaderingen</a>
      <SearchBox />
      <AnnotationsPanelToggle />
      <SettingsControls />
    </header>
  );
}
