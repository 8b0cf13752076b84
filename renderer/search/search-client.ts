/**
 * The reader's end of the document search: sends requests to the search worker and matches
 * each answer to its request by id. When no worker can run — its construction throws (a
 * locked-down environment), it reports an error or a failed load, or it never starts (a
 * scheme that refuses module workers) — the client loads the index on the main thread
 * instead and answers from there, requests still open included, so search always works.
 * Whether the index is ready is a small store for useSyncExternalStore.
 */
import type { DocumentIndex } from './index-options';
import { answerRequest, type AnswerTo, type FromWorker, type SearchRequest, type ToWorker } from './search-protocol';

/** What the client needs of a Worker (a real one has it; tests pass a fake). */
export interface SearchWorker {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface SearchClientOptions {
  /** The absolute URL of documents/search-index.json. */
  indexUrl: string;
  /** Starts the worker; may throw. Without it the index is loaded on the main thread. */
  createWorker?: () => SearchWorker;
  /**
   * Fetches the index's bytes here, at once, to hand them to the worker: the download then
   * runs while the worker is still starting, instead of after. Without it the worker fetches.
   */
  fetchIndex?: (url: string) => Promise<ArrayBuffer>;
  /** Loads the index on the main thread (the fallback). */
  loadOnMainThread: (url: string) => Promise<DocumentIndex>;
  /** Called once, when the index is ready (loaded in the worker or on the main thread). */
  onReady?: (where: 'worker' | 'main-thread') => void;
  /** Called when the worker is given up, with the reason. */
  onFallback?: (reason: unknown) => void;
  /** How long the worker may take to start running before it is given up (ms). */
  startTimeout?: number;
}

interface OpenRequest {
  request: SearchRequest;
  resolve: (answer: never) => void;
  reject: (error: unknown) => void;
}

/** Two seconds: a worker starts in tens of milliseconds, even on a busy machine. */
const START_TIMEOUT = 2000;

/** The document search, in a worker when possible. */
export class SearchClient {
  private worker: SearchWorker | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  /** The index on the main thread, once the worker was given up. */
  private mainIndex: Promise<DocumentIndex> | undefined;
  private mainFailed = false;
  private readonly open = new Map<number, OpenRequest>();
  private nextId = 1;
  private isReady = false;
  /** Settles once the worker has been sent its 'load' message; searches go after it. */
  private loadSent: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: SearchClientOptions) {
    if (!options.createWorker) {
      this.loadOnMainThread();
      return;
    }
    let worker: SearchWorker;
    try {
      worker = options.createWorker();
    } catch (error) {
      this.fallBack(error);
      return;
    }
    this.worker = worker;
    worker.addEventListener('message', (event) => this.receive(worker, event.data));
    worker.addEventListener('error', (event) => this.workerFailed(worker, event));
    worker.addEventListener('messageerror', (event) => this.workerFailed(worker, event));
    this.startTimer = setTimeout(
      () => this.workerFailed(worker, new Error('De zoekworker start niet')),
      options.startTimeout ?? START_TIMEOUT,
    );
    const url = options.indexUrl;
    if (!options.fetchIndex) {
      worker.postMessage({ type: 'load', url });
      return;
    }
    this.loadSent = options.fetchIndex(url).then(
      (json) => this.worker === worker && worker.postMessage({ type: 'load', url, json }, [json]),
      (error: unknown) => this.workerFailed(worker, error),
    );
  }

  /** Whether the index is ready (searches sent before are answered once it is). */
  get ready(): boolean {
    return this.isReady;
  }

  /** Where searches are answered: in the worker, or on the main thread after a fallback. */
  get where(): 'worker' | 'main-thread' {
    return this.worker ? 'worker' : 'main-thread';
  }

  /** Calls `listener` when the index becomes ready; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    // A failed load on the main thread is tried again when a view starts listening.
    if (this.mainFailed) this.loadOnMainThread();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getReady = (): boolean => this.isReady;

  /** Answers `request`; requests are answered in the order they were made. */
  search<R extends SearchRequest>(request: R): Promise<AnswerTo<R>> {
    const id = this.nextId++;
    return new Promise<AnswerTo<R>>((resolve, reject) => {
      this.open.set(id, { request, resolve: resolve as (answer: never) => void, reject });
      const worker = this.worker;
      if (!worker) return this.answerOnMainThread(id);
      // After the 'load' message, or the worker would answer that it has no index. A fallback
      // in between answers the open request from the main thread instead.
      void this.loadSent.then(() => this.worker === worker && this.open.has(id) && worker.postMessage({ type: 'search', id, request }));
    });
  }

  private receive(worker: SearchWorker, message: FromWorker): void {
    if (worker !== this.worker) return;
    switch (message.type) {
      case 'started':
        clearTimeout(this.startTimer);
        return;
      case 'ready':
        this.becomeReady('worker');
        return;
      case 'load-failed':
        this.workerFailed(worker, new Error(message.message));
        return;
      case 'answer': {
        const request = this.open.get(message.id);
        this.open.delete(message.id);
        request?.resolve(message.answer as never);
        return;
      }
      case 'search-failed': {
        const request = this.open.get(message.id);
        this.open.delete(message.id);
        request?.reject(new Error(message.message));
        return;
      }
    }
  }

  private workerFailed(worker: SearchWorker, reason: unknown): void {
    if (worker !== this.worker) return;
    this.fallBack(reason);
  }

  /** Gives the worker up: the index is loaded here, and the open requests are answered from it. */
  private fallBack(reason: unknown): void {
    clearTimeout(this.startTimer);
    this.worker?.terminate();
    this.worker = undefined;
    this.options.onFallback?.(reason);
    this.loadOnMainThread();
    for (const id of this.open.keys()) this.answerOnMainThread(id);
  }

  private loadOnMainThread(): void {
    this.mainFailed = false;
    const loading = this.options.loadOnMainThread(this.options.indexUrl);
    this.mainIndex = loading;
    loading.then(
      () => this.becomeReady('main-thread'),
      () => {
        if (this.mainIndex === loading) this.mainFailed = true;
      },
    );
  }

  private answerOnMainThread(id: number): void {
    this.mainIndex!.then(
      (index) => {
        const open = this.open.get(id);
        if (!open) return;
        this.open.delete(id);
        try {
          open.resolve(answerRequest(index, open.request) as never);
        } catch (error) {
          open.reject(error);
        }
      },
      (error: unknown) => {
        const open = this.open.get(id);
        this.open.delete(id);
        open?.reject(error);
      },
    );
  }

  private becomeReady(where: 'worker' | 'main-thread'): void {
    if (this.isReady) return;
    this.isReady = true;
    this.options.onReady?.(where);
    for (const listener of this.listeners) listener();
  }
}
