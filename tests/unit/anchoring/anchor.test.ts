// Re-anchoring annotations on the real beleidskader after the text changed.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import { anchorTarget } from '../../../renderer/anchoring/anchor';
import { blockAt, buildAnchorText } from '../../../renderer/anchoring/anchor-text';
import { describeRange } from '../../../renderer/anchoring/selectors';
import type { DocumentModel, ParagraphBlock } from '../../../renderer/documents/model';

const original = convertAll(readSources()).find((c) => c.model.id === 'beleidskader-sociaal-domein-2023-2026')!.model;
const originalText = buildAnchorText(original);

/** An annotation on the first occurrence of `words` in the original document. */
function annotate(words: string) {
  const start = originalText.text.indexOf(words);
  expect(start, words).toBeGreaterThan(-1);
  return describeRange(originalText.text, start, start + words.length, blockAt(originalText, start)!.id);
}

/** An annotation on the occurrence of `words` that comes `n` occurrences after the first. */
function annotateOccurrence(words: string, n: number) {
  let start = originalText.text.indexOf(words);
  for (let i = 0; i < n; i++) start = originalText.text.indexOf(words, start + 1);
  expect(start, words).toBeGreaterThan(-1);
  return describeRange(originalText.text, start, start + words.length, blockAt(originalText, start)!.id);
}

/** A new version of the document with one block (by id) changed or, for null, deleted. */
function editBlock(id: string, edit: (text: string) => string | null): DocumentModel {
  const blocks = original.blocks.flatMap((b) => {
    if (b.id !== id || b.kind !== 'paragraph') return [b];
    const text = edit(b.text);
    return text === null ? [] : [{ ...b, text } satisfies ParagraphBlock];
  });
  expect(blocks).not.toEqual(original.blocks);
  return { ...original, blocks };
}

/** The id of the block a placed annotation starts in. */
function placedBlock(model: DocumentModel, target: ReturnType<typeof annotate>): string | undefined {
  const anchorText = buildAnchorText(model);
  const result = anchorTarget(anchorText, target);
  return result.status === 'orphan' ? undefined : blockAt(anchorText, result.start)!.id;
}

/** A new version of the document with the paragraph containing `fragment` changed. */
function editParagraph(fragment: string, edit: (text: string) => string | null): DocumentModel {
  const blocks = original.blocks.flatMap((b) => {
    if (b.kind !== 'paragraph' || !b.text.includes(fragment)) return [b];
    const text = edit(b.text);
    return text === null ? [] : [{ ...b, text } satisfies ParagraphBlock];
  });
  expect(blocks).not.toEqual(original.blocks);
  return { ...original, blocks };
}

function placedText(model: DocumentModel, target: ReturnType<typeof annotate>): string | { status: 'orphan' } {
  const anchorText = buildAnchorText(model);
  const result = anchorTarget(anchorText, target);
  return result.status === 'orphan' ? result : anchorText.text.slice(result.start, result.end);
}

const QUOTE = 'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.';

describe('anchoring on the beleidskader', () => {
  it('finds an annotation exactly where it was in the same version', () => {
    const target = annotate(QUOTE);
    expect(anchorTarget(originalText, target)).toEqual({ status: 'exact', start: target.position.start, end: target.position.end });
  });

  it('follows the words when text is inserted before them', () => {
    const target = annotate(QUOTE);
    const edited = editParagraph(QUOTE, (t) => t.replace('In Leusden hebben minder mensen', 'In Leusden, zo blijkt uit de monitor, hebben minder mensen'));
    const result = anchorTarget(buildAnchorText(edited), target);
    expect(result.status).toBe('moved');
    expect(placedText(edited, target)).toBe(QUOTE);
  });

  it('lands on the changed words when words are inserted inside the quote', () => {
    const target = annotate(QUOTE);
    const edited = editParagraph(QUOTE, (t) => t.replace('8 procent van onze inwoners', '8 procent van al onze inwoners'));
    expect(anchorTarget(buildAnchorText(edited), target).status).toBe('approximate');
    expect(placedText(edited, target)).toBe('Zo’n 8 procent van al onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.');
  });

  it('lands on the remaining words when words are removed inside the quote', () => {
    const target = annotate(QUOTE);
    const edited = editParagraph(QUOTE, (t) => t.replace(' tot 130 procent van het sociaal minimum', ' tot het sociaal minimum'));
    expect(placedText(edited, target)).toBe('Zo’n 8 procent van onze inwoners heeft een inkomen tot het sociaal minimum.');
  });

  it('follows a paragraph that moved to another chapter', () => {
    const words = 'Rondkomen, wonen en veiligheid vormen een fundament in het leven.';
    const target = annotate(words);
    const moving = original.blocks.find((b) => b.kind === 'paragraph' && b.text.includes(words))!;
    const rest = original.blocks.filter((b) => b !== moving);
    const blocks = [...rest.slice(0, 400), moving, ...rest.slice(400)];
    const moved = { ...original, blocks };
    const anchorText = buildAnchorText(moved);
    const result = anchorTarget(anchorText, target);
    expect(result.status).toBe('moved');
    expect(placedText(moved, target)).toBe(words);
    expect(result.status !== 'orphan' && blockAt(anchorText, result.start)!.id).toBe(moving.id);
  });

  it('makes an orphan of an annotation whose passage was deleted, even when its words recur elsewhere', () => {
    const target = annotate('sportvereniging');
    const paragraph = original.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('sportvereniging'))!;
    const deleted = editParagraph(blockTextOf(paragraph), () => null);
    expect(buildAnchorText(deleted).text).toContain('sportvereniging');
    expect(placedText(deleted, target)).toEqual({ status: 'orphan' });
  });

  it('makes an orphan of a long quote whose paragraph was rewritten', () => {
    const target = annotate(QUOTE);
    const rewritten = editParagraph(QUOTE, (t) => t.replace(QUOTE, 'Het aandeel huishoudens met een laag inkomen is in Leusden kleiner dan in de regio.'));
    expect(placedText(rewritten, target)).toEqual({ status: 'orphan' });
  });
});

