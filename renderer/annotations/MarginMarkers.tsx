/**
 * Margin markers: a button per annotation beside the block where it starts, named by its
 * flag ("Technische vraag") or else by its colour ("Markering geel"). They are how keyboard
 * and screen-reader users find and open annotations in the text (one tab stop each).
 * Where the window leaves no room beside the text column (a narrow window, 200 % zoom, the
 * panel open), the markers never lie over the text: they shrink to small coloured buttons in
 * a gutter the text gives up on its right (annotations.css, .annotation-margin-compact), their
 * names still read out and shown as a tooltip, and a flag's letters or a fractie member's
 * initials shown inside, so the colour is not all that tells them apart (WCAG 1.4.1).
 */
import { useEffect, useLayoutEffect, useMemo, useState, type CSSProperties } from 'react';
import type { AnchoredAnnotation } from '../anchoring/anchor-all';
import { blockAt, type AnchorText } from '../anchoring/anchor-text';
import { COLORS, FLAGS, type FlagCode } from '../model/annotation';
import { initialsOf } from '../model/shared';

interface MarginMarkersProps {
  article: HTMLElement;
  anchorText: AnchorText;
  anchored: readonly AnchoredAnnotation[];
  activeId?: string;
  onOpen: (id: string) => void;
  /** The annotation whose marker has the focus or the pointer (undefined: none), to show its passage. */
  onFocusMarker?: (id: string | undefined) => void;
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

// Short enough for the compact square; no two alike.
const FLAG_LETTERS: { readonly [F in FlagCode]: string } = {
  'technische-vraag': 'TV',
  'schriftelijke-vraag': 'SV',
  'motie-idee': 'M',
  'amendement-idee': 'A',
  'toezegging-controleren': 'TZ',
  belangrijk: 'B',
  onduidelijk: 'O',
};

/** What a compact marker shows inside its square: a fractie member's initials, else its flag's letters. */
export function markerLetters(item: AnchoredAnnotation): string {
  const { flag, origin, author } = item.annotation;
  if (origin) return initialsOf(author.naam);
  return flag ? FLAG_LETTERS[flag] : '';
}

/** The room the full markers need beside the text column (the width of .annotation-margin, 11rem, and its padding). */
const MARGIN_REMS = 11.5;

function remInPixels(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The tooltip: who made a fractie member's annotation; in the compact margin also the name the marker no longer shows. */
function markerTitle(item: AnchoredAnnotation, compact: boolean): string | undefined {
  const from = item.annotation.origin ? `Van ${item.annotation.author.naam}` : undefined;
  if (!compact) return from;
  return from ? `${markerLabel(item)} (${from.toLowerCase()})` : markerLabel(item);
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

/** The column of markers to the right of the article, each group level with its block (below a wide table). */
export function MarginMarkers({ article, anchorText, anchored, activeId, onOpen, onFocusMarker }: MarginMarkersProps) {
  const groups = useMemo(() => groupByBlock(anchorText, anchored), [anchorText, anchored]);
  const [layout, setLayout] = useState<{ left: number; compact: boolean; tops: Map<string, number> }>();
  // Kept apart, so leaving a hovered marker shows the focused one again (Enter still opens that).
  const [focused, setFocused] = useState<string>();
  const [hovered, setHovered] = useState<string>();
  const shown = hovered ?? focused;
  useEffect(() => {
    onFocusMarker?.(shown);
  }, [onFocusMarker, shown]);

  useLayoutEffect(() => {
    const container = article.offsetParent instanceof HTMLElement ? article.offsetParent : article;
    function measure() {
      const tops = new Map<string, number>();
      const origin = container.getBoundingClientRect().top;
      const textRight = article.getBoundingClientRect().right - parseFloat(getComputedStyle(article).paddingRight);
      for (const group of groups) {
        const block = article.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(group.blockId)}"]`);
        if (!block) continue;
        const box = block.getBoundingClientRect();
        // A wide table reaches past the text column into the margin: its markers go just below it.
        tops.set(group.blockId, (box.right > textRight + 1 ? box.bottom : box.top) - origin);
      }
      const left = article.offsetLeft + article.offsetWidth;
      setLayout({ left, compact: container.clientWidth - left < MARGIN_REMS * remInPixels(), tops });
    }
    measure();
    // Text size, window width and the panel move the blocks and change the room beside them.
    const observer = new ResizeObserver(measure);
    observer.observe(article);
    if (container !== article) observer.observe(container);
    return () => observer.disconnect();
  }, [article, groups]);

  if (!layout || groups.length === 0) return null;
  return (
    <div
      className={`annotation-margin${layout.compact ? ' annotation-margin-compact' : ''}`}
      style={{ '--margin-left': `${layout.left}px` } as CSSProperties}
    >
      {groups.map((group) => (
        <div key={group.blockId} className="annotation-marker-group" style={{ top: layout.tops.get(group.blockId) ?? 0 }}>
          {group.items.map((item) => (
            <button
              key={item.annotation.id}
              type="button"
              className={`annotation-marker color-${item.annotation.color}${item.annotation.origin ? ' annotation-marker-shared' : ''}`}
              title={markerTitle(item, layout.compact)}
              aria-expanded={item.annotation.id === activeId}
              data-annotation-id={item.annotation.id}
              onClick={() => onOpen(item.annotation.id)}
              onFocus={() => setFocused(item.annotation.id)}
              onBlur={() => setFocused((id) => (id === item.annotation.id ? undefined : id))}
              onMouseEnter={() => setHovered(item.annotation.id)}
              onMouseLeave={() => setHovered((id) => (id === item.annotation.id ? undefined : id))}
            >
              <span className="annotation-marker-text">{markerLabel(item)}</span>
              {layout.compact && (
                <span className="annotation-marker-letters" aria-hidden="true">
                  {markerLetters(item)}
                </span>
              )}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
