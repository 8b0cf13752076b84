// The search worker's protocol without a browser: answers survive the structured clone
// unchanged, the service answers in order, and the client matches answers to requests and
// falls back to the main thread whenever the worker cannot serve.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import { documentEntries } from '../../../renderer/search/document-entries';
import { buildDocumentIndex, indexDocumentEntries, serialiseDocumentIndex, type DocumentIndex } from '../../../renderer/search/index-options';
import { parseQuery } from '../../../renderer/search/parse-query';
import { SearchClient, type SearchWorker } from '../../../renderer/search/search-client';
import { searchDocuments, type DocumentSearch } from '../../../renderer/search/search-documents';
import type { BlockHit } from '../../../renderer/search/search-hits';
import { answerRequest, toDocumentSearch, type FromWorker, type ToWorker } from '../../../renderer/search/search-protocol';
import { serveSearch, type SearchPort } from '../../../renderer/search/search-service';

const BELEIDSKADER = 'beleidskader-sociaal-domein-2023-2026';
const URL = 'http://127.0.0.1/sub/documents/search-index.json';
let index: DocumentIndex;

beforeAll(() => {
  index = buildDocumentIndex(convertAll(readSources()).flatMap((c) => documentEntries(c.model)));
});

/** A search as plain data, to compare two of them field by field. */
function plain(search: DocumentSearch) {
  const hit = (h: BlockHit) => ({
    type: h.type,
    id: h.id,
    documentId: h.documentId,
    blockId: h.blockId,
    blockKind: h.blockKind,
    text: h.text,
    section: h.section,
    sectionId: h.sectionId,
    score: h.score,
    pattern: h.pattern,
  });
  return {
    hits: search.hits.map(hit),
    total: search.total,
    documentCount: search.documentCount,
    counts: index.documentIds.map((id) => search.countIn(id)),
  };
}

const QUERIES = ['financien', 'een ', 'een', 'financ', 'schuldhulpverlening', '"sociaal domein"', '"eigen regie', 'jeugd zorg', 'financein', 'xyzzy', ''];

describe('answers through the structured clone', () => {
  it('give the same hits, ranking, patterns and counts as searching here', () => {
    for (const input of QUERIES) {
      const query = parseQuery(input);
      for (const scope of [undefined, [BELEIDSKADER]]) {
        const here = searchDocuments(index, query, scope ? { documentIds: new Set(scope) } : {});
        const answer = structuredClone(answerRequest(index, { kind: 'results', query, ...(scope ? { documentIds: scope } : {}) }));
        expect(plain(toDocumentSearch(answer)), `${input} in ${scope ?? 'alles'}`).toEqual(plain(here));
      }
    }
  });

  it('hold the fifty best blocks of a common word, with every match counted', () => {
    const answer = structuredClone(answerRequest(index, { kind: 'results', query: parseQuery('een ') }));
    const search = toDocumentSearch(answer);
    expect(search.hits).toHaveLength(50);
    expect([search.total, search.documentCount]).toEqual([245, 5]);
    // One pattern object for every hit, as searchDocuments gives it.
    expect(new Set(search.hits.map((hit) => hit.pattern)).size).toBe(1);
  });

  it('give the reader every block of its document to mark', () => {
    const query = parseQuery('schuldhulpverlening');
    const answer = structuredClone(answerRequest(index, { kind: 'marks', query, documentId: BELEIDSKADER }));
    const all = searchDocuments(index, query, { documentIds: new Set([BELEIDSKADER]), limit: Infinity });
    expect(answer.blockIds).toEqual(all.hits.map((hit) => hit.blockId));
    expect(answer.blockIds).toHaveLength(4);
    expect([...answer.pattern.terms]).toEqual(['schuldhulpverlening']);
  });
});

