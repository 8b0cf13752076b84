/** Entry point of the renderer: starts loading what the first screen needs and mounts the app. */
// First, so the first screen's data and the search index load while the rest of the code is evaluated.
import { startupData } from './startup';
import './search/load-search-index';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/app.css';
import './styles/print.css';

startupData.then((startup) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App startup={startup} />
    </StrictMode>,
  ),
);
