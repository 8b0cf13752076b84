// A query that names a document's title or kind ranks that document first: "begroting" puts
// the Programmabegroting above the beleidskader, whose blocks score higher on the word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import type { DocumentKind } from '../../../renderer/documents/model';
import { documentEntries } from '../../../renderer/search/document-entries';
import { documentsNamed, groupByDocument } from '../../../renderer/search/group-results';
import { buildDocumentIndex, type DocumentIndex } from '../../../renderer/search/index-options';
import { parseQuery } from '../../../renderer/search/parse-query';
import { searchDocuments } from '../../../renderer/search/search-documents';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../resources/documents/manifest.json'), 'utf8')) as { id: string; title: string; kind: DocumentKind }[];
const documents = manifest.map(({ id, title, kind }) => ({ id, title, kind }));
let index: DocumentIndex;

beforeAll(() => {
  index = buildDocumentIndex(convertAll(readSources()).flatMap((converted) => documentEntries(converted.model)));
});

describe('documentsNamed', () => {
  it('finds the documents whose title or kind holds every word, compounds included', () => {
    expect(documentsNamed(parseQuery('begroting'), documents)).toEqual(new Set(['begroting-domein-bestuur']));
    expect(documentsNamed(parseQuery('programmabegr'), documents)).toEqual(new Set(['begroting-domein-bestuur']));
    expect(documentsNamed(parseQuery('Kompas dienstverlening'), documents)).toEqual(new Set(['dienstverleningskompas-bijlage-1']));
    expect(documentsNamed(parseQuery('dienstverlening'), documents)).toEqual(new Set(['kadernota-2022-domein-3', 'dienstverleningskompas-bijlage-1']));
    expect(documentsNamed(parseQuery('achtergrond'), documents)).toEqual(new Set(['samenleving-voorop', 'dienstverleningskompas-bijlage-1']));
  });

  it('names nothing for a word in no title, or a word too short to mean one', () => {
    expect(documentsNamed(parseQuery('mantelzorgers'), documents)).toEqual(new Set());
    expect(documentsNamed(parseQuery('begroting 2017'), documents)).toEqual(new Set());
    expect(documentsNamed(parseQuery('in'), documents)).toEqual(new Set());
  });
});

describe('grouping with a named document', () => {
  it('puts the Programmabegroting first for "begroting", the rest by their best hit', () => {
    const found = searchDocuments(index, parseQuery('begroting'));
    const byScore = groupByDocument(found.hits, found).map((group) => group.documentId);
    expect(byScore[0]).toBe('beleidskader-sociaal-domein-2023-2026');
    const named = groupByDocument(found.hits, found, documentsNamed(parseQuery('begroting'), documents)).map((group) => group.documentId);
    expect(named).toEqual(['begroting-domein-bestuur', ...byScore.filter((id) => id !== 'begroting-domein-bestuur')]);
  });
});
