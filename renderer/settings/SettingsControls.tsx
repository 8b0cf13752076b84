/** The settings in the header: text size steps, the theme choice, the profile and the way to the reservekopie. */
import { DatabaseBackup } from 'lucide-react';
import { useId } from 'react';
import type { ThemeChoice } from '../model/settings';
import { ProfileSettings } from './ProfileSettings';
import { DEFAULT_SETTINGS, FONT_SCALES, setFontScale, setTheme, stepFontScale } from './settings-store';
import { useSettings } from './use-settings';

function report(error: unknown) {
  console.warn('Instelling niet opgeslagen', error);
}

/** "Kleiner", "Groter", "Standaard" for the text size, and a theme select. */
export function SettingsControls() {
  const { fontScale, theme } = useSettings();
  const labelId = useId();
  const themeId = useId();
  const atMin = fontScale === FONT_SCALES[0];
  const atMax = fontScale === FONT_SCALES[FONT_SCALES.length - 1];
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  const change = (scale: number) => void setFontScale(scale).catch(report);

  return (
    <div className="settings">
      <div role="group" aria-labelledby={labelId} className="font-size">
        <span id={labelId} className="settings-label">
          Tekstgrootte
        </span>
        <button type="button" aria-disabled={atMin} onClick={() => !atMin && change(stepFontScale(fontScale, -1))}>
          Kleiner
        </button>
        <output aria-live="polite" className="font-size-value">
          {Math.round(fontScale * 100)}%
        </output>
        <button type="button" aria-disabled={atMax} onClick={() => !atMax && change(stepFontScale(fontScale, 1))}>
          Groter
        </button>
        <button type="button" onClick={() => change(DEFAULT_SETTINGS.fontScale)}>
          Standaard
        </button>
      </div>
      <div className="theme">
        <label htmlFor={themeId} className="settings-label">
          Thema
        </label>
        <select
          id={themeId}
          value={theme}
          onChange={(event) => void setTheme(event.target.value as ThemeChoice).catch(report)}
        >
          <option value="system">Systeem</option>
          <option value="light">Licht</option>
          <option value="dark">Donker</option>
        </select>
      </div>
      <ProfileSettings />
      {/* navigation/route.ts's backupHref, written out: the layer table does not let settings/ import navigation/. */}
      <a className="settings-link" href="#/reservekopie">
        <DatabaseBackup />
        Reservekopie
      </a>
    </div>
  );
}
