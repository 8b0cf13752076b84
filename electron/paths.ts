/**
 * Where the app's own files are at run time. The compiled main process lives in
 * dist/electron/ (inside app.asar when packaged), next to the renderer bundle in dist/renderer/.
 */
import path from 'node:path';

/** The renderer bundle: the only folder the `app://` protocol serves from. */
export const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

/** The compiled preload script. */
export const PRELOAD_PATH = path.join(__dirname, 'preload.js');

/** The bundled documents' index, written by the document build. */
export const DOCUMENT_INDEX_PATH = path.join(RENDERER_ROOT, 'documents', 'index.json');
