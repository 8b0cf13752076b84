/** The reading view's top bar: the way back to the library, the vergaderingen, "Vraag stellen" and the display settings. */
import { AnnotationsPanelToggle } from '../annotations/AnnotationsPanelToggle';
import { AskQuestionButton } from '../questions/ui/AskQuestionButton';
import { SearchBox } from '../search/SearchBox';
import { SettingsControls } from '../settings/SettingsControls';
import { libraryHref, meetingsHref } from './route';

/** Header with the "Bibliotheek" back link, the vergaderingen link, "Vraag stellen" and the font size and theme controls. */
export function ReaderHeader() {
  return (
    <header className="app-header">
      <a className="back-link" href={libraryHref}>
        <span aria-hidden="true">← </span>Bibliotheek
      </a>
      <a href={meetingsHref}>Vergaderingen</a>
      <SearchBox />
      <AskQuestionButton />
      <AnnotationsPanelToggle />
      <SettingsControls />
    </header>
  );
}
