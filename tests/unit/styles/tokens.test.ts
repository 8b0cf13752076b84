// The colour tokens keep WCAG 2.1 AA in both themes: text against every background it is put
// on (4.5:1, 1.4.3), and control edges, the focus ring and the accent against theirs (3:1,
// 1.4.11). axe-core checks the text it finds on a page; this checks every pair the tokens are
// meant for, including hover states and edges that axe does not measure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TOKENS = readFileSync(path.join(__dirname, '../../../renderer/styles/tokens.css'), 'utf8');

/** The light and dark value of a colour token written as light-dark(#light, #dark), or one value for both. */
function token(name: string): { light: string; dark: string } {
  const pair = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(TOKENS);
  if (pair) return { light: pair[1]!, dark: pair[2]! };
  const single = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(TOKENS);
  if (single) return { light: single[1]!, dark: single[1]! };
  throw new Error(`--${name} is not a colour token`);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const PAGE_BACKGROUNDS = ['bg', 'surface', 'surface-hover'];

/** [foreground token, background tokens, minimum ratio]. */
const PAIRS: [string, string[], number][] = [
  ['text', PAGE_BACKGROUNDS, 4.5],
  ['muted', PAGE_BACKGROUNDS, 4.5],
  ['link', PAGE_BACKGROUNDS, 4.5],
  ['danger', ['bg', 'surface'], 4.5],
  ['on-accent', ['accent', 'accent-hover'], 4.5],
  ['on-danger', ['danger', 'danger-hover'], 4.5],
  ['on-mark', ['mark', 'mark-current'], 4.5],
  ['border', PAGE_BACKGROUNDS, 3],
  ['focus', PAGE_BACKGROUNDS, 3],
  ['accent', ['bg', 'surface'], 3],
];

describe('the colour tokens (renderer/styles/tokens.css)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [foreground, backgrounds, minimum] of PAIRS) {
      for (const background of backgrounds) {
        it(`--${foreground} on --${background} reaches ${minimum}:1 (${theme})`, () => {
          expect(contrast(token(foreground)[theme], token(background)[theme])).toBeGreaterThanOrEqual(minimum);
        });
      }
    }
  }

  it('writes each theme colour once, as light-dark', () => {
    expect(token('bg')).toEqual({ light: '#fdfdfb', dark: '#15171b' });
    // The theme choice only sets color-scheme; no colour is repeated under [data-theme].
    expect(TOKENS).not.toMatch(/\[data-theme='dark'\]\s*\{[^}]*--/);
  });
});
