/** The reading view's top bar: the way back to the library and the display settings. */
import { SettingsControls } from '../settings/SettingsControls';
import { libraryHref } from './route';

/** Header with the "Bibliotheek" back link and the font size and theme controls. */
export function ReaderHeader() {
  return (
    <header className="app-header">
      <a className="back-link" href={libraryHref}>
        <span aria-hidden="true">← </span>Bibliotheek
      </a>
      <SettingsControls />
    </header>
  );
}
