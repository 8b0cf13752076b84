/**
 * What the annotations panel lists, as pure functions: the filter by flag, colour, tag and
 * author, the two sort orders (reading order and last change), and the choices the filter
 * selects offer. No React, no DOM, so the rules are unit-tested on plain records.
 */
import type { AnchorStatus } from '../anchoring/anchor';
import type { Annotation, ColorCode, FlagCode } from '../model/annotation';
import type { Author } from '../model/author';
import { onFirstUse } from '../locale/on-first-use';

/** One entry of the panel: an annotation and, when it is placed in the open document, where. */
export interface PanelItem {
  annotation: Annotation;
  /** Where it sits in the open document's anchor text; absent for other documents. */
  placement?: { status: AnchorStatus; start: number; end: number };
}

/** The filter value that means "no flag". */
export const NO_FLAG = 'geen';

/** The panel's filter; an empty string means "any". */
export interface AnnotationFilter {
  flag: FlagCode | typeof NO_FLAG | '';
  color: ColorCode | '';
  tag: string;
  /** An authorKey(), or ''. */
  author: string;
}

/** The filter that lets everything through. */
export const NO_FILTER: AnnotationFilter = { flag: '', color: '', tag: '', author: '' };

/** Reading order (by document, then place in the text) or last change, newest first. */
export type SortOrder = 'position' | 'date';

/** How an author is shown and filtered on: "Naam (Fractie)", or the naam alone. */
export function authorKey(author: Author): string {
  return author.fractie.trim() === '' ? author.naam : `${author.naam} (${author.fractie})`;
}

/** Whether an annotation passes every part of the filter. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  if (filter.flag === NO_FLAG ? annotation.flag !== undefined : filter.flag !== '' && annotation.flag !== filter.flag) {
    return false;
  }
  if (filter.color !== '' && annotation.color !== filter.color) return false;
  if (filter.tag !== '' && !annotation.tags.includes(filter.tag)) return false;
  if (filter.author !== '' && authorKey(annotation.author) !== filter.author) return false;
  return true;
}

/** Whether any part of the filter is set. */
export function isFiltering(filter: AnnotationFilter): boolean {
  return filter.flag !== '' || filter.color !== '' || filter.tag !== '' || filter.author !== '';
}

function placeOf(item: PanelItem): number {
  return item.placement?.start ?? item.annotation.target.position.start;
}

/**
 * The items in the chosen order, as a new array. By position: grouped by document in the
 * order `documentOrder` gives (unknown documents last, by id), then by place in the text;
 * by date: the most recently changed first.
 */
export function sortItems(items: readonly PanelItem[], order: SortOrder, documentOrder: readonly string[] = []): PanelItem[] {
  const rank = (id: string) => {
    const index = documentOrder.indexOf(id);
    return index === -1 ? documentOrder.length : index;
  };
  return [...items].sort((a, b) => {
    if (order === 'date') {
      return b.annotation.updatedAt - a.annotation.updatedAt || a.annotation.id.localeCompare(b.annotation.id);
    }
    const da = a.annotation.documentId;
    const dbId = b.annotation.documentId;
    return (
      rank(da) - rank(dbId) ||
      (da === dbId ? 0 : da.localeCompare(dbId)) ||
      placeOf(a) - placeOf(b) ||
      a.annotation.createdAt - b.annotation.createdAt
    );
  });
}

const collator = onFirstUse(() => new Intl.Collator('nl-NL', { sensitivity: 'base' }));

/** The tags and authors that occur in the annotations, each once, in Dutch alphabetical order. */
export function filterChoices(annotations: readonly Annotation[]): { tags: string[]; authors: string[] } {
  const tags = new Set<string>();
  const authors = new Set<string>();
  for (const annotation of annotations) {
    for (const tag of annotation.tags) tags.add(tag);
    authors.add(authorKey(annotation.author));
  }
  const { compare } = collator();
  return { tags: [...tags].sort(compare), authors: [...authors].sort(compare) };
}
