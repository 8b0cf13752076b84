/** Applies the stored settings to the page: the root font size and the theme attribute. */
import { useLayoutEffect } from 'react';
import type { SettingValues } from '../model/settings';

/** Sets the html element's font size (everything is sized in rem/em) and data-theme. */
export function applySettings(settings: SettingValues): void {
  const root = document.documentElement;
  root.style.fontSize = `${settings.fontScale * 100}%`;
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
}

/**
 * Keeps the page in line with the settings. main.tsx applies the settings read at start-up
 * before the first render: this hook's layout effect runs after those of the screens, which
 * measure the text to open it at the right place.
 */
export function useApplySettings(settings: SettingValues | undefined): void {
  useLayoutEffect(() => {
    if (settings) applySettings(settings);
  }, [settings]);
}