/** The two ends of a channel in this process, messages cloned and delivered later, as between threads. */
function channel() {
  const toWorker: ((event: { data: ToWorker }) => void)[] = [];
  const toReader: ((event: MessageEvent<FromWorker>) => void)[] = [];
  const errorListeners: ((event: Event) => void)[] = [];
  const sentToWorker: ToWorker[] = [];
  const port: SearchPort = {
    postMessage: (message) => setTimeout(() => toReader.forEach((l) => l({ data: structuredClone(message) } as MessageEvent<FromWorker>))),
    addEventListener: (_type, listener) => toWorker.push(listener),
  };
  const worker: SearchWorker & { terminated: boolean } = {
    terminated: false,
    postMessage(message) {
      sentToWorker.push(message);
      setTimeout(() => toWorker.forEach((l) => l({ data: structuredClone(message) })));
    },
    addEventListener(type: string, listener: ((event: MessageEvent<FromWorker>) => void) | ((event: Event) => void)) {
      if (type === 'message') toReader.push(listener as (event: MessageEvent<FromWorker>) => void);
      else errorListeners.push(listener as (event: Event) => void);
    },
    terminate() {
      this.terminated = true;
    },
  };
  const fail = () => errorListeners.forEach((l) => l(new Event('error')));
  /** Sends a message as the worker would. */
  const send = (message: FromWorker) => port.postMessage(message);
  return { port, worker, sentToWorker, fail, send };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the search service (the worker side)', () => {
  it('says it started, loads when asked, and answers in order', async () => {
    const { port, worker } = channel();
    const heard: FromWorker[] = [];
    worker.addEventListener('message', (event) => heard.push(event.data));
    const load = vi.fn(async () => index);
    serveSearch(port, load);
    worker.postMessage({ type: 'search', id: 1, request: { kind: 'results', query: parseQuery('financien') } });
    worker.postMessage({ type: 'load', url: URL });
    worker.postMessage({ type: 'search', id: 2, request: { kind: 'results', query: parseQuery('financien') } });
    worker.postMessage({ type: 'search', id: 3, request: { kind: 'marks', query: parseQuery('financien'), documentId: BELEIDSKADER } });
    await vi.waitFor(() => expect(heard).toHaveLength(5));
    expect(load).toHaveBeenCalledWith(URL, undefined);
    expect(heard.map((m) => [m.type, 'id' in m ? m.id : undefined])).toEqual([
      ['started', undefined],
      ['search-failed', 1],
      ['ready', undefined],
      ['answer', 2],
      ['answer', 3],
    ]);
    const answer = heard[3] as Extract<FromWorker, { type: 'answer' }>;
    expect(answer.answer.kind === 'results' && answer.answer.hits.map((hit) => hit.text)).toEqual([
      '5. Financiën',
      expect.stringContaining('zelf hun financiën op orde'),
    ]);
  });

  it('reports a failed load, and searches then fail with its message', async () => {
    const { port, worker } = channel();
    const heard: FromWorker[] = [];
    worker.addEventListener('message', (event) => heard.push(event.data));
    serveSearch(port, () => Promise.reject(new Error('404')));
    worker.postMessage({ type: 'load', url: URL });
    worker.postMessage({ type: 'search', id: 1, request: { kind: 'results', query: parseQuery('een') } });
    await vi.waitFor(() => expect(heard).toHaveLength(3));
    expect(heard).toEqual([
      { type: 'started' },
      { type: 'load-failed', message: '404' },
      { type: 'search-failed', id: 1, message: '404' },
    ]);
  });
});

