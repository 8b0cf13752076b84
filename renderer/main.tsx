/** Entry point of the renderer: starts loading what the first screen needs and mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDocument, loadDocumentIndex } from './documents/load-documents';
import { parseRoute } from './reader/route';
import './styles/app.css';
import './styles/print.css';

// Fetch the document and the list of documents while the database opens, so the text paints
// as early as possible instead of after a chain of requests.
const initialRoute = parseRoute(window.location.hash);
if (initialRoute.screen === 'document') loadDocument(initialRoute.documentId).catch(() => undefined);
loadDocumentIndex().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
