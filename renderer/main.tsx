/** Entry point of the renderer: starts loading what the first screen needs and mounts the app. */
// First, so the search worker starts before the rest of the app's code runs (it loads the index meanwhile).
import './search/load-search-index';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDocument, loadDocumentIndex } from './documents/load-documents';
import { readReadingPositionEarly } from './reader/reading-position';
import { parseRoute } from './reader/route';
import './styles/app.css';
import './styles/print.css';

// Fetch the document and the list of documents while the database opens, so the text paints
// as early as possible instead of after a chain of requests.
const initialRoute = parseRoute(window.location.hash);
if (initialRoute.screen === 'document') {
  loadDocument(initialRoute.documentId).catch(() => undefined);
  readReadingPositionEarly(initialRoute.documentId);
}
loadDocumentIndex().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
