/** What each screen's "?" overview lists (ShortcutHelp); the README's table says the same. */
import type { Shortcut } from './ShortcutHelp';

/** The reading view. */
export const READER_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'A', action: 'Aantekening bij de selectie, of bij de alinea waar de focus staat' },
  { keys: 'Tab', action: 'Naar de knop "Aantekening bij deze alinea" of een markering in de marge' },
  { keys: 'Enter', action: 'Knop gebruiken: aantekening maken of openen' },
  { keys: 'P', action: 'Paneel Aantekeningen openen of sluiten' },
  { keys: 'Esc', action: 'Werkbalk, aantekening of dit overzicht sluiten' },
  { keys: 'Ctrl+Z', action: 'Verwijderde aantekening terugzetten' },
  { keys: 'Ctrl+K', action: 'Zoeken in alle documenten en aantekeningen' },
  { keys: 'Ctrl+F', action: 'Zoeken in dit document' },
  { keys: 'Enter / Shift+Enter', action: 'In het zoekvak: volgende / vorige treffer' },
  { keys: 'F3 / Shift+F3', action: 'Volgende / vorige treffer, waar de focus ook staat' },
  { keys: '?', action: 'Dit overzicht van sneltoetsen' },
];

/** One vergadering with its questions. */
export const MEETING_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Alt+↑ / Alt+↓', action: 'De vraag of het agendapunt waar de focus staat een plaats omhoog / omlaag' },
  { keys: 'Ctrl+Z', action: 'Verwijderde vraag terugzetten (buiten tekstvelden)' },
  { keys: 'Ctrl+K', action: 'Zoeken in alle documenten en aantekeningen' },
  { keys: 'Esc', action: 'Dialoog of dit overzicht sluiten' },
  { keys: '?', action: 'Dit overzicht van sneltoetsen' },
];
