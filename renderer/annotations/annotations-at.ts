/** Which annotations cover a point of the text: what a click on a highlight opens. */
import type { AnchoredAnnotation } from '../anchoring/anchor-all';

/** The annotations covering anchor offset `at`, the shortest (innermost) first. */
export function annotationsAt(anchored: readonly AnchoredAnnotation[], at: number): AnchoredAnnotation[] {
  return anchored
    .filter((a) => a.start <= at && at < a.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