// Six chapters share the sentence below, each right after the heading "Uitgangspunten".
const RECURRING = 'Bij dit thema kiezen we voor een aantal (beleidsmatige) uitgangspunten, op basis waarvan we werken.';

describe('anchoring a sentence that recurs in every chapter', () => {
  it('recurs six times in the beleidskader', () => {
    expect(originalText.text.split(RECURRING).length - 1).toBe(6);
  });

  it('keeps an annotation in its own chapter when words inside the quote are removed there', () => {
    const target = annotateOccurrence('Bij dit thema kiezen we voor een aantal (beleidsmatige)', 1);
    const edited = editBlock(target.blockId!, (t) => t.replace('thema kiezen we', 'thema we'));
    expect(anchorTarget(buildAnchorText(edited), target).status).toBe('approximate');
    expect(placedText(edited, target)).toBe('Bij dit thema we voor een aantal (beleidsmatige)');
    expect(placedBlock(edited, target)).toBe(target.blockId);
  });

  it('keeps an unchanged short quote in its own chapter when its context was edited there', () => {
    const target = annotateOccurrence('voor een aantal (beleidsmatige)', 1);
    const edited = editBlock(target.blockId!, (t) => t.replace('thema kiezen we', 'thema we'));
    expect(anchorTarget(buildAnchorText(edited), target).status).toBe('moved');
    expect(placedText(edited, target)).toBe('voor een aantal (beleidsmatige)');
    expect(placedBlock(edited, target)).toBe(target.blockId);
  });

  it('follows its own occurrence when text added before it puts another occurrence in its old place', () => {
    const target = annotateOccurrence(RECURRING, 2);
    const previous = originalText.text.lastIndexOf(RECURRING, target.position.start - 1);
    // Added text as long as the distance between the two, less a few words.
    const sentence = 'Deze alinea is nieuw in deze versie van het beleidskader. ';
    const added: ParagraphBlock = { kind: 'paragraph', id: 'nieuw', lines: [0, 0], text: sentence.repeat(Math.floor((target.position.start - previous - 20) / sentence.length)) };
    const intro = original.blocks.findIndex((b) => b.kind === 'paragraph');
    const grown = { ...original, blocks: [...original.blocks.slice(0, intro), added, ...original.blocks.slice(intro)] };
    const grownText = buildAnchorText(grown).text;
    // The previous chapter's sentence now starts within a few words of the old position.
    expect(Math.abs(grownText.indexOf(RECURRING, target.position.start - 200) - target.position.start)).toBeLessThan(100);
    expect(anchorTarget(buildAnchorText(grown), target).status).toBe('moved');
    expect(placedText(grown, target)).toBe(RECURRING);
    expect(placedBlock(grown, target)).toBe(target.blockId);
  });

  it('makes an orphan of the sentence when its own paragraph was deleted, rather than moving it to another chapter', () => {
    const target = annotateOccurrence(RECURRING, 2);
    const deleted = editBlock(target.blockId!, () => null);
    expect(buildAnchorText(deleted).text.split(RECURRING).length - 1).toBe(5);
    expect(placedText(deleted, target)).toEqual({ status: 'orphan' });
  });
});

describe('anchoring a quote with words inserted inside it', () => {
  it('includes the end of the passage when words are inserted near its end', () => {
    const words = 'groepen zoals statushouders, vluchtelingen, inwoners met een beperking of';
    const target = annotate(words);
    const edited = editParagraph(words, (t) => t.replace('met een beperking', 'met een en bovendien beperking'));
    expect(anchorTarget(buildAnchorText(edited), target).status).toBe('approximate');
    expect(placedText(edited, target)).toBe('groepen zoals statushouders, vluchtelingen, inwoners met een en bovendien beperking of');
  });

  it('includes the whole passage when the inserted words are nearly as long as a short quote', () => {
    const words = 'we door een signaleringsnetwerk';
    const target = annotate(words);
    const edited = editParagraph('signaleringsnetwerk op te zetten', (t) => t.replace('door een signaleringsnetwerk', 'door een en bovendien signaleringsnetwerk'));
    expect(placedText(edited, target)).toBe('we door een en bovendien signaleringsnetwerk');
  });

  it('covers the whole first and last word when they were replaced', () => {
    const target = annotate(QUOTE);
    const first = editParagraph(QUOTE, (t) => t.replace('Zo’n 8 procent', 'Circa 8 procent'));
    expect(placedText(first, target)).toBe('Circa 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.');
    const words = 'van onze inwoners heeft een inkomen';
    const endsInAWord = annotate(words);
    const last = editParagraph(QUOTE, (t) => t.replace('een inkomen tot', 'een salaris tot'));
    expect(placedText(last, endsInAWord)).toBe('van onze inwoners heeft een salaris');
  });

  it('includes the start of the passage when words are inserted near its start', () => {
    const words = 'in Leusden uitnodigen en in staat';
    const target = annotate(words);
    const edited = editParagraph(words, (t) => t.replace('in Leusden uitnodigen', 'in Leusden en bovendien uitnodigen'));
    expect(placedText(edited, target)).toBe('in Leusden en bovendien uitnodigen en in staat');
  });
});

function blockTextOf(block: DocumentModel['blocks'][number]): string {
  return block.kind === 'paragraph' ? block.text : '';
}
