/** When a single key ("A", "?") may act as a shortcut instead of doing what it normally does. */

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** True for a key press without Ctrl, Alt or Meta, outside form fields, while no modal dialog is open. */
export function isShortcutKeyPress(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return false;
  return document.querySelector('dialog[open]') === null;
}
