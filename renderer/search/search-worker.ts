/**
 * The search worker: holds the index of the bundled documents off the main thread, so
 * loading it never delays the first paint and searching never holds up typing. Started by
 * load-search-index.ts as a module worker; the protocol is in search-protocol.ts.
 */
import { serveSearch, type SearchPort } from './search-service';

// In a dedicated worker `self` is the worker's global scope; the DOM typings call it a Window.
serveSearch(self as unknown as SearchPort);
