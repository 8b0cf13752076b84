/** Where a toolbar or editor goes: just below (or else above) the passage, inside its container. */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * The top-left of a popover of `size` next to `target`, both in the container's
 * coordinates: below the target if it fits in the viewport, else above if it fits there, else
 * as far up as keeps it inside the viewport (over the passage, but never off-screen); never
 * past the container's left or right edge.
 */
export function placePopover(
  target: Box,
  size: { width: number; height: number },
  container: { width: number },
  viewport: { top: number; bottom: number },
  gap = 8,
): { top: number; left: number } {
  const below = target.top + target.height + gap;
  const above = target.top - gap - size.height;
  const top =
    below + size.height <= viewport.bottom ? below : above >= viewport.top ? above : Math.max(viewport.top, viewport.bottom - size.height);
  const left = Math.max(0, Math.min(target.left, container.width - size.width));
  return { top, left };
}
