/**
 * Loads the documents the build put next to the app (documents/index.json and
 * documents/<id>.json), by relative URL so it works under vite preview, a file path and the
 * desktop app's own scheme alike. Only the file a screen needs is fetched.
 */
import type { DocumentInfo, DocumentModel } from './model';

/** An entry of documents/index.json. */
export type DocumentIndexEntry = DocumentInfo & { version: string };

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]*$/;

let indexRequest: Promise<DocumentIndexEntry[]> | undefined;
const documentRequests = new Map<string, Promise<DocumentModel>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}

/** The list of bundled documents (fetched once per session). */
export function loadDocumentIndex(): Promise<DocumentIndexEntry[]> {
  indexRequest ??= fetchJson('documents/index.json').then((data) => {
    if (!Array.isArray(data)) throw new Error('documents/index.json is geen lijst');
    return data as DocumentIndexEntry[];
  });
  // A failed request is not cached, so a retry can succeed.
  indexRequest.catch(() => (indexRequest = undefined));
  return indexRequest;
}

/** True when `id` has the shape of a document id (so it is safe to put in a URL path). */
export function isDocumentId(id: string): boolean {
  return DOCUMENT_ID.test(id);
}

/** One document's model (fetched once per session). */
export function loadDocument(id: string): Promise<DocumentModel> {
  if (!isDocumentId(id)) return Promise.reject(new Error(`Ongeldige document-id: ${id}`));
  let request = documentRequests.get(id);
  if (!request) {
    request = fetchJson(`documents/${id}.json`).then((data) => {
      const model = data as DocumentModel;
      if (typeof model !== 'object' || model === null || model.id !== id || !Array.isArray(model.blocks)) {
        throw new Error(`documents/${id}.json is geen document`);
      }
      return model;
    });
    request.catch(() => documentRequests.delete(id));
    documentRequests.set(id, request);
  }
  return request;
}
