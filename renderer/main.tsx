/** Entry point of the renderer: starts loading what the first screen needs and mounts the app. */
// First, so that the search worker and the first screen's data load while the rest of the code
// is evaluated (the worker first: its start-up runs on the other core).
import './search/load-search-index';
import { startupData } from './startup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { db } from './db/database';
import { watchDatabase } from './db/watch-database';
import { version as appVersion } from '../package.json';
import { applySettings } from './settings/use-apply-settings';
import { startAutomaticReservekopieen } from './exchange/reservekopie/automatic';
import { purgeTrashWhenIdle } from './trash/purge-at-startup';
import './styles/app.css';
import './styles/print.css';

startupData.then((startup) => {
  if (startup.settings) applySettings(startup.settings);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App startup={startup} />
    </StrictMode>,
  );
  purgeTrashWhenIdle();
  startAutomaticReservekopieen();
  // Once the first screen is up: checking the database and recording which release wrote it
  // are no part of the start-up.
  const watch = () => void watchDatabase(db, appVersion);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(watch, { timeout: 1000 });
  else setTimeout(watch, 500);
});
