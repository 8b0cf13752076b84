/**
 * Search benchmark (`npx tsx scripts/bench-search.ts`): the bundled documents repeated to
 * 50× their size (every copy with its own ids), indexed with the app's MiniSearch setup.
 * Reports index build time, serialised index size and load time, and median and p95 query
 * latency over a fixed list of queries (words, prefixes while typing, phrases, folded
 * diacritics) next to two baselines measured in the same run: a naive scan of the folded
 * block texts, and MiniSearch's own `search` returning every match (what the app did before
 * it kept only the best blocks). Checks that the app's search counts exactly the blocks
 * MiniSearch finds. Also the load time of the real bundled index and the work done per
 * keystroke (search, grouping, snippets). Prints the figures and writes search.json into the
 * results folder (bench-results/ for a full run; see bench-mode.ts). With `--quick`: 2 copies,
 * one run per query, no warm-up — the same code end to end, figures without meaning.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { join } from 'node:path';
import { resultsDir, size } from './bench-mode';
import { convertAll, readSources } from './convert-all';
import { writeSearchIndex } from './build-search-index';
import { documentEntries, entryText, type DocumentEntry } from '../renderer/search/document-entries';
import { DOCUMENT_INDEX_OPTIONS, indexDocumentEntries, loadDocumentIndexJson, openDocumentIndex, serialiseDocumentIndex } from '../renderer/search/index-options';
import { foldText } from '../renderer/search/fold';
import { findHits } from '../renderer/search/hit-pattern';
import { groupByDocument, resultSummary, resultTotals } from '../renderer/search/group-results';
import { parseQuery, type ParsedQuery } from '../renderer/search/parse-query';
import { runQuery } from '../renderer/search/run-query';
import { RESULT_LIMIT, searchDocuments } from '../renderer/search/search-documents';
import { buildSnippet } from '../renderer/search/snippet';

const COPIES = size(50, 2);
const RUNS_PER_QUERY = size(20, 1);
/** Untimed rounds first, for every method alike: the JIT compiles the hot code once per session. */
const WARMUP_ROUNDS = size(3, 0);
/** Loads of the bundled index: untimed, then timed. */
const BUNDLED_LOADS = size({ warmup: 3, timed: 15 }, { warmup: 0, timed: 1 });
/** Timed loads of the serialised large index. */
const LARGE_LOADS = size(3, 1);

/** The fixed query list: what a raadslid types, keystroke by keystroke included. */
const QUERIES = [
  // single words
  'armoede', 'schuldhulpverlening', 'jeugdzorg', 'wmo', 'mantelzorg', 'eenzaamheid', 'vrijwilligers', 'inwoners',
  'gemeente', 'begroting', 'dienstverlening', 'veiligheid', 'privacy', 'participatie', 'woningmarkt', 'sport',
  'gezondheid', 'onderwijs', 'preventie', 'kadernota',
  // prefixes while typing
  'fin', 'fina', 'finan', 'financ', 'arm', 'armo', 'schuld', 'schuldh', 'jeu', 'jeugd', 'mant', 'zorg', 'vrijw', 'gez', 'ond',
  // phrases
  '"vaste basis"', '"eigen regie"', '"sociaal domein"', '"gezonde leefstijl"', '"eigen kracht"', '"vrijwillige inzet"',
  '"in één keer"', '"de gemeente"', '"vaste bas',
  // folded diacritics and case
  'financien', 'Financiën', 'een', 'ideeen', 'cooperatie', 'reunie', 'CAFE', 'coordinatie', 'beeindigen',
  // two words
  'jeugdzorg budget', 'armoede kinderen', 'wmo huishoudelijke', 'zorgtaken jeugd',
] as const;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const median = (values: number[]) => percentile(values, 50);

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

/** The naive baseline: every block folded once; a query is `includes` of each word and phrase. */
function naiveScan(folded: readonly string[], query: ParsedQuery): number[] {
  const needles = [...query.words, ...query.phrases.map((phrase) => phrase.join(' '))];
  const matches: number[] = [];
  if (needles.length === 0) return matches;
  for (let i = 0; i < folded.length; i++) {
    const text = folded[i]!;
    if (needles.every((needle) => text.includes(needle))) matches.push(i);
  }
  return matches;
}

function corpus(entries: readonly DocumentEntry[]): DocumentEntry[] {
  const copies: DocumentEntry[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const entry of entries) {
      const documentId = `${entry.documentId}-x${copy}`;
      copies.push({ ...entry, documentId, id: `${documentId}/${entry.blockId}` });
    }
  }
  return copies;
}

