// Property tests (fast-check) of the fractieset: any set of own annotations and question drafts
// survives export → import field by field; and thousands of mutated or malformed files never
// throw out of reading, previewing or importing, and a refused file never writes (a snapshot of
// the database before and after proves it). The counts are printed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../../../renderer/exchange/fractie/fractie-service';
import { buildFractieset } from '../../../../renderer/exchange/fractie/build';
import { parseFractieset } from '../../../../renderer/exchange/fractie/parse';
import { COLORS, FLAGS, type Annotation } from '../../../../renderer/model/annotation';
import { QUESTION_KINDS, PRIORITIES, STATUSES, type Question } from '../../../../renderer/model/question';
import { freshDatabases } from '../../../support/fresh-database';
import { ALL_DOCUMENTS, EVERYTHING, KNOWN_DOCUMENTS, fillAnna, snapshot } from './fixture';
import { makeFractieset } from '../../../../renderer/exchange/fractie/fractie-service';

const freshDatabase = freshDatabases('fractieset-properties');
const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden', id: '0f9d5a44-8c1e-4c4b-9d55-1a2b3c4d5e6f' };

// Text as a raadslid types it: anything but the control and bidi characters an import takes out.
const typed = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' }).map((text) => text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ''));
const time = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
const target = fc
  .record({ exact: typed(80).filter((text) => text.length > 0), prefix: typed(32), suffix: typed(32), start: fc.nat(100_000), length: fc.integer({ min: 1, max: 500 }), blockId: fc.option(fc.constantFrom('p-3', 'h-12', 'p-442'), { nil: undefined }) })
  .map(({ exact, prefix, suffix, start, length, blockId }) => ({
    quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
    position: { type: 'TextPositionSelector' as const, start, end: start + length },
    ...(blockId ? { blockId } : {}),
  }));

const annotation: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.uuid(), documentId: fc.constantFrom(...ALL_DOCUMENTS), documentVersion: fc.stringMatching(/^[0-9a-f]{14}$/), target,
    color: fc.constantFrom(...COLORS.entries.map((entry) => entry.code)), flag: fc.option(fc.constantFrom(...FLAGS.entries.map((entry) => entry.code)), { nil: undefined }),
    note: typed(300), tags: fc.uniqueArray(typed(20).map((tag) => tag.trim()).filter((tag) => tag !== ''), { maxLength: 4 }),
    visibility: fc.constantFrom('prive' as const, 'fractie' as const), createdAt: time, age: fc.nat(10_000_000),
  })
  .map(({ flag, age, createdAt, ...rest }) => ({ ...rest, ...(flag ? { flag } : {}), author, createdAt, updatedAt: createdAt + age }));

const question: fc.Arbitrary<Question> = fc
  .record({ id: fc.uuid(), kind: fc.constantFrom(...QUESTION_KINDS.entries.map((entry) => entry.code)), question: typed(300).filter((text) => text.trim() !== ''), toelichting: typed(200), createdAt: time, age: fc.nat(1_000_000), withReference: fc.boolean(), target })
  .map(({ age, createdAt, withReference, target: where, ...rest }) => ({
    ...rest, meetingId: 'raad', order: 0, priority: PRIORITIES.entries[0]!.code, status: STATUSES.entries[0]!.code, createdAt, updatedAt: createdAt + age,
    ...(withReference ? { reference: { documentId: 'kadernota-2022-domein-3', documentTitle: 'Kadernota', documentVersion: 'abc', sectionId: 'h-2', sectionNumber: '2', sectionTitle: 'Financiën', paragraphNumber: 3, quote: where.quote.exact, target: where } } : {}),
  }));

const scope = { documentIds: ALL_DOCUMENTS, includesPrivate: true, includesQuestions: true };
const meetings = [{ id: 'raad', name: 'Raad', date: '2026-12-10', kind: 'raad' as const, createdAt: 1, updatedAt: 1 }];

describe('export → import', () => {
  it('round-trips every field of any annotations and question drafts', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.uniqueArray(annotation, { selector: (a) => a.id, maxLength: 12 }), fc.uniqueArray(question, { selector: (q) => q.id, maxLength: 4 }), (annotations, questions) => {
        const made = buildFractieset({ author, annotations, questions, meetings, agendaItems: [], scope, appVersion: '0.1.0', now: new Date(Date.UTC(2026, 11, 4)) });
        const parsed = parseFractieset(made.text);
        if (!parsed.ok) throw new Error(parsed.message);
        expect(parsed.set.annotations.map(({ authorKey: _key, ...rest }) => rest)).toEqual(annotations);
        expect(parsed.set.questions.map(({ authorKey: _key, author: _author, ...rest }) => rest)).toEqual(
          questions.map(({ order: _order, priority: _priority, status: _status, ...rest }) => rest),
        );
        checked += annotations.length + questions.length;
      }),
      { numRuns: 300, seed: 20261204 },
    );
    console.log(`Export → import: 300 sets, ${checked} aantekeningen en vragen veld voor veld gelijk.`);
  });
});

