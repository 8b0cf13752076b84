// The top-k search over MiniSearch's serialised index: limits, ties, groups, and scratch state
// that never leaks from one query into the next.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { RankedIndex, type TermQuery } from '../../../renderer/search/ranked-index';
import { tokenize } from '../../../renderer/search/tokenize';

interface Doc {
  id: string;
  group: number;
  text: string;
}

// Three groups (documents) of consecutive blocks; "armoede" in six blocks with equal weight in
// four of them (the same sentence), so a cut-off falls inside a tie.
const DOCS: Doc[] = [
  { id: 'a1', group: 0, text: 'armoede in leusden' },
  { id: 'a2', group: 0, text: 'armoede in leusden' },
  { id: 'a3', group: 0, text: 'schuldhulpverlening en armoedebeleid' },
  { id: 'b1', group: 1, text: 'armoede in leusden' },
  { id: 'b2', group: 1, text: 'jeugdzorg en armoede bij kinderen in de gemeente leusden' },
  { id: 'c1', group: 2, text: 'armoede in leusden' },
  { id: 'c2', group: 2, text: 'sport en bewegen' },
];

function makeIndex(): RankedIndex {
  const miniSearch = new MiniSearch<Doc>({ fields: ['text'], tokenize, processTerm: (term) => term });
  miniSearch.addAll(DOCS);
  return new RankedIndex(miniSearch.toJSON(), DOCS.map((d) => d.id), Int32Array.from(DOCS.map((d) => d.group)), { text: 1 });
}

const word = (term: string, prefix = false): TermQuery => ({ term, prefix, fuzzy: 0 });
const ids = (docs: number[]) => docs.map((doc) => DOCS[doc]!.id);

describe('RankedIndex', () => {
  it('returns the best blocks up to the limit, equal scores in block order, and counts them all', () => {
    const index = makeIndex();
    const all = index.search([word('armoede')], { limit: Infinity });
    expect(ids(all.docs)).toEqual(['a1', 'a2', 'b1', 'c1', 'b2']);
    expect(all.total).toBe(5);
    const best = index.search([word('armoede')], { limit: 3 });
    // Four blocks share the best score: the first three in block order make the cut.
    expect(ids(best.docs)).toEqual(['a1', 'a2', 'b1']);
    expect(best.scores).toEqual(all.scores.slice(0, 3));
    expect(best.total).toBe(5);
    expect(best.groupCount).toBe(3);
    expect([...best.countByGroup]).toEqual([2, 2, 1]);
  });

  it('matches a prefix through every term that starts with it, and all words together', () => {
    const index = makeIndex();
    const prefix = index.search([word('armoede', true)], { limit: 10 });
    expect(ids(prefix.docs).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
    expect(prefix.matchedTerms.sort()).toEqual(['armoede', 'armoedebeleid']);
    const both = index.search([word('leusden'), word('kinderen')], { limit: 10 });
    expect(ids(both.docs)).toEqual(['b2']);
    expect(index.search([word('armoede'), word('sport')], { limit: 10 }).total).toBe(0);
    expect(index.search([word('onbekend')], { limit: 10 })).toMatchObject({ docs: [], total: 0 });
  });

  it('searches only the allowed groups and applies the last check', () => {
    const index = makeIndex();
    const inB = index.search([word('armoede')], { limit: 10, allowedGroups: Uint8Array.from([0, 1, 0]) });
    expect(ids(inB.docs)).toEqual(['b1', 'b2']);
    expect([...inB.countByGroup]).toEqual([0, 2, 0]);
    const checked = index.search([word('armoede')], { limit: 10, accept: (doc) => DOCS[doc]!.group !== 0 });
    expect(ids(checked.docs)).toEqual(['b1', 'c1', 'b2']);
    expect(checked.total).toBe(3);
  });

  it('leaves nothing behind for the next query, also when a check throws halfway', () => {
    const index = makeIndex();
    const fresh = () => makeIndex().search([word('armoede', true)], { limit: 4 });
    index.search([word('leusden'), word('armoede')], { limit: 2 });
    index.search([word('armoede')], { limit: 1, accept: (doc) => doc > 2 });
    let calls = 0;
    expect(() =>
      index.search([word('in'), word('armoede', true)], {
        limit: 2,
        accept: () => {
          calls += 1;
          if (calls === 2) throw new Error('kapot');
          return true;
        },
      }),
    ).toThrow('kapot');
    expect(index.search([word('armoede', true)], { limit: 4 })).toEqual(fresh());
  });
});
