/**
 * Seeded annotations on real passages of the bundled documents, for the benches that need a
 * raadslid's years of work: the fractieset export and import (bench-fractie.ts), the first
 * text painted with many annotations stored (bench.ts), and the passages of the reservekopie's
 * data (bench-reservekopie.ts). Seeded, so every run has the same data.
 */
import { blockAt, buildAnchorText, type AnchorText } from '../renderer/anchoring/anchor-text';
import { describeRange } from '../renderer/anchoring/selectors';
import type { DocumentModel } from '../renderer/documents/model';
import { COLORS, FLAGS, type Annotation } from '../renderer/model/annotation';
import type { Author } from '../renderer/model/author';
import type { TextTarget } from '../renderer/model/text-target';

/** A small seeded random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One try at a passage of 3–25 whole words in the block at a random place of `anchor`'s text;
 * undefined when that block is too short (try again: every try draws the same way).
 */
export function randomPassage(anchor: AnchorText, next: () => number): TextTarget | undefined {
  const span = blockAt(anchor, Math.floor(next() * anchor.text.length));
  if (!span) return undefined;
  const words = [...anchor.text.slice(span.start, span.end).matchAll(/\S+/g)];
  const length = 3 + Math.floor(next() * 23);
  if (words.length <= length) return undefined;
  const first = Math.floor(next() * (words.length - length));
  const last = words[first + length - 1]!;
  return describeRange(anchor.text, span.start + words[first]!.index!, span.start + last.index! + last[0].length, span.id);
}

const TAGS = ['armoede', 'minima', 'jeugd', 'wmo', 'participatie', 'financiën', 'wonen', 'zorg', 'begroting', 'toezegging'];
const NOTES = ['Hoeveel huishoudens gaat dit precies om?', 'Navragen bij de wethouder: structureel of incidenteel?', 'Vergelijken met vorig jaar.', ''];

/**
 * `count` annotations by `author` on passages of 3–25 words; `onDocument` puts that many of them
 * on one document (the rest spread over the others). Every one is marked Fractie.
 */
export function seededAnnotations(models: readonly DocumentModel[], count: number, author: Author, onDocument?: { id: string; count: number }, seed = 2026): Annotation[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const texts = models.map((model) => ({ model, anchor: buildAnchorText(model) }));
  const focus = texts.find((text) => text.model.id === onDocument?.id);
  const others = texts.filter((text) => text !== focus);
  const base = 1_780_000_000_000;
  return Array.from({ length: count }, (_, n) => {
    const { model, anchor } = focus && n < onDocument!.count ? focus : pick(others.length > 0 ? others : texts);
    for (;;) {
      const target = randomPassage(anchor, next);
      if (!target) continue;
      const createdAt = base + Math.floor(next() * 9_000_000_000);
      const roll = next();
      return {
        id: `${n.toString(16).padStart(8, '0')}-4b1d-4c2a-9e3f-${Math.floor(next() * 2 ** 48).toString(16).padStart(12, '0')}`,
        documentId: model.id,
        documentVersion: model.version,
        target,
        color: pick(COLORS.entries).code,
        ...(roll < 0.25 ? { flag: pick(FLAGS.entries).code } : {}),
        note: pick(NOTES),
        tags: roll < 0.5 ? [pick(TAGS)] : [],
        visibility: 'fractie',
        author,
        createdAt,
        updatedAt: createdAt + Math.floor(next() * 1_000_000_000),
      };
    }
  });
}
