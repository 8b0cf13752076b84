/**
 * Reservekopie benchmarks (`npx tsx scripts/bench-reservekopie.ts`), in Chromium over its real
 * IndexedDB, on disk in a profile of its own (a persistent context: Playwright's default
 * contexts are incognito, where IndexedDB lives in memory and writes cost nothing). Node with
 * fake-indexeddb would be many times slower than the browser and say nothing about the app.
 *
 * The data is what a busy raadslid has after years: 10,000 annotations on the five bundled
 * documents (real passages with their selectors, notes, tags, flags), 1,000 questions over
 * 80 vergaderingen with their agendapunten (many tied to a passage, some answered), settings,
 * reading positions, a Prullenbak and the database's meta records. Seeded, so every run has
 * the same data.
 *
 * - Making a reservekopie (makeReservekopie: read every table, canonical JSON, SHA-256, the
 *   file's text) against `toArray` of every table + `JSON.stringify`.
 * - Restoring it: parseReservekopie (validate) + mergeReservekopie (Samenvoegen) into an empty
 *   database, against `bulkPut` of the same records; and Vervangen over a database holding the
 *   data (including the reservekopie made first of the current data).
 *
 * Prints medians and writes them to reservekopie.json in the results folder (see
 * bench-mode.ts). With `--quick`: 200 annotations and 20 questions, one run, no warm-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnchorText } from '../renderer/anchoring/anchor-text';
import type { DocumentModel } from '../renderer/documents/model';
import { COLORS, FLAGS, type Annotation } from '../renderer/model/annotation';
import type { AgendaItem, Meeting, Question } from '../renderer/model/question';
import type { TrashEntry } from '../renderer/model/trash';
import type { ReservekopieTables } from '../renderer/exchange/reservekopie/format';
import { randomPassage, seededRandom } from './bench-annotation-data';
import { medianOf, withBenchPage } from './bench-browser';
import { QUICK, resultsDir, size } from './bench-mode';
import { convertAll, readSources } from './convert-all';

const ANNOTATIONS = size(10_000, 200);
const QUESTIONS = size(1_000, 20);
const MEETINGS = size(80, 4);
const TRASH = size(60, 4);
const RUNS = size(5, 1);

const TAGS = ['armoede', 'minima', 'jeugd', 'wmo', 'participatie', 'financiën', 'wonen', 'zorg', 'begroting', 'toezegging', 'regio', 'inkoop'];
const NOTES = [
  'Hoeveel huishoudens gaat dit precies om?',
  'Navragen bij de wethouder: is dit structureel of incidenteel geld?',
  'Vergelijken met de cijfers van vorig jaar.',
  'Dit staat haaks op wat in de kadernota staat. Motie over voorbereiden met de fractie?',
  'Bron ontbreekt.\nNavragen bij de griffie.',
  'Goed punt, meenemen in de algemene beschouwingen. Ook de effecten op de wachtlijsten in de jeugdzorg en de Wmo zouden we hier graag terugzien, liefst per kwartaal.',
];
const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden' };

/** Seeded, realistic tables for the bench. */
function makeTables(models: DocumentModel[]): ReservekopieTables {
  const next = seededRandom(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const texts = models.map((model) => ({ model, anchor: buildAnchorText(model) }));
  const base = 1_700_000_000_000;
  const time = () => base + Math.floor(next() * 90_000_000_000);
  const uuid = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(8, '0')}-4b1d-4c2a-9e3f-${Math.floor(next() * 2 ** 48).toString(16).padStart(12, '0')}`;

  /** A passage of 3–25 words in a random block of a random document. */
  const passage = () => {
    for (;;) {
      const { model, anchor } = pick(texts);
      const target = randomPassage(anchor, next);
      if (target) return { model, anchor, target };
    }
  };

  const annotation = (n: number): Annotation => {
    const { model, target } = passage();
    const createdAt = time();
    const roll = next();
    return {
      id: uuid('a', n),
      documentId: model.id,
      documentVersion: model.version,
      target,
      color: pick(COLORS.entries).code,
      ...(roll < 0.25 ? { flag: pick(FLAGS.entries).code } : {}),
      note: roll < 0.45 ? pick(NOTES) : '',
      tags: Array.from({ length: Math.floor(next() * 4) }, () => pick(TAGS)).filter((tag, i, all) => all.indexOf(tag) === i),
      visibility: next() < 0.2 ? 'fractie' : 'prive',
      author,
      createdAt,
      updatedAt: createdAt + Math.floor(next() * 1_000_000_000),
    };
  };
  const annotations = Array.from({ length: ANNOTATIONS }, (_, n) => annotation(n));

  const meetings: Meeting[] = [];
  const agendaItems: AgendaItem[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const createdAt = time();
    const date = new Date(createdAt + 14 * 86_400_000).toISOString().slice(0, 10);
    const kind = m % 3 === 0 ? 'raad' : m % 7 === 1 ? 'informatieavond' : 'commissie';
    const meeting: Meeting = { id: uuid('m', m), name: kind === 'raad' ? 'Raadsvergadering' : kind === 'commissie' ? 'Commissie Bestuur en Middelen' : 'Informatieavond sociaal domein', date, kind, createdAt, updatedAt: createdAt + 86_400_000 };
    meetings.push(meeting);
    for (let i = 0; i < 8; i++) {
      agendaItems.push({
        id: uuid('p', m * 8 + i),
        meetingId: meeting.id,
        number: i < 3 ? String(i + 1) : `${Math.floor(i / 2) + 2}${'ab'[i % 2]}`,
        title: ['Opening en mededelingen', 'Vaststellen agenda', 'Lijst ingekomen stukken', 'Beleidskader sociaal domein 2023-2026', 'Kadernota 2022', 'Regionale samenwerking jeugdzorg', 'Woonvisie', 'Rondvraag'][i]!,
        documentIds: i >= 3 && i < 6 ? [pick(models).id] : [],
        order: i,
      });
    }
  }

  const questions: Question[] = Array.from({ length: QUESTIONS }, (_, n) => {
    const meeting = meetings[n % meetings.length]!;
    const item = agendaItems[meetings.indexOf(meeting) * 8 + 3 + (n % 3)]!;
    const createdAt = time();
    const withPassage = next() < 0.6;
    const from = withPassage ? passage() : undefined;
    const status = pick(['concept', 'klaar', 'ingediend', 'beantwoord'] as const);
    return {
      id: uuid('q', n),
      meetingId: meeting.id,
      ...(next() < 0.8 ? { agendaItemId: item.id } : {}),
      order: n,
      kind: pick(['technische-vraag', 'vraag-voor-de-vergadering', 'schriftelijke-vraag'] as const),
      question: `Kan het college toelichten hoe ${pick(TAGS)} zich verhoudt tot de doelen in het beleidskader, en welke middelen daarvoor in ${2023 + (n % 4)} beschikbaar zijn?`,
      toelichting: next() < 0.5 ? pick(NOTES) : '',
      ...(next() < 0.7 ? { addressedTo: 'Wethouder Sociaal Domein' } : {}),
      priority: pick(['hoog', 'normaal', 'laag'] as const),
      status,
      ...(status === 'beantwoord' ? { answer: 'Het college verwijst naar de beantwoording in de raadsinformatiebrief. Het gaat om ongeveer 1.200 huishoudens; de middelen zijn structureel opgenomen in de begroting.' } : {}),
      ...(from
        ? {
            annotationId: annotations[n % annotations.length]!.id,
            reference: { documentId: from.model.id, documentTitle: from.model.title, documentVersion: from.model.version, sectionId: 'h-4', sectionNumber: '4', sectionTitle: 'Armoede en schulden', paragraphNumber: 2, quote: from.target.quote.exact, target: from.target },
          }
        : {}),
      createdAt,
      updatedAt: createdAt + Math.floor(next() * 1_000_000_000),
    };
  });

  const trash: TrashEntry[] = Array.from({ length: TRASH }, (_, n) => {
    const removed = annotation(ANNOTATIONS + n);
    return {
      id: uuid('t', n),
      kind: 'annotation',
      title: removed.target.quote.exact.slice(0, 80),
      deletedAt: time(),
      records: { annotations: [removed], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] },
    };
  });

  return {
    annotations,
    meetings,
    agendaItems,
    questions,
    settings: [
      { key: 'profile', value: author },
      { key: 'theme', value: 'dark' },
      { key: 'fontScale', value: 1.25 },
    ],
    readingPositions: models.map((model) => ({ documentId: model.id, blockId: model.blocks[Math.floor(next() * model.blocks.length)]!.id, updatedAt: time() })),
    trash,
    imports: [],
    sharedQuestions: [],
    meta: [
      { key: 'writtenBy', value: { appVersion: '0.1.0', schemaVersion: 4, at: base } },
      { key: 'lastChangeAt', value: base + 90_000_000_000 },
      { key: 'lastBackupAt', value: base + 80_000_000_000 },
    ],
  };
}

interface MakeRun {
  makeMs: number;
  collectMs: number;
  buildMs: number;
  baselineMs: number;
  fileBytes: number;
  baselineBytes: number;
}
interface RestoreRun {
  totalMs: number;
  parseMs: number;
  applyMs: number;
  baselineMs: number;
}
interface ReplaceRun {
  totalMs: number;
  safetyMs: number;
  applyMs: number;
}

async function main() {
  const models = convertAll(readSources()).map((c) => c.model);
  const tables = makeTables(models);
  const makeRuns: MakeRun[] = [];
  const restoreRuns: RestoreRun[] = [];
  const replaceRuns: ReplaceRun[] = [];
  // On disk, as the app's database is (Playwright's default contexts are incognito).
  await withBenchPage('reservekopie-bench', 'bench-reservekopie-page.ts', async (page) => {
    const counts = await page.evaluate((json) => window.benchReservekopie.load(json), JSON.stringify(tables));
    console.log(`reservekopie data: ${Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ')}`);
    // Warm-up (JIT, IndexedDB's files), then the measured runs.
    if (!QUICK) {
      await page.evaluate(() => window.benchReservekopie.make());
      await page.evaluate(() => window.benchReservekopie.restore());
      await page.evaluate(() => window.benchReservekopie.replace());
    }
    for (let run = 0; run < RUNS; run++) {
      makeRuns.push(await page.evaluate(() => window.benchReservekopie.make()));
      restoreRuns.push(await page.evaluate(() => window.benchReservekopie.restore()));
      replaceRuns.push(await page.evaluate(() => window.benchReservekopie.replace()));
    }
  });
  const megabytes = (bytes: number) => Math.round(bytes / 10_000) / 100;
  const figures = {
    runs: RUNS,
    records: Object.fromEntries(Object.entries(tables).map(([name, list]) => [name, (list as unknown[]).length])),
    fileMB: megabytes(makeRuns[0]!.fileBytes),
    baselineMB: megabytes(makeRuns[0]!.baselineBytes),
    make: { medianMs: medianOf(makeRuns, 'makeMs'), collectMs: medianOf(makeRuns, 'collectMs'), buildMs: medianOf(makeRuns, 'buildMs'), baselineMs: medianOf(makeRuns, 'baselineMs') },
    restore: { medianMs: medianOf(restoreRuns, 'totalMs'), parseMs: medianOf(restoreRuns, 'parseMs'), applyMs: medianOf(restoreRuns, 'applyMs'), baselineMs: medianOf(restoreRuns, 'baselineMs') },
    replace: { medianMs: medianOf(replaceRuns, 'totalMs'), safetyMs: medianOf(replaceRuns, 'safetyMs'), applyMs: medianOf(replaceRuns, 'applyMs') },
  };
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `reservekopie maken (${figures.fileMB} MB): ${ms(figures.make.medianMs)} median (lezen ${ms(figures.make.collectMs)}, bestand opbouwen ${ms(figures.make.buildMs)})` +
      ` · toArray + JSON.stringify ${ms(figures.make.baselineMs)} (${figures.baselineMB} MB)`,
  );
  console.log(
    `terugzetten (Samenvoegen in een lege database): ${ms(figures.restore.medianMs)} median (controleren ${ms(figures.restore.parseMs)}, toepassen ${ms(figures.restore.applyMs)})` +
      ` · bulkPut ${ms(figures.restore.baselineMs)} · Vervangen ${ms(figures.replace.medianMs)} (waarvan reservekopie vooraf ${ms(figures.replace.safetyMs)}, vervangen ${ms(figures.replace.applyMs)})`,
  );
  mkdirSync(resultsDir(), { recursive: true });
  const file = join(resultsDir(), 'reservekopie.json');
  writeFileSync(file, `${JSON.stringify({ ...figures, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`Written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
