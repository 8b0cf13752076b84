/**
 * Whether a key press belongs to a text field, where the browser's own keys (Ctrl+Z undoes
 * typing) must keep working: the app's shortcuts step aside there.
 */

// Input types without text to edit; every other <input> type takes typing.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image', 'hidden']);

/** True for a textarea, a text-taking input or editable content. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Ctrl+Z (Cmd+Z on a Mac), without Shift (that is redo) or Alt. */
export function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}
