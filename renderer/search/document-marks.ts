/**
 * Highlights every search hit in the open document with mark.js, steps through the hits, and
 * takes the marks away again without a trace.
 *
 * Why this is safe next to React: mark.js splits text nodes. The text node React created
 * keeps the text before a hit, and the hit and the rest become new nodes that React does
 * not know. React's own nodes therefore stay where React put them, so its insertBefore and
 * removeChild keep working while marks are shown. What breaks React is mark.js's unmark():
 * it calls normalize(), which deletes a React text node that became empty (a hit at the
 * start of a text) and merges the text into a node React does not know — the classic
 * "removeChild: not a child of this node" crash at the next render. So unmark() is never
 * used. Before marking, every text node of the marked blocks is recorded with its text;
 * clearing removes the <mark> elements and every text node not recorded, then gives each
 * recorded node its full text back (appendData, so live ranges in it stay put). React then
 * finds exactly the DOM it made. If React itself changes the article while marks are shown
 * (a MutationObserver sees it), the new text is recorded, the old marks are cleared and the
 * hits are marked again, so a changed text is never left split.
 *
 * Annotation highlights use the CSS Custom Highlight API (ranges, no DOM of their own).
 * Clearing never touches them; marking splits text nodes under them, so listeners that keep
 * ranges are told by anchoring's TEXT_NODES_CHANGED event on window after every change.
 */
import Mark from 'mark.js';
import { TEXT_NODES_CHANGED } from '../anchoring/dom-ranges';
import { findHits, type HitPattern } from './hit-pattern';

/** What to mark: the blocks with hits and, per block, what counts as a hit. */
export interface MarkPlanItem {
  blockId: string;
  pattern: HitPattern;
}

/** Where the hit navigation stands: `current` is -1 before the first step. */
export interface HitPosition {
  count: number;
  current: number;
}

const HIT_ATTRIBUTE = 'data-search-hit';
// What the app adds inside blocks (buttons, notes) is not document text: never marked.
const NOT_TEXT = '[data-no-anchor]';
const CURRENT_CLASS = 'search-hit-current';
const OBSERVE: MutationObserverInit = { subtree: true, childList: true, characterData: true };

/** The search marks of one article element. */
export class DocumentMarks {
  private plan: MarkPlanItem[] = [];
  /** Every text node of the marked blocks as React made it, with its full text. */
  private readonly originals = new Map<Text, string>();
  /** Per hit (in document order) its mark elements; a hit across text nodes has several. */
  private hits: HTMLElement[][] = [];
  private current = -1;
  private readonly observer = new MutationObserver((records) => this.onOuterChange(records));

  constructor(
    private readonly root: HTMLElement,
    private readonly onPosition: (position: HitPosition) => void,
  ) {}

  /** Marks the hits of `plan`, replacing any marks shown before. */
  show(plan: MarkPlanItem[]): void {
    this.plan = plan;
    this.unobserved(() => {
      this.restore();
      this.mark();
    });
    if (this.plan.length > 0) this.observer.observe(this.root, OBSERVE);
    this.current = -1;
    this.report();
  }

  /** Removes every mark and stops watching the article. */
  clear(): void {
    this.show([]);
    this.observer.disconnect();
  }

  /** Moves to hit `index` (wrapping around), emphasises it and scrolls it into view. */
  goTo(index: number): void {
    if (this.hits.length === 0) return;
    const next = ((index % this.hits.length) + this.hits.length) % this.hits.length;
    for (const element of this.hits[this.current] ?? []) {
      element.classList.remove(CURRENT_CLASS);
      element.removeAttribute('aria-current');
    }
    this.current = next;
    for (const element of this.hits[next]!) {
      element.classList.add(CURRENT_CLASS);
      element.setAttribute('aria-current', 'true');
    }
    this.hits[next]![0]!.scrollIntoView({ block: 'center' });
    this.report();
  }

  /** The next hit; before the first step, the first hit at or below the top of the window. */
  next(): void {
    if (this.current >= 0) return this.goTo(this.current + 1);
    const below = this.hits.findIndex((hit) => hit[0]!.getBoundingClientRect().top >= 0);
    this.goTo(below === -1 ? 0 : below);
  }

