/**
 * The worker's side of the search protocol (search-protocol.ts): loads the prebuilt index
 * when asked and answers search requests from it, in the order they come. Written against
 * a small port interface rather than the worker's global scope, so it runs in a unit test
 * as well (search-worker.ts only connects it to `self`).
 */
import { loadDocumentIndexJson, type DocumentIndex } from './index-options';
import { answerRequest, errorMessage, type FromWorker, type ToWorker } from './search-protocol';

/** What the service needs of its end of the channel (a worker's global scope has it). */
export interface SearchPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

/** Fetches documents/search-index.json from `url` as bytes (to hand to the worker). */
export async function fetchDocumentIndexBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

/** Fetches documents/search-index.json from `url` and opens it for searching. */
export async function fetchDocumentIndex(url: string): Promise<DocumentIndex> {
  return loadDocumentIndexJson(new TextDecoder().decode(await fetchDocumentIndexBytes(url)));
}

/** Opens the index from bytes the reader fetched, else fetches it from `url`. */
async function loadFromMessage(url: string, json?: ArrayBuffer): Promise<DocumentIndex> {
  return json ? loadDocumentIndexJson(new TextDecoder().decode(json)) : fetchDocumentIndex(url);
}

/** Serves searches on `port`: a 'load' message loads the index with `load`, later 'search' messages are answered from it. */
export function serveSearch(port: SearchPort, load: (url: string, json?: ArrayBuffer) => Promise<DocumentIndex> = loadFromMessage): void {
  let index: Promise<DocumentIndex> | undefined;
  port.addEventListener('message', ({ data }) => {
    if (data.type === 'load') {
      if (index) return;
      const loading = load(data.url, data.json);
      index = loading;
      loading.then(
        () => port.postMessage({ type: 'ready' }),
        (error: unknown) => port.postMessage({ type: 'load-failed', message: errorMessage(error) }),
      );
      return;
    }
    const { id, request } = data;
    if (!index) {
      port.postMessage({ type: 'search-failed', id, message: 'De zoekindex is niet geladen' });
      return;
    }
    index.then(
      (loaded) => {
        try {
          port.postMessage({ type: 'answer', id, answer: answerRequest(loaded, request) });
        } catch (error) {
          port.postMessage({ type: 'search-failed', id, message: errorMessage(error) });
        }
      },
      (error: unknown) => port.postMessage({ type: 'search-failed', id, message: errorMessage(error) }),
    );
  });
  port.postMessage({ type: 'started' });
}