/** A full garbage collection, so one method's garbage is not collected on another's time. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** Runs every query RUNS_PER_QUERY times (round-robin); all samples, and the median per query. */
function benchQueries(run: (query: ParsedQuery) => unknown): number[] & { perQuery: number[] } {
  const parsed = QUERIES.map(parseQuery);
  collectGarbage();
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const query of parsed) run(query);
  const perQuery: number[][] = parsed.map(() => []);
  for (let r = 0; r < RUNS_PER_QUERY; r++) parsed.forEach((query, i) => perQuery[i]!.push(time(() => run(query))[0]));
  return Object.assign(perQuery.flat(), { perQuery: perQuery.map(median) });
}

function describeMachine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'onbekende CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}, Node ${process.version}`;
}

const ms = (value: number) => (value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(value < 10 ? 2 : 0)} ms`);

function main(): void {
  const models = convertAll(readSources()).map((c) => c.model);
  const entries = models.flatMap(documentEntries);

  // The real bundled index, as the build writes it and the reader loads it (into a folder of
  // our own: the app's renderer/public/documents is left alone).
  const scratch = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const bundledJson = readFileSync(writeSearchIndex(models, scratch), 'utf8');
  rmSync(scratch, { recursive: true });
  for (let i = 0; i < BUNDLED_LOADS.warmup; i++) loadDocumentIndexJson(bundledJson);
  const bundledLoad = median(Array.from({ length: BUNDLED_LOADS.timed }, () => time(() => loadDocumentIndexJson(bundledJson))[0]));

  const big = corpus(entries);
  const textBytes = big.reduce((sum, entry) => sum + Buffer.byteLength(entryText(entry)), 0);
  const [indexMs, data] = time(() => indexDocumentEntries(big));
  const [openMs, index] = time(() => openDocumentIndex(data));
  const [serialisedLength, loadMs] = (() => {
    const json = serialiseDocumentIndex(data);
    return [json.length, median(Array.from({ length: LARGE_LOADS }, () => time(() => loadDocumentIndexJson(json))[0]))];
  })();
  // MiniSearch's own search over the same index, every match scored, built and sorted.
  const miniSearch = MiniSearch.loadJS<DocumentEntry>(data.search, DOCUMENT_INDEX_OPTIONS);
  const [foldMs, folded] = time(() => big.map((entry) => foldText(entryText(entry))));

  const indexSamples = benchQueries((query) => searchDocuments(index, query));
  const scanSamples = benchQueries((query) => naiveScan(folded, query));
  const entryById = new Map(big.map((entry) => [entry.id, entry]));
  const miniSearchAll = (query: ParsedQuery) => runQuery(miniSearch, query, (result) => entryById.get(result.id as string)!.termLine);
  const miniSearchSamples = benchQueries(miniSearchAll);
  // What one keystroke costs after the pause: search, grouping, the snippets of the hits shown.
  const keystrokeSamples = benchQueries((query) => {
    const blocks = searchDocuments(index, query);
    const groups = groupByDocument(blocks.hits, blocks);
    resultSummary(resultTotals(groups, blocks));
    for (const group of groups) {
      for (const hit of group.hits.slice(0, 25)) if (hit.type === 'block') buildSnippet(hit.text, findHits(hit.text, hit.pattern));
    }
  });

  // The app's answers against MiniSearch's: the same number of blocks, and the same best block.
  const perQuery = QUERIES.map((input) => {
    const query = parseQuery(input);
    const ours = searchDocuments(index, query);
    const theirs = miniSearchAll(query);
    const agrees = ours.total === theirs.length && (ours.hits[0]?.score ?? 0).toFixed(6) === (theirs[0]?.score ?? 0).toFixed(6);
    return { query: input, total: ours.total, agrees };
  });
  const disagreeing = perQuery.filter((q) => !q.agrees).map((q) => q.query);

  const result = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    corpus: { copies: COPIES, blocks: big.length, textMB: +(textBytes / 1e6).toFixed(2), queries: QUERIES.length, runsPerQuery: RUNS_PER_QUERY, warmupRounds: WARMUP_ROUNDS, resultLimit: RESULT_LIMIT },
    bundled: { blocks: entries.length, indexKB: +(bundledJson.length / 1024).toFixed(0), loadMs: +bundledLoad.toFixed(2) },
    index: {
      buildMs: +(indexMs + openMs).toFixed(0),
      miniSearchIndexMs: +indexMs.toFixed(0),
      openMs: +openMs.toFixed(0),
      serialisedMB: +(serialisedLength / 1e6).toFixed(1),
      loadMs: +loadMs.toFixed(0),
      queryMedianMs: +median(indexSamples).toFixed(4),
      queryP95Ms: +percentile(indexSamples, 95).toFixed(3),
      queryMaxMs: +Math.max(...indexSamples).toFixed(2),
    },
    naiveScan: {
      foldOnceMs: +foldMs.toFixed(0),
      queryMedianMs: +median(scanSamples).toFixed(3),
      queryP95Ms: +percentile(scanSamples, 95).toFixed(3),
    },
    miniSearchAllMatches: {
      queryMedianMs: +median(miniSearchSamples).toFixed(3),
      queryP95Ms: +percentile(miniSearchSamples, 95).toFixed(3),
    },
    keystroke: { medianMs: +median(keystrokeSamples).toFixed(3), p95Ms: +percentile(keystrokeSamples, 95).toFixed(3), maxMs: +Math.max(...keystrokeSamples).toFixed(2) },
    agreesWithMiniSearch: { queries: QUERIES.length, disagreeing },
    slowestQueries: QUERIES.map((query, i) => ({ query, indexMs: +indexSamples.perQuery[i]!.toFixed(4), scanMs: +scanSamples.perQuery[i]!.toFixed(3), miniSearchMs: +miniSearchSamples.perQuery[i]!.toFixed(3), hits: perQuery[i]!.total }))
      .sort((a, b) => b.indexMs - a.indexMs)
      .slice(0, 8),
    ratio: {
      medianScanOverIndex: +(median(scanSamples) / median(indexSamples)).toFixed(0),
      medianMiniSearchOverIndex: +(median(miniSearchSamples) / median(indexSamples)).toFixed(0),
    },
    targets: { p95BelowMs: 2, medianSpeedupAtLeast: 100, bundledReadyWithinMs: 300 },
  };

  console.log(`Zoeken — ${result.machine}`);
  console.log(`Corpus: ${COPIES}× de meegeleverde stukken, ${big.length} blokken, ${result.corpus.textMB} MB tekst; ${QUERIES.length} zoekvragen × ${RUNS_PER_QUERY}; de beste ${RESULT_LIMIT} blokken per zoekvraag, de rest geteld`);
  console.log(`Meegeleverde index (${entries.length} blokken, ${result.bundled.indexKB} kB): laden ${ms(bundledLoad)} (doel: klaar < 300 ms na start)`);
  console.log(`Index ${COPIES}×: bouwen ${ms(indexMs + openMs)} (MiniSearch ${ms(indexMs)}, openen ${ms(openMs)}), geserialiseerd ${result.index.serialisedMB} MB, laden ${ms(loadMs)}`);
  console.log(`Zoeken met index:      mediaan ${ms(median(indexSamples))}, p95 ${ms(percentile(indexSamples, 95))}, max ${ms(Math.max(...indexSamples))} (doel p95 < 2 ms)`);
  console.log(`Naïeve scan (gevouwen): mediaan ${ms(median(scanSamples))}, p95 ${ms(percentile(scanSamples, 95))} (eenmalig vouwen ${ms(foldMs)})`);
  console.log(`MiniSearch.search (alle treffers): mediaan ${ms(median(miniSearchSamples))}, p95 ${ms(percentile(miniSearchSamples, 95))}`);
  console.log(`Verhouding mediaan scan / index: ${result.ratio.medianScanOverIndex}× (doel ≥ 100×); MiniSearch.search / index: ${result.ratio.medianMiniSearchOverIndex}×`);
  console.log(`Zelfde aantal treffers en beste score als MiniSearch: ${QUERIES.length - disagreeing.length} van ${QUERIES.length} zoekvragen${disagreeing.length ? ` (afwijkend: ${disagreeing.join(', ')})` : ''}`);
  console.log(`Traagste zoekvragen (index, mediaan): ${result.slowestQueries.map((q) => `${q.query} ${ms(q.indexMs)} [${q.hits}]`).join(', ')}`);
  console.log(`Werk per toetsaanslag (zoeken, groeperen, fragmenten): mediaan ${ms(median(keystrokeSamples))}, p95 ${ms(percentile(keystrokeSamples, 95))}, max ${ms(Math.max(...keystrokeSamples))}`);

  mkdirSync(resultsDir(), { recursive: true });
  const file = join(resultsDir(), 'search.json');
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Vastgelegd in ${file}`);
}

main();