describe('the search client (the reader side)', () => {
  it('asks the worker to load from the absolute URL and answers through it', async () => {
    const { port, worker, sentToWorker } = channel();
    serveSearch(port, async () => index);
    const onReady = vi.fn();
    const loadOnMainThread = vi.fn(async () => index);
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, loadOnMainThread, onReady });
    expect(sentToWorker[0]).toEqual({ type: 'load', url: URL });
    expect(client.ready).toBe(false);
    const answer = await client.search({ kind: 'results', query: parseQuery('financien') });
    expect(answer.total).toBe(2);
    expect(client.ready).toBe(true);
    expect(client.where).toBe('worker');
    expect(onReady).toHaveBeenCalledExactlyOnceWith('worker');
    expect(loadOnMainThread).not.toHaveBeenCalled();
  });

  it('hands the index bytes it fetched to the worker (transferred, not copied), which opens them without fetching', async () => {
    const { port, worker, sentToWorker } = channel();
    serveSearch(port);
    const entries = convertAll(readSources()).flatMap((c) => documentEntries(c.model));
    const json = new TextEncoder().encode(serialiseDocumentIndex(indexDocumentEntries(entries))).buffer;
    const fetchIndex = vi.fn(async () => json);
    const transferred: Transferable[][] = [];
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, transfer) => {
      if (transfer) transferred.push(transfer);
      post(message, transfer);
    };
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, fetchIndex, loadOnMainThread: async () => index });
    const answer = await client.search({ kind: 'results', query: parseQuery('financien') });
    expect(fetchIndex).toHaveBeenCalledExactlyOnceWith(URL);
    expect(sentToWorker.find((m) => m.type === 'load')).toEqual({ type: 'load', url: URL, json });
    expect(transferred).toEqual([[json]]);
    expect(answer.total).toBe(2);
    expect(client.where).toBe('worker');
  });

  it('falls back to the main thread when fetching the bytes for the worker fails', async () => {
    const { port, worker } = channel();
    serveSearch(port, async () => index);
    const loadOnMainThread = vi.fn(async () => index);
    const client = new SearchClient({
      indexUrl: URL,
      createWorker: () => worker,
      fetchIndex: async () => {
        throw new Error('404');
      },
      loadOnMainThread,
      onFallback: () => undefined,
    });
    const answer = await client.search({ kind: 'results', query: parseQuery('financien') });
    expect(answer.total).toBe(2);
    expect(client.where).toBe('main-thread');
    expect(loadOnMainThread).toHaveBeenCalledExactlyOnceWith(URL);
  });

  it('matches answers to requests by id, whatever order they come in', async () => {
    const { worker, sentToWorker, send } = channel();
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, loadOnMainThread: async () => index });
    send({ type: 'started' });
    send({ type: 'ready' });
    const first = client.search({ kind: 'results', query: parseQuery('armoede') });
    const second = client.search({ kind: 'marks', query: parseQuery('armoede'), documentId: BELEIDSKADER });
    // Searches follow the 'load' message, a microtask later.
    await vi.waitFor(() => expect(sentToWorker.filter((m) => m.type === 'search')).toHaveLength(2));
    const ids = sentToWorker.filter((m) => m.type === 'search').map((m) => (m.type === 'search' ? m.id : 0));
    expect(new Set(ids).size).toBe(2);
    const marks = answerRequest(index, { kind: 'marks', query: parseQuery('armoede'), documentId: BELEIDSKADER });
    const results = answerRequest(index, { kind: 'results', query: parseQuery('armoede') });
    send({ type: 'answer', id: ids[1]!, answer: marks });
    send({ type: 'answer', id: ids[0]!, answer: results });
    expect((await first).kind).toBe('results');
    expect((await second).kind).toBe('marks');
  });

  it('loads on the main thread when the worker cannot be made', async () => {
    const onReady = vi.fn();
    const onFallback = vi.fn();
    const client = new SearchClient({
      indexUrl: URL,
      createWorker: () => {
        throw new DOMException('Refused', 'SecurityError');
      },
      loadOnMainThread: async () => index,
      onReady,
      onFallback,
    });
    expect(client.where).toBe('main-thread');
    const answer = await client.search({ kind: 'results', query: parseQuery('financien') });
    expect(answer.hits.map((hit) => hit.blockId)[0]).toBe('5-financien');
    expect(onReady).toHaveBeenCalledExactlyOnceWith('main-thread');
    expect(onFallback).toHaveBeenCalledOnce();
  });

  it('falls back when the worker errors before it is ready, answering the open requests there', async () => {
    const { worker, fail, send } = channel();
    const loadOnMainThread = vi.fn(async () => index);
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, loadOnMainThread, onFallback: () => undefined });
    const open = client.search({ kind: 'results', query: parseQuery('financien') });
    fail();
    expect(worker.terminated).toBe(true);
    expect(loadOnMainThread).toHaveBeenCalledExactlyOnceWith(URL);
    expect((await open).total).toBe(2);
    expect(client.ready).toBe(true);
    // A late word from the worker given up changes nothing.
    send({ type: 'load-failed', message: 'late' });
    await settle();
    expect(loadOnMainThread).toHaveBeenCalledOnce();
  });

  it('falls back when the worker cannot load the index', async () => {
    const { port, worker } = channel();
    serveSearch(port, () => Promise.reject(new Error('fetch refused')));
    const onFallback = vi.fn();
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, loadOnMainThread: async () => index, onFallback });
    const answer = await client.search({ kind: 'marks', query: parseQuery('financien'), documentId: BELEIDSKADER });
    expect(answer.blockIds).toHaveLength(2);
    expect(onFallback).toHaveBeenCalledExactlyOnceWith(new Error('fetch refused'));
    expect(client.where).toBe('main-thread');
  });

  it('falls back when the worker never starts', async () => {
    const { worker } = channel(); // nothing serves it
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, loadOnMainThread: async () => index, startTimeout: 20, onFallback: () => undefined });
    expect((await client.search({ kind: 'results', query: parseQuery('financien') })).total).toBe(2);
    expect(worker.terminated).toBe(true);
  });

  it('keeps a slow worker that did start', async () => {
    const { worker, send } = channel();
    const loadOnMainThread = vi.fn(async () => index);
    const client = new SearchClient({ indexUrl: URL, createWorker: () => worker, loadOnMainThread, startTimeout: 20 });
    send({ type: 'started' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(loadOnMainThread).not.toHaveBeenCalled();
    expect(client.where).toBe('worker');
  });
});
