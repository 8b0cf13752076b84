/**
 * Re-anchoring: finds where an annotation's passage is in (a possibly changed version of)
 * a document. Tries, from cheap to costly: the stored position; the quote inside the hinted
 * block; the exact quote nearest the old position; an approximate match scored by quote,
 * context and position. What cannot be placed with confidence is an orphan — never placed
 * on the wrong words, and never deleted.
 */
import { matchQuote } from './match-quote';
import type { AnchorText } from './anchor-text';
import type { TextTarget } from './selectors';

/** exact: where it was; moved: same words elsewhere; approximate: the words changed. */
export type AnchorStatus = 'exact' | 'moved' | 'approximate';

export type AnchorResult = { status: AnchorStatus; start: number; end: number } | { status: 'orphan' };

// The window around the old position searched before the whole document.
const NEAR = 3000;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How many characters of stored context agree around an occurrence at [start, end). */
function contextAgreement(text: string, start: number, end: number, target: TextTarget): number {
  const { prefix, suffix } = target.quote;
  return (
    commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix) +
    commonPrefixLength(text.slice(end, end + suffix.length), suffix)
  );
}

function exactOccurrences(text: string, exact: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact, from); at !== -1 && at + exact.length <= to; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Whether an approximate match is good enough to show rather than to list as an orphan.
 * Measured on the beleidskader: unrelated text agrees with a stored 32-character context
 * by up to about 0.5, so the context must agree clearly more than that.
 */
function confident(quoteScore: number, contextScore: number): boolean {
  return quoteScore >= 0.75 && contextScore >= 0.6;
}

export function anchorTarget(anchorText: AnchorText, target: TextTarget): AnchorResult {
  const { text } = anchorText;
  const { exact } = target.quote;
  const { start: oldStart, end: oldEnd } = target.position;
  if (exact === '') return { status: 'orphan' };

  if (text.slice(oldStart, oldEnd) === exact) return { status: 'exact', start: oldStart, end: oldEnd };

  const block = target.blockId ? anchorText.blocks.find((b) => b.id === target.blockId) : undefined;
  if (block) {
    const inBlock = exactOccurrences(text, exact, block.start, block.end);
    if (inBlock.length === 1) return { status: 'moved', start: inBlock[0]!, end: inBlock[0]! + exact.length };
  }

  const occurrences = exactOccurrences(text, exact);
  // A short quote recurs by chance; only its context tells the right occurrence apart.
  const minimumAgreement = exact.length >= 32 ? 0 : (target.quote.prefix.length + target.quote.suffix.length) / 2;
  let best: { at: number; agreement: number; distance: number } | undefined;
  for (const at of occurrences) {
    const agreement = contextAgreement(text, at, at + exact.length, target);
    if (agreement < minimumAgreement) continue;
    const distance = Math.abs(at - oldStart);
    if (!best || agreement > best.agreement || (agreement === best.agreement && distance < best.distance)) best = { at, agreement, distance };
  }
  if (best) return { status: 'moved', start: best.at, end: best.at + exact.length };

  const context = { prefix: target.quote.prefix, suffix: target.quote.suffix, hint: oldStart };
  const windowStart = Math.max(0, oldStart - NEAR);
  const near = matchQuote(text.slice(windowStart, oldEnd + NEAR), exact, { ...context, hint: oldStart - windowStart });
  if (near && confident(near.quoteScore, near.contextScore)) {
    return { status: 'approximate', start: windowStart + near.start, end: windowStart + near.end };
  }
  const anywhere = matchQuote(text, exact, context);
  if (anywhere && confident(anywhere.quoteScore, anywhere.contextScore)) {
    return { status: 'approximate', start: anywhere.start, end: anywhere.end };
  }
  return { status: 'orphan' };
}
