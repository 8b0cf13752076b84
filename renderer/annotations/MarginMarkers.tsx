/**
 * Margin markers: a button per annotation beside the block where it starts, named by its
 * flag ("Technische vraag") or else by its colour ("Markering geel"). They are how keyboard
 * and screen-reader users find and open annotations in the text.
 */
import { useLayoutEffect, useMemo, useState } from 'react';
import type { AnchoredAnnotation } from '../anchoring/anchor-all';
import { blockAt, type AnchorText } from '../anchoring/anchor-text';
import { COLORS, FLAGS } from '../model/annotation';
import { initialsOf } from '../model/shared';

interface MarginMarkersProps {
  article: HTMLElement;
  anchorText: AnchorText;
  anchored: readonly AnchoredAnnotation[];
  activeId?: string;
  onOpen: (id: string) => void;
}

interface MarkerGroup {
  blockId: string;
  items: AnchoredAnnotation[];
}

/** The accessible name and visible text of an annotation's marker. */
export function markerLabel(item: AnchoredAnnotation): string {
  const { flag, color, origin, author } = item.annotation;
  const label = flag ? FLAGS.label(flag) : `Markering ${COLORS.label(color).toLowerCase()}`;
  // A fractie member's annotation carries their initials, so it is never taken for one's own.
  return origin ? `${initialsOf(author.naam)} · ${label}` : label;
}

/** Groups anchored annotations (in reading order) by the block they start in. */
export function groupByBlock(anchorText: AnchorText, anchored: readonly AnchoredAnnotation[]): MarkerGroup[] {
  const groups: MarkerGroup[] = [];
  for (const item of anchored) {
    const blockId = blockAt(anchorText, item.start)?.id;
    if (!blockId) continue;
    const last = groups[groups.length - 1];
    if (last?.blockId === blockId) last.items.push(item);
    else groups.push({ blockId, items: [item] });
  }
  return groups;
}

/** The column of markers to the right of the article, each group level with its block. */
export function MarginMarkers({ article, anchorText, anchored, activeId, onOpen }: MarginMarkersProps) {
  const groups = useMemo(() => groupByBlock(anchorText, anchored), [anchorText, anchored]);
  const [layout, setLayout] = useState<{ left: number; tops: Map<string, number> }>();

  useLayoutEffect(() => {
    function measure() {
      const tops = new Map<string, number>();
      for (const group of groups) {
        const block = article.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(group.blockId)}"]`);
        if (block) tops.set(group.blockId, block.getBoundingClientRect().top - (article.offsetParent?.getBoundingClientRect().top ?? 0));
      }
      setLayout({ left: article.offsetLeft + article.offsetWidth, tops });
    }
    measure();
    // Text size and window width move the blocks.
    const observer = new ResizeObserver(measure);
    observer.observe(article);
    return () => observer.disconnect();
  }, [article, groups]);

  if (!layout || groups.length === 0) return null;
  return (
    <div className="annotation-margin" style={{ left: layout.left }}>
      {groups.map((group) => (
        <div key={group.blockId} className="annotation-marker-group" style={{ top: layout.tops.get(group.blockId) ?? 0 }}>
          {group.items.map((item) => (
            <button
              key={item.annotation.id}
              type="button"
              className={`annotation-marker color-${item.annotation.color}${item.annotation.origin ? ' annotation-marker-shared' : ''}`}
              title={item.annotation.origin ? `Van ${item.annotation.author.naam}` : undefined}
              aria-expanded={item.annotation.id === activeId}
              data-annotation-id={item.annotation.id}
              onClick={() => onOpen(item.annotation.id)}
            >
              {markerLabel(item)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