type Mutation = (value: unknown, random: () => number) => unknown;

function pickPath(value: unknown, random: () => number): (string | number)[] {
  const path: (string | number)[] = [];
  let here = value;
  while (here && typeof here === 'object' && random() < 0.8) {
    const keys = Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here);
    if (keys.length === 0) break;
    const key = keys[Math.floor(random() * keys.length)]!;
    path.push(key);
    here = (here as Record<string | number, unknown>)[key];
  }
  return path;
}

function setAt(value: unknown, path: (string | number)[], replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const base = (value !== null && typeof value === 'object' ? value : {}) as Record<string | number, unknown>;
  const copy = Array.isArray(base) ? [...base] : { ...base };
  const [key, ...rest] = path;
  (copy as Record<string | number, unknown>)[key!] = setAt(base[key!], rest, replace);
  return copy;
}

const HOSTILE: unknown[] = [
  null, -1, 1e308, Number.MAX_SAFE_INTEGER, '', 'x'.repeat(300_000), '<script>alert(1)</script>', '\u202Egnp.exe', [], {}, { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'), '1900-01-01T00:00:00Z', '9999-12-31T00:00:00Z', 'urn:uuid:', true, [[[[[[[[[[]]]]]]]]]],
];

const MUTATIONS: Mutation[] = [
  (value, random) => setAt(value, pickPath(value, random), () => HOSTILE[Math.floor(random() * HOSTILE.length)]),
  (value, random) => setAt(value, pickPath(value, random), () => undefined),
  (value, random) => setAt(value, pickPath(value, random), (old) => (typeof old === 'string' ? old.slice(0, Math.floor(random() * old.length)) : typeof old === 'number' ? -old : String(old))),
  // A duplicate of an annotation.
  (value) => setAt(value, ['first', 'items'], (items) => (Array.isArray(items) && items.length > 0 ? [...items, items[0]] : items)),
];

describe('bad files', () => {
  it('never throw out of reading, previewing or importing, and a refused file writes nothing', async () => {
    const anna = freshDatabase();
    await fillAnna(anna);
    const good = (await makeFractieset(EVERYTHING, anna, new Date(2026, 11, 4))).text;
    const goodJson = JSON.parse(good) as unknown;
    const bram = freshDatabase();
    await bram.annotations.put({ id: 'eigen', documentId: 'kadernota-2022-domein-3', documentVersion: 'x', target: { quote: { type: 'TextQuoteSelector', exact: 'Leusden', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 7 } }, color: 'geel', note: '', tags: [], visibility: 'prive', author: { naam: 'Bram', fractie: 'F' }, createdAt: 1, updatedAt: 1 });
    const counts = { refused: 0, accepted: 0, threw: 0 };
    const texts = fc.sample(
      fc.oneof(
        // JSON-level mutations, one to three at a time.
        fc.tuple(fc.array(fc.nat(MUTATIONS.length - 1), { minLength: 1, maxLength: 3 }), fc.integer()).map(([which, seed]) => {
          const random = mulberry32(seed);
          return JSON.stringify(which.reduce((value, index) => MUTATIONS[index]!(value, random), goodJson as unknown)) ?? '';
        }),
        // Text-level damage: cut off, a character changed, arbitrary text.
        fc.nat(good.length).map((at) => good.slice(0, at)),
        fc.tuple(fc.nat(good.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([at, character]) => good.slice(0, at) + character + good.slice(at + 1)),
        fc.string({ maxLength: 200 }),
        fc.json(),
      ),
      { numRuns: 2500, seed: 20261204 },
    );
    for (const text of texts) {
      const before = await snapshot(bram);
      try {
        const parsed = parseFractieset(text);
        if (!parsed.ok) {
          expect(parsed.message).toMatch(/^[A-Z]/);
          counts.refused++;
          expect(await snapshot(bram)).toBe(before);
          continue;
        }
        counts.accepted++;
        await previewImport(parsed.set, { fileName: 'x.json', knownDocumentIds: KNOWN_DOCUMENTS }, bram);
        await applyImport(parsed.set, { fileName: 'x.json', knownDocumentIds: KNOWN_DOCUMENTS }, bram);
        // Own work is never changed by an import, whatever the file holds.
        expect(await bram.annotations.get('eigen')).toMatchObject({ note: '', author: { naam: 'Bram' } });
      } catch (error) {
        counts.threw++;
        throw error;
      }
    }
    console.log(`Beschadigde bestanden: ${texts.length} — ${counts.refused} geweigerd met een melding (database onveranderd), ${counts.accepted} nog geldig en veilig geïmporteerd, ${counts.threw} uitzonderingen.`);
    expect(counts.threw).toBe(0);
    expect(counts.refused).toBeGreaterThan(1500);
  }, 240_000);
});

/** A small seeded random generator, so a failing mutation can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
