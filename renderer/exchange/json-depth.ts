/**
 * A check every file the app reads as JSON makes before parsing it: whether it nests deeper
 * than any real file of that kind, so a hostile file cannot exhaust the parser's stack or the
 * validation's recursion. Shared by the reservekopie and the fractieset readers. Pure.
 */

/** Whether the JSON text nests arrays and objects deeper than `limit`, counted outside strings. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
