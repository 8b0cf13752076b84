// The corpus of bad (and strange but valid) reservekopie files. Each goes through the same path
// as the restore screen (parse, then Samenvoegen when the file is valid) into a database that
// already holds a raadslid's work; a snapshot of every table before and after proves that a
// refused file changed nothing and a valid one added exactly its own records as text.
import { describe, expect, it } from 'vitest';
import { tablesChecksum } from '../../../../renderer/exchange/reservekopie/checksum';
import { countTables, type Reservekopie, type ReservekopieTables } from '../../../../renderer/exchange/reservekopie/format';
import { parseReservekopie, sizeProblem } from '../../../../renderer/exchange/reservekopie/parse';
import { mergeReservekopie, readAllTables } from '../../../../renderer/exchange/reservekopie/reservekopie-service';
import { freshDatabases } from '../../../support/fresh-database';
import { annotation, emptyTables, fileOf, fillLikeARaadslid, meeting, question } from './fixture';

const freshDatabase = freshDatabases('bad-reservekopie');

/** A valid file of a few records (ids that the database does not have) to spoil. */
function validTables(): ReservekopieTables {
  return {
    ...emptyTables(),
    annotations: [annotation('file-a-1', 100), annotation('file-a-2', 100)],
    meetings: [meeting('file-m-1', 100)],
    questions: [question('file-q-1', 'file-m-1', 100)],
    agendaItems: [{ id: 'file-ag-1', meetingId: 'file-m-1', number: '5a', title: 'Kadernota', documentIds: [], order: 0 }],
    settings: [{ key: 'fontScale', value: 1.5 }],
    readingPositions: [{ documentId: 'file-doc', blockId: 'p-3', updatedAt: 100 }],
  };
}

type Json = Record<string, unknown> & { tables: Record<string, unknown[]>; counts: Record<string, unknown>; checksum: Record<string, unknown> };

/** The valid file as a plain object, changed by `change`, with counts and checksum made right again so only the change is wrong. */
async function spoiled(change: (file: Json) => void, { fixCounts = true, fixChecksum = true } = {}): Promise<string> {
  const file = JSON.parse((await fileOf(validTables())).text) as Json;
  change(file);
  if (fixCounts) for (const [name, records] of Object.entries(file.tables)) if (name in file.counts && Array.isArray(records)) file.counts[name] = records.length;
  if (fixChecksum) file.checksum.value = await tablesChecksum(file.tables);
  return JSON.stringify(file);
}

/** The same, written as text, for keys JSON.stringify cannot make from an object (__proto__). */
async function withRawMember(path: 'top' | 'tables' | 'record', member: string): Promise<string> {
  const text = await spoiled(() => {});
  const marker = { top: '"format":', tables: '"tables":{', record: '"annotations":[{' }[path];
  return text.replace(marker, `${marker}${member},`.replace(/^("format":)(.*),$/, `${member},$1`)).replace(/,,/g, ',');
}

const record = (file: Json, table: string, index = 0) => file.tables[table]![index] as Record<string, unknown>;

type Outcome = { refused: string | RegExp } | { applied: (tables: ReservekopieTables) => void };

interface Case {
  name: string;
  text: () => Promise<string> | string;
  outcome: Outcome;
}

const INVALID_JSON = 'Het bestand kan niet worden gelezen: het is geen geldige JSON. Misschien is het beschadigd of niet helemaal opgeslagen.';
const NOT_OURS = 'Dit bestand is geen reservekopie van Leestafel Leusden.';
const CHECKSUM = 'De controlesom van de reservekopie klopt niet: het bestand is na het maken veranderd of beschadigd.';
const HOSTILE_HTML = '<img src=x onerror="alert(1)"><script>alert("xss")</script><b>vet</b>';
const RTL_OVERRIDE = 'Raad \u202Egnirdagrev\u202C 12 maart \u2066isolaat\u2069';