  /** The previous hit; before the first step, the last hit above the bottom of the window. */
  previous(): void {
    if (this.current >= 0) return this.goTo(this.current - 1);
    let above = this.hits.length - 1;
    while (above > 0 && this.hits[above]![0]!.getBoundingClientRect().bottom > window.innerHeight) above--;
    this.goTo(above);
  }

  /** Moves to the first hit inside the block `blockId`; false when it has none. */
  goToBlock(blockId: string): boolean {
    const index = this.hits.findIndex((hit) => hit[0]!.closest('[data-block-id]')?.getAttribute('data-block-id') === blockId);
    if (index === -1) return false;
    this.goTo(index);
    return true;
  }

  private report(): void {
    this.onPosition({ count: this.hits.length, current: this.current });
  }

  private blockElement(blockId: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  }

  private mark(): void {
    this.plan.forEach(({ blockId, pattern }, blockIndex) => {
      const element = this.blockElement(blockId);
      if (!element) return;
      const ranges: Mark.Range[] = [];
      let offset = 0;
      // The same walk as mark.js's: all text nodes in document order, concatenated.
      for (const node of textNodes(element)) {
        this.originals.set(node, node.data);
        for (const hit of findHits(node.data, pattern)) ranges.push({ start: offset + hit.start, length: hit.end - hit.start });
        offset += node.data.length;
      }
      if (ranges.length === 0) return;
      new Mark(element).markRanges(ranges, {
        element: 'mark',
        exclude: [NOT_TEXT, `${NOT_TEXT} *`],
        className: 'search-hit',
        each: (mark, range) => mark.setAttribute(HIT_ATTRIBUTE, `${blockIndex}:${range.start}`),
      });
    });
    this.hits = [];
    let previous: string | null = null;
    for (const mark of this.root.querySelectorAll<HTMLElement>(`mark[${HIT_ATTRIBUTE}]`)) {
      const id = mark.getAttribute(HIT_ATTRIBUTE);
      if (id === previous) this.hits.at(-1)!.push(mark);
      else this.hits.push([mark]);
      previous = id;
    }
    if (this.hits.length > 0) window.dispatchEvent(new Event(TEXT_NODES_CHANGED));
  }

  /** Puts the DOM back exactly as React made it. */
  private restore(): void {
    const marks = this.root.querySelectorAll(`mark[${HIT_ATTRIBUTE}]`);
    if (marks.length === 0 && this.originals.size === 0) return;
    const parents = new Set<Node>();
    for (const mark of marks) {
      if (mark.parentNode) parents.add(mark.parentNode);
      mark.remove();
    }
    // The pieces mark.js split off (after each hit) are the unrecorded text nodes.
    for (const parent of parents) {
      for (const node of [...parent.childNodes]) {
        if (node instanceof Text && !this.originals.has(node)) node.remove();
      }
    }
    for (const [node, text] of this.originals) {
      if (!node.isConnected || node.data === text) continue;
      if (text.startsWith(node.data)) node.appendData(text.slice(node.data.length));
      else node.data = text;
    }
    this.originals.clear();
    this.hits = [];
    window.dispatchEvent(new Event(TEXT_NODES_CHANGED));
  }

  /** Runs `change` with the observer off, after handling what it saw so far. */
  private unobserved(change: () => void): void {
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.adopt(pending);
    this.observer.disconnect();
    change();
  }

  private onOuterChange(records: MutationRecord[]): void {
    this.adopt(records);
    this.show(this.plan);
  }

  /** Records the text React (or anyone but us) wrote while marks were shown. */
  private adopt(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData' && record.target instanceof Text && this.originals.has(record.target)) {
        this.originals.set(record.target, record.target.data);
      }
      for (const added of record.addedNodes) {
        if (added instanceof Text) this.originals.set(added, added.data);
        else if (added instanceof Element) for (const node of textNodes(added)) this.originals.set(node, node.data);
      }
      for (const removed of record.removedNodes) if (removed instanceof Text) this.originals.delete(removed);
    }
  }
}

/** The text nodes of `element` in document order, as mark.js sees them with our exclusions. */
function textNodes(element: Element): Text[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
