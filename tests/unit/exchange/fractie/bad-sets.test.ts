// Named bad files, each refused with its own Dutch sentence before anything is read into the
// database: other formats, damage, versions, duplicates, absurd values and selectors that point
// nowhere. Unknown members are ignored, as JSON-LD readers do.
import { describe, expect, it } from 'vitest';
import { buildFractieset } from '../../../../renderer/exchange/fractie/build';
import { parseFractieset } from '../../../../renderer/exchange/fractie/parse';
import type { Annotation } from '../../../../renderer/model/annotation';

const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden' };
const annotation: Annotation = {
  id: 'a9f1c2d3-0000-4000-8000-000000000001', documentId: 'kadernota-2022-domein-3', documentVersion: 'abc',
  target: { quote: { type: 'TextQuoteSelector', exact: 'Leusden', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 17 } },
  color: 'geel', note: 'n', tags: [], visibility: 'fractie', author, createdAt: Date.UTC(2026, 10, 1), updatedAt: Date.UTC(2026, 10, 2),
};
const good = () =>
  JSON.parse(
    buildFractieset({
      author, annotations: [annotation], questions: [], meetings: [], agendaItems: [],
      scope: { documentIds: ['kadernota-2022-domein-3'], includesPrivate: false, includesQuestions: false }, appVersion: '0.1.0', now: new Date(Date.UTC(2026, 11, 4)),
    }).text,
  );
const item = (file: ReturnType<typeof good>) => file.first.items[0];

const cases: [string, () => string, string][] = [
  ['empty', () => '', 'Het bestand is leeg.'],
  ['not JSON', () => 'aantekeningen: 3', 'geen geldige JSON'],
  ['truncated', () => JSON.stringify(good()).slice(0, 300), 'geen geldige JSON'],
  ['a reservekopie', () => JSON.stringify({ format: 'leestafel-reservekopie', formatVersion: '1.1', tables: {} }), 'Dit is een reservekopie'],
  ['a Hypothesis export', () => JSON.stringify({ export_date: '2024-03-01', export_userid: 'acct:anna@hypothes.is', annotations: [] }), 'Dit lijkt een export van Hypothesis'],
  ['a Hypothesis array', () => JSON.stringify([{ uri: 'https://example.org', user: 'acct:anna@hypothes.is' }]), 'Dit lijkt een export van Hypothesis'],
  ['other JSON', () => JSON.stringify({ hello: 'world' }), 'geen set aantekeningen van Leestafel Leusden'],
  ['a future major version', () => JSON.stringify({ ...good(), 'leestafel:formatVersion': '2.0' }), 'formaatversie 2.0, die deze versie van Leestafel Leusden niet kan lezen'],
  ['too large', () => 'x'.repeat(20 * 1024 * 1024 + 1), 'te groot voor een set aantekeningen (21 MB; de grens is 20 MB)'],
  ['deep nesting', () => `${'['.repeat(100)}${']'.repeat(100)}`, 'veel te diep genest'],
  ['duplicate ids', () => { const file = good(); file.first.items.push(item(file)); return JSON.stringify(file); }, 'staat er twee keer in'],
  ['a date in 1900', () => { const file = good(); item(file).created = '1900-01-01T00:00:00.000Z'; return JSON.stringify(file); }, 'een datum buiten 2000–2100'],
  ['a date that is none', () => { const file = good(); item(file).modified = 'gisteren'; return JSON.stringify(file); }, 'geen geldige datum en tijd'],
  ['an unknown colour', () => { const file = good(); item(file)['leestafel:annotation'].color = 'paars'; return JSON.stringify(file); }, 'onbekende kleur'],
  ['an end before its start', () => { const file = good(); item(file).target.selector[1] = { type: 'TextPositionSelector', start: 17, end: 10 }; return JSON.stringify(file); }, 'nergens naar wijst'],
  ['no selectors', () => { const file = good(); delete item(file).target.selector; return JSON.stringify(file); }, 'wijst dus nergens naar'],
  ['an empty quote', () => { const file = good(); item(file).target.selector[0].exact = ''; return JSON.stringify(file); }, 'nergens naar wijst'],
  ['a negative position', () => { const file = good(); item(file).target.selector[1].start = -5; return JSON.stringify(file); }, 'nergens naar wijst'],
  ['an unknown motivation', () => { const file = good(); item(file).motivation = 'bookmarking'; return JSON.stringify(file); }, 'een onbekende motivatie'],
  ['a note of 200,000 characters', () => { const file = good(); item(file).body[0].value = 'x'.repeat(200_000); return JSON.stringify(file); }, 'tekst langer dan 100000 tekens'],
  ['a source outside the app', () => { const file = good(); item(file).target.source = 'https://example.org/doc'; return JSON.stringify(file); }, 'hoort niet bij een stuk van Leestafel Leusden'],
  ['a question without vergadering', () => { const file = good(); item(file).motivation = 'questioning'; return JSON.stringify(file); }, 'een vraag zonder vergadering'],
  ['an author without a name', () => { const file = good(); file.creator.name = ''; return JSON.stringify(file); }, 'een auteur zonder naam'],
];

describe(`${cases.length} bad fractiesets`, () => {
  it.each(cases)('refuses %s with its Dutch message', (_name, make, message) => {
    const parsed = parseFractieset(make());
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  it('ignores members it does not know and takes out bidi and control characters of names, notes and tags', () => {
    const file = good();
    file.extra = { anything: true };
    item(file).unknown = 42;
    file.creator.name = 'Anna\u202E de Vries\u0007';
    item(file).creator = { type: 'Person', name: 'Anna\u202E de Vries\u0007', 'leestafel:fractie': 'Fractie Leusden' };
    item(file).body = [{ type: 'TextualBody', purpose: 'commenting', value: 'zie \u2066p. 4\u2069' }, { type: 'TextualBody', purpose: 'tagging', value: '\u202Earmoede' }];
    const parsed = parseFractieset(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.set.author.naam).toBe('Anna de Vries');
    expect(parsed.set.annotations[0]).toMatchObject({ note: 'zie p. 4', tags: ['armoede'], author: { naam: 'Anna de Vries' } });
  });
});