const cases: Case[] = [
  { name: 'an empty file', text: () => '', outcome: { refused: 'Het bestand is leeg.' } },
  { name: 'only spaces and newlines', text: () => '  \n\t\n', outcome: { refused: 'Het bestand is leeg.' } },
  { name: 'plain text, not JSON', text: () => 'Dit is mijn reservekopie', outcome: { refused: INVALID_JSON } },
  { name: 'truncated halfway', text: async () => (await spoiled(() => {})).slice(0, 400), outcome: { refused: INVALID_JSON } },
  { name: 'truncated by its last character', text: async () => (await spoiled(() => {})).slice(0, -1), outcome: { refused: INVALID_JSON } },
  { name: 'text after the JSON', text: async () => `${await spoiled(() => {})}\nxyz`, outcome: { refused: INVALID_JSON } },
  { name: 'JSON null', text: () => 'null', outcome: { refused: NOT_OURS } },
  { name: 'a JSON array', text: () => '[{"format":"leestafel-reservekopie"}]', outcome: { refused: NOT_OURS } },
  { name: 'a JSON string', text: () => '"leestafel-reservekopie"', outcome: { refused: NOT_OURS } },
  { name: 'a JSON number', text: () => '42', outcome: { refused: NOT_OURS } },
  { name: 'no format name', text: () => spoiled((file) => delete file.format), outcome: { refused: NOT_OURS } },
  { name: 'another format name', text: () => spoiled((file) => (file.format = 'leestafel-aantekeningen')), outcome: { refused: NOT_OURS } },
  { name: 'the format name in other capitals', text: () => spoiled((file) => (file.format = 'Leestafel-Reservekopie')), outcome: { refused: NOT_OURS } },
  {
    name: 'a dexie-export-import file',
    text: () => JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'leestafel', databaseVersion: 4, tables: [], data: [] } }),
    outcome: { refused: NOT_OURS },
  },
  {
    name: 'a future major format version (2.0)',
    text: () => spoiled((file) => (file.formatVersion = '2.0')),
    outcome: { refused: 'Deze reservekopie heeft formaatversie 2.0, die deze versie van Leestafel Leusden niet kan lezen (tot en met versie 1.x). Werk Leestafel Leusden bij en probeer het opnieuw.' },
  },
  { name: 'a far future format version (10.3)', text: () => spoiled((file) => (file.formatVersion = '10.3')), outcome: { refused: /^Deze reservekopie heeft formaatversie 10\.3, / } },
  { name: 'an older, unknown major version (0.9)', text: () => spoiled((file) => (file.formatVersion = '0.9')), outcome: { refused: 'Deze reservekopie heeft een onbekende formaatversie (0.9).' } },
  { name: 'the format version as a number', text: () => spoiled((file) => (file.formatVersion = 1.0)), outcome: { refused: /^De formaatversie van dit bestand ontbreekt of is ongeldig/ } },
  { name: 'no format version', text: () => spoiled((file) => delete file.formatVersion), outcome: { refused: /^De formaatversie van dit bestand ontbreekt of is ongeldig/ } },
  { name: 'a wrong checksum (one digit changed)', text: () => spoiled((file) => (file.checksum.value = `0${String(file.checksum.value).slice(1)}`.replace(/^00/, '11')), { fixChecksum: false }), outcome: { refused: CHECKSUM } },
  { name: 'a note changed after the file was made', text: () => spoiled((file) => (record(file, 'annotations').note = 'Later gewijzigd'), { fixChecksum: false }), outcome: { refused: CHECKSUM } },
  { name: 'a record removed, counts adjusted, checksum not', text: () => spoiled((file) => file.tables.annotations!.pop(), { fixChecksum: false }), outcome: { refused: CHECKSUM } },
  { name: 'the checksum in capitals', text: () => spoiled((file) => (file.checksum.value = String(file.checksum.value).toUpperCase()), { fixChecksum: false }), outcome: { refused: 'In de reservekopie: het veld ‘checksum.value’ heeft een ongeldige waarde.' } },
  { name: 'another checksum algorithm', text: () => spoiled((file) => (file.checksum.algorithm = 'MD5')), outcome: { refused: 'In de reservekopie: het veld ‘checksum.algorithm’ heeft een ongeldige waarde.' } },
  { name: 'no checksum', text: () => spoiled((file) => delete (file as Partial<Json>).checksum, { fixChecksum: false }), outcome: { refused: 'In de reservekopie: het veld ‘checksum’ ontbreekt.' } },
  {
    name: 'an unknown table',
    text: () => spoiled((file) => (file.tables.wachtwoorden = [{ id: 'x' }])),
    outcome: { refused: 'De reservekopie bevat een onbekende tabel ‘wachtwoorden’; deze versie van Leestafel Leusden kan die niet terugzetten.' },
  },
  { name: 'a missing table', text: () => spoiled((file) => delete file.tables.trash), outcome: { refused: 'De tabel ‘trash’ ontbreekt in de reservekopie.' } },
  { name: 'a table that is not a list', text: () => spoiled((file) => ((file.tables as Record<string, unknown>).meetings = {})), outcome: { refused: 'De tabel ‘meetings’ moet een lijst zijn.' } },
  {
    name: 'duplicate annotation ids',
    text: () => spoiled((file) => (record(file, 'annotations', 1).id = 'file-a-1')),
    outcome: { refused: 'De reservekopie is niet in orde: de aantekening ‘file-a-1’ staat er twee keer in.' },
  },
  {
    name: 'the same setting twice',
    text: () => spoiled((file) => file.tables.settings!.push({ key: 'fontScale', value: 2 })),
    outcome: { refused: 'De reservekopie is niet in orde: de instelling ‘fontScale’ staat er twee keer in.' },
  },
  { name: 'a note that is a number', text: () => spoiled((file) => (record(file, 'annotations').note = 42)), outcome: { refused: 'In de 1e aantekening van de reservekopie: het veld ‘note’ moet tekst zijn.' } },
  { name: 'a question order that is text', text: () => spoiled((file) => (record(file, 'questions').order = '1')), outcome: { refused: 'In de 1e vraag van de reservekopie: het veld ‘order’ moet een getal zijn.' } },
  { name: 'tags that are not a list', text: () => spoiled((file) => (record(file, 'annotations', 1).tags = 'jeugd')), outcome: { refused: 'In de 2e aantekening van de reservekopie: het veld ‘tags’ moet een lijst zijn.' } },
  { name: 'an unknown kind of vergadering', text: () => spoiled((file) => (record(file, 'meetings').kind = 'gemeenteraad')), outcome: { refused: 'In de 1e vergadering van de reservekopie: het veld ‘kind’ heeft een ongeldige waarde.' } },
  { name: 'an unknown colour', text: () => spoiled((file) => (record(file, 'annotations').color = 'paars')), outcome: { refused: 'In de 1e aantekening van de reservekopie: het veld ‘color’ heeft een ongeldige waarde.' } },
  { name: 'a negative updatedAt', text: () => spoiled((file) => (record(file, 'meetings').updatedAt = -1)), outcome: { refused: 'In de 1e vergadering van de reservekopie: het veld ‘updatedAt’ heeft een ongeldige waarde.' } },
  {
    name: 'a text position that is not a whole number',
    text: () => spoiled((file) => ((record(file, 'annotations').target as { position: { start: number } }).position.start = 1.5)),
    outcome: { refused: 'In de 1e aantekening van de reservekopie: het veld ‘target.position.start’ heeft een ongeldige waarde.' },
  },
  { name: 'a question without status', text: () => spoiled((file) => delete record(file, 'questions').status), outcome: { refused: 'In de 1e vraag van de reservekopie: het veld ‘status’ ontbreekt.' } },
  {
    name: 'a quote without its text',
    text: () => spoiled((file) => delete (record(file, 'annotations').target as { quote: Partial<{ exact: string }> }).quote.exact),
    outcome: { refused: 'In de 1e aantekening van de reservekopie: het veld ‘target.quote.exact’ ontbreekt.' },
  },
  {
    name: 'an unknown field in an agendapunt',
    text: () => spoiled((file) => (record(file, 'agendaItems').geheim = 'x')),
    outcome: { refused: 'In het 1e agendapunt van de reservekopie: het veld ‘geheim’ is onbekend; deze versie van Leestafel Leusden kan het niet terugzetten.' },
  },
  {
    name: 'an unknown field named in HTML (shown as text)',
    text: () => spoiled((file) => (record(file, 'meetings')['<b onmouseover=alert(1)>x</b>'] = 1)),
    outcome: { refused: 'In de 1e vergadering van de reservekopie: het veld ‘<b onmouseover=alert(1)>x</b>’ is onbekend; deze versie van Leestafel Leusden kan het niet terugzetten.' },
  },
  {
    name: 'a __proto__ key in a record',
    text: () => withRawMember('record', '"__proto__":{"polluted":true}'),
    outcome: { refused: 'In de 1e aantekening van de reservekopie: het veld ‘__proto__’ is onbekend; deze versie van Leestafel Leusden kan het niet terugzetten.' },
  },
  { name: 'a __proto__ key in the file', text: () => withRawMember('top', '"__proto__":{"polluted":true}'), outcome: { refused: 'In de reservekopie: het veld ‘__proto__’ is onbekend; deze versie van Leestafel Leusden kan het niet terugzetten.' } },
  {
    name: 'a __proto__ table',
    text: () => withRawMember('tables', '"__proto__":[{"polluted":true}]'),
    outcome: { refused: 'De reservekopie bevat een onbekende tabel ‘__proto__’; deze versie van Leestafel Leusden kan die niet terugzetten.' },
  },
  {
    name: 'a constructor table',
    text: () => withRawMember('tables', '"constructor":{"prototype":{"polluted":true}}'),
    outcome: { refused: 'De reservekopie bevat een onbekende tabel ‘constructor’; deze versie van Leestafel Leusden kan die niet terugzetten.' },
  },
  { name: 'an unknown setting', text: () => spoiled((file) => file.tables.settings!.push({ key: 'apiKey', value: 'x' })), outcome: { refused: 'In de 2e instelling van de reservekopie: het veld ‘key’ heeft een ongeldige waarde.' } },
  { name: 'a profile that is text', text: () => spoiled((file) => file.tables.settings!.push({ key: 'profile', value: 'Anna' })), outcome: { refused: 'In de 2e instelling van de reservekopie: het veld ‘value’ moet een object zijn.' } },
  { name: 'an unknown fact about the database', text: () => spoiled((file) => file.tables.meta!.push({ key: 'owner', value: 'x' })), outcome: { refused: 'In het 1e gegeven over de database van de reservekopie: het veld ‘key’ heeft een ongeldige waarde.' } },
  { name: 'a negative count', text: () => spoiled((file) => (file.counts.meetings = -1), { fixCounts: false }), outcome: { refused: 'In de reservekopie: het veld ‘counts.meetings’ heeft een ongeldige waarde.' } },
  { name: 'a count as text', text: () => spoiled((file) => (file.counts.questions = '1'), { fixCounts: false }), outcome: { refused: 'In de reservekopie: het veld ‘counts.questions’ moet een getal zijn.' } },
  {
    name: 'counts that do not match the records',
    text: () => spoiled((file) => (file.counts.annotations = 412), { fixCounts: false }),
    outcome: { refused: 'De aantallen in de reservekopie kloppen niet: er staan 2 aantekeningen in, maar het bestand noemt er 412. Het bestand is bewerkt of beschadigd.' },
  },
  { name: 'a date that is no date', text: () => spoiled((file) => (file.exportedAt = 'gisteren')), outcome: { refused: 'In de reservekopie: het veld ‘exportedAt’ heeft een ongeldige waarde.' } },
  { name: 'schema version 0', text: () => spoiled((file) => (file.schemaVersion = 0)), outcome: { refused: 'In de reservekopie: het veld ‘schemaVersion’ heeft een ongeldige waarde.' } },
  { name: 'an unknown member in the file', text: () => spoiled((file) => (file.opmerking = 'handmatig')), outcome: { refused: 'In de reservekopie: het veld ‘opmerking’ is onbekend; deze versie van Leestafel Leusden kan het niet terugzetten.' } },
  {
    name: 'a 100 MB file',
    text: () => `{"format":"leestafel-reservekopie","opvulling":"${'x'.repeat(100 * 1024 * 1024)}"}`,
    outcome: { refused: 'Dit bestand is te groot voor een reservekopie (101 MB; de grens is 50 MB).' },
  },
  { name: '100000 nested arrays', text: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, outcome: { refused: `${NOT_OURS} Het is veel te diep genest.` } },
  {
    name: '100000 nested arrays inside the tags of a valid file',
    text: async () => (await spoiled(() => {})).replace('"tags":["jeugd"]', `"tags":${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    outcome: { refused: `${NOT_OURS} Het is veel te diep genest.` },
  },
  {
    name: 'a brace inside a text does not count as nesting',
    text: async () => {
      const tables = validTables();
      tables.annotations[0]!.note = '['.repeat(1000) + '{'.repeat(1000) + '\\"[';
      return (await fileOf(tables)).text;
    },
    outcome: { applied: (tables) => expect(tables.annotations.find((a) => a.id === 'file-a-1')?.note).toBe(`${'['.repeat(1000)}${'{'.repeat(1000)}\\"[`) },
  },
  {
    name: 'a byte order mark in front (valid)',
    text: async () => `\uFEFF${(await fileOf(validTables())).text}`,
    outcome: { applied: (tables) => expect(tables.meetings.map((m) => m.id)).toContain('file-m-1') },
  },
  {
    name: 'a newer minor format version that adds nothing used (valid)',
    text: () => spoiled((file) => (file.formatVersion = '1.7')),
    outcome: { applied: (tables) => expect(tables.questions.map((q) => q.id)).toContain('file-q-1') },
  },
  {
    name: 'HTML in notes and questions (valid, stored as text)',
    text: async () => {
      const tables = validTables();
      tables.annotations[0]!.note = HOSTILE_HTML;
      tables.questions[0]!.question = HOSTILE_HTML;
      tables.annotations[1]!.tags = ['<i>tag</i>', '"><svg onload=alert(1)>'];
      return (await fileOf(tables)).text;
    },
    outcome: {
      applied: (tables) => {
        expect(tables.annotations.find((a) => a.id === 'file-a-1')?.note).toBe(HOSTILE_HTML);
        expect(tables.questions.find((q) => q.id === 'file-q-1')?.question).toBe(HOSTILE_HTML);
        expect(tables.annotations.find((a) => a.id === 'file-a-2')?.tags).toEqual(['<i>tag</i>', '"><svg onload=alert(1)>']);
      },
    },
  },
  {
    name: 'RTL overrides and isolates in names (valid, stored as text)',
    text: async () => {
      const tables = validTables();
      tables.meetings[0]!.name = RTL_OVERRIDE;
      tables.agendaItems[0]!.title = `\u202E${HOSTILE_HTML}`;
      return (await fileOf(tables)).text;
    },
    outcome: {
      applied: (tables) => {
        expect(tables.meetings.find((m) => m.id === 'file-m-1')?.name).toBe(RTL_OVERRIDE);
        expect(tables.agendaItems.find((i) => i.id === 'file-ag-1')?.title).toBe(`\u202E${HOSTILE_HTML}`);
      },
    },
  },
];

