/** The top bar of the screens beside the reader (vergaderingen, reservekopie, Prullenbak): the way back and the display settings. */
import { SettingsControls } from './SettingsControls';

/** Header with a back link (to the library or the vergaderingen) and the settings. */
export function ScreenHeader({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <header className="app-header">
      <a className="back-link" href={backHref}>
        <span aria-hidden="true">← </span>
        {backLabel}
      </a>
      <SettingsControls />
    </header>
  );
}
