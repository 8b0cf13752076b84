/**
 * The top bar of the screens beside the reader (vergaderingen, reservekopie, Prullenbak): the
 * way back, the search box (so Ctrl+K works on every screen) and the display settings. The
 * search box is handed in by the app's root (provideHeaderSearch): these screens sit below the
 * search in the layers of renderer/, so they cannot import it themselves.
 */
import { ArrowLeft } from 'lucide-react';
import type { ComponentType } from 'react';
import { SettingsControls } from './SettingsControls';

let HeaderSearch: ComponentType | undefined;

/** Gives the search box that every ScreenHeader shows; called once by the app's root before the first render. */
export function provideHeaderSearch(component: ComponentType): void {
  HeaderSearch = component;
}

/** Header with a back link (to the library or the vergaderingen), the search box and the settings. */
export function ScreenHeader({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <header className="app-header">
      <a className="back-link" href={backHref}>
        <ArrowLeft />
        {backLabel}
      </a>
      {HeaderSearch && <HeaderSearch />}
      <SettingsControls />
    </header>
  );
}
