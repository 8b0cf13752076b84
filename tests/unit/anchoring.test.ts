// Re-anchoring annotations on the real beleidskader after the text changed.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../scripts/convert-all';
import { anchorTarget } from '../../renderer/annotations/anchor';
import { blockAt, buildAnchorText } from '../../renderer/annotations/anchor-text';
import { describeRange } from '../../renderer/annotations/selectors';
import type { DocumentModel, ParagraphBlock } from '../../renderer/documents/model';

const original = convertAll(readSources()).find((c) => c.model.id === 'beleidskader-sociaal-domein-2023-2026')!.model;
const originalText = buildAnchorText(original);

/** An annotation on the first occurrence of `words` in the original document. */
function annotate(words: string) {
  const start = originalText.text.indexOf(words);
  expect(start, words).toBeGreaterThan(-1);
  return describeRange(originalText.text, start, start + words.length, blockAt(originalText, start)!.id);
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

function blockTextOf(block: DocumentModel['blocks'][number]): string {
  return block.kind === 'paragraph' ? block.text : '';
}