function withoutFileRecords(tables: ReservekopieTables, file: Reservekopie): ReservekopieTables {
  const fileKeys = new Set(Object.values(file.tables).flatMap((records: object[]) => records.map((r) => JSON.stringify(Object.values(r)[0]))));
  const keep = <R extends object>(records: R[]) => records.filter((r) => !fileKeys.has(JSON.stringify(Object.values(r)[0])));
  return {
    annotations: keep(tables.annotations),
    meetings: keep(tables.meetings),
    agendaItems: keep(tables.agendaItems),
    questions: keep(tables.questions),
    settings: tables.settings,
    readingPositions: keep(tables.readingPositions),
    trash: keep(tables.trash),
    meta: tables.meta,
    imports: keep(tables.imports),
    sharedQuestions: keep(tables.sharedQuestions),
  };
}

describe(`${cases.length} bad or strange reservekopie files`, () => {
  it('is a corpus of at least 40 files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  cases.forEach((testCase, index) => {
    it(`file ${index + 1}/${cases.length}: ${testCase.name}`, async () => {
      const database = freshDatabase();
      await fillLikeARaadslid(database);
      const before = await readAllTables(database);
      const result = await parseReservekopie(await testCase.text());
      if ('refused' in testCase.outcome) {
        expect(result.ok ? 'applied' : result.message).toEqual(testCase.outcome.refused instanceof RegExp ? expect.stringMatching(testCase.outcome.refused) : testCase.outcome.refused);
        expect(await readAllTables(database)).toEqual(before);
      } else {
        if (!result.ok) throw new Error(`refused: ${result.message}`);
        await mergeReservekopie(result.reservekopie, database);
        const after = await readAllTables(database);
        testCase.outcome.applied(after);
        // Everything that was there is unchanged; what was added is exactly the file's records.
        expect(withoutFileRecords(after, result.reservekopie)).toEqual({ ...before, settings: after.settings });
        expect(after.settings).toEqual(before.settings);
        expect(countTables(after).annotations).toBe(before.annotations.length + result.reservekopie.counts.annotations);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  it('refuses a file that is too large by its size alone, before reading it', () => {
    expect(sizeProblem(100 * 1024 * 1024)).toBe('Dit bestand is te groot voor een reservekopie (100 MB; de grens is 50 MB).');
    expect(sizeProblem(50 * 1024 * 1024)).toBeUndefined();
  });
});
