/** Brings a block of the open document to the top of the window, optionally giving it focus. */

/** Scrolls the block with `blockId` to the top; returns false when the document has no such block. */
export function scrollToBlock(blockId: string, options: { focus?: boolean } = {}): boolean {
  const element = document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (!element) return false;
  element.scrollIntoView({ block: 'start' });
  if (options.focus) element.focus({ preventScroll: true });
  return true;
}

/** Whether the block with `blockId` stands at the top of the window, where scrollToBlock puts it. */
export function blockAtTop(blockId: string): boolean {
  const element = document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (!element) return true;
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  return Math.abs(element.getBoundingClientRect().top - margin) < 1;
}
