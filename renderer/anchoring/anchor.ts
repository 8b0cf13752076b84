/**
 * Re-anchoring: finds where an annotation's passage is in (a possibly changed version of)
 * a document. Tries, from cheap to costly: the stored position; the exact quote near the
 * old position with all of its context; every exact occurrence, scored by context and
 * distance; an approximate match near the old position, then anywhere, scored by quote,
 * context and position (see match-quote.ts). What cannot be placed with confidence is an
 * orphan — never placed on the wrong words, and never deleted.
 *
 * The block id stored with an annotation is not used: block ids follow source line
 * numbers, so in a new version the same id may name another paragraph.
 */
import { matchQuote, scoreMatch, type QuoteMatch } from './match-quote';
import type { AnchorText } from './anchor-text';
import type { TextTarget } from '../model/text-target';

/** exact: where it was; moved: same words elsewhere; approximate: the words changed. */
export type AnchorStatus = 'exact' | 'moved' | 'approximate';

export type AnchorResult = { status: AnchorStatus; start: number; end: number } | { status: 'orphan' };

// The window around the old position searched approximately before the whole document.
const NEAR = 3000;
// Within this distance of the old position an exact occurrence is told apart from others
// by its position; farther away only by its context.
const SURELY_NEAR = 2000;
// A quote this long does not recur by chance: found once, it is the passage.
const LONG_QUOTE = 32;
// How many more context edits the next-best occurrence of a recurring quote must have for
// the best to count as identified.
const DISTINCT = 4;

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

interface ExactCandidate {
  match: QuoteMatch;
  /** Characters of stored context that agree exactly. */
  agreement: number;
  /** Context edits of the next-best occurrence (Infinity when there is none). */
  othersErrors: number;
}

/** The occurrence with the lowest cost, and how close the others come to it. */
function bestOccurrence(text: string, occurrences: number[], target: TextTarget): ExactCandidate | undefined {
  const { exact, prefix, suffix } = target.quote;
  const context = { prefix, suffix, hint: target.position.start };
  const matches = occurrences.map((at) => scoreMatch(text, at, at + exact.length, exact, context, true));
  let best: QuoteMatch | undefined;
  for (const match of matches) if (!best || match.cost < best.cost) best = match;
  if (!best) return undefined;
  // A loop, not Math.min(...): a short quote can occur tens of thousands of times.
  let othersErrors = Infinity;
  for (const match of matches) if (match !== best && match.errors < othersErrors) othersErrors = match.errors;
  return { match: best, agreement: contextAgreement(text, best.start, best.end, target), othersErrors };
}

/**
 * Whether the best exact occurrence may be taken. A long quote found only once is the
 * passage even where its context changed. A recurring one needs its context to agree, and
 * to be told apart from the other occurrences: by being near the old position, or by a
 * context clearly closer than theirs. A sentence that recurs in every chapter, whose own
 * paragraph was deleted, thus becomes an orphan rather than moving to another chapter.
 */
function acceptableExact(candidate: ExactCandidate, occurrences: number, target: TextTarget): boolean {
  const { exact, prefix, suffix } = target.quote;
  const { match, agreement, othersErrors } = candidate;
  if (exact.length >= LONG_QUOTE && occurrences === 1) return true;
  const contextAgrees = agreement >= (prefix.length + suffix.length) / 2 || match.contextScore >= (exact.length >= LONG_QUOTE ? 0.6 : 0.75);
  if (!contextAgrees) return false;
  return Math.abs(match.start - target.position.start) <= SURELY_NEAR || othersErrors - match.errors >= DISTINCT;
}

/**
 * Whether an approximate match is good enough to show rather than to list as an orphan.
 * Measured on the beleidskader: unrelated text agrees with a stored 32-character context
 * by up to about 0.5, so the context must agree clearly more than that. Where the context
 * agrees closely, the passage may have changed more: words inserted (nearly all the quote's
 * characters still there, in order) or a word removed or replaced (most of them there).
 */
function confident(match: QuoteMatch, quoteLength: number): boolean {
  if (match.quoteScore >= 0.75 && match.contextScore >= 0.6) return true;
  if (match.keptShare >= 0.9 && match.added <= quoteLength && match.contextScore >= 0.8) return true;
  return match.keptShare >= 0.7 && match.added <= quoteLength / 2 && match.contextScore >= 0.9;
}

export function anchorTarget(anchorText: AnchorText, target: TextTarget): AnchorResult {
  const result = findTarget(anchorText, target);
  // Found where it was, though its context changed.
  if (result.status !== 'orphan' && result.start === target.position.start && result.end === target.position.end) return { ...result, status: 'exact' };
  return result;
}

function findTarget(anchorText: AnchorText, target: TextTarget): AnchorResult {
  const { text } = anchorText;
  const { exact, prefix, suffix } = target.quote;
  const { start: oldStart, end: oldEnd } = target.position;
  if (exact === '') return { status: 'orphan' };

  // Where it was, with its context: so a recurring sentence that another one's place
  // has taken (text added before it) is not mistaken for it.
  const full = prefix.length + suffix.length;
  if (text.slice(oldStart, oldEnd) === exact && contextAgreement(text, oldStart, oldEnd, target) === full) {
    return { status: 'exact', start: oldStart, end: oldEnd };
  }

  // Nearby with all of its context: the nearest such is the passage.
  let nearby: number | undefined;
  for (const at of exactOccurrences(text, exact, Math.max(0, oldStart - SURELY_NEAR), oldEnd + SURELY_NEAR)) {
    if (contextAgreement(text, at, at + exact.length, target) === full && (nearby === undefined || Math.abs(at - oldStart) < Math.abs(nearby - oldStart))) nearby = at;
  }
  if (nearby !== undefined) return { status: 'moved', start: nearby, end: nearby + exact.length };

  const occurrences = exactOccurrences(text, exact);
  const bestExact = bestOccurrence(text, occurrences, target);
  const exactOk = bestExact !== undefined && acceptableExact(bestExact, occurrences.length, target);
  if (bestExact && exactOk && occurrences.length === 1 && Math.abs(bestExact.match.start - oldStart) <= SURELY_NEAR) {
    return { status: 'moved', start: bestExact.match.start, end: bestExact.match.end };
  }
  // An approximate search may come back with an occurrence just judged unidentifiable.
  const usable = (match: QuoteMatch | null): match is QuoteMatch =>
    match !== null && confident(match, exact.length) && (exactOk || text.slice(match.start, match.end) !== exact);

  // The passage near its old place, edited, may be a better match than the same words
  // elsewhere in another context (a sentence that recurs in every chapter).
  const context = { prefix, suffix, hint: oldStart };
  const windowStart = Math.max(0, oldStart - NEAR);
  const windowed = matchQuote(text.slice(windowStart, oldEnd + NEAR), exact, { ...context, hint: oldStart - windowStart }, true);
  const near = windowed && { ...windowed, start: windowStart + windowed.start, end: windowStart + windowed.end };
  const nearOk = usable(near);
  if (bestExact && exactOk && !(nearOk && near.cost < bestExact.match.cost)) {
    return { status: 'moved', start: bestExact.match.start, end: bestExact.match.end };
  }
  if (nearOk) return { status: 'approximate', start: near.start, end: near.end };

  const anywhere = matchQuote(text, exact, context);
  if (usable(anywhere)) return { status: 'approximate', start: anywhere.start, end: anywhere.end };
  return { status: 'orphan' };
}
