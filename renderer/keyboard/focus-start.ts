/**
 * Where the next Tab starts. Browsers go on from the focused element or, without one, from a
 * "starting point" of their own; after the reader scrolled to a remembered position Chromium
 * starts at the first button on screen, skipping the skip link. These helpers set that point
 * without moving the view.
 */

/**
 * Makes the next Tab start at the top of the page (on the skip link), as on a fresh page.
 * Does nothing while an element has the focus: that focus was given on purpose.
 */
export function startTabbingAtTop(): void {
  const active = document.activeElement;
  if (active && active !== document.body) return;
  const body = document.body;
  const hadTabIndex = body.hasAttribute('tabindex');
  // The body takes the focus only with a tabindex; focusing and blurring it moves the starting point.
  if (!hadTabIndex) body.tabIndex = -1;
  body.focus({ preventScroll: true });
  body.blur();
  if (!hadTabIndex) body.removeAttribute('tabindex');
}

/**
 * Focuses an element that is not focusable by itself (a paragraph) where it is, so that the
 * next Tab goes on from there; it loses its tabindex again when the focus leaves it.
 */
export function focusInPlace(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.tabIndex = -1;
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
}
