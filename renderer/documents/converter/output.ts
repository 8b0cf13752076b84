/**
 * What a conversion collects while it runs: the blocks in reading order, the source lines
 * each block used, the lines left out as furniture, and the ids already given out.
 */
import type { Block } from '../model';

/** The blocks built so far and where their text came from. */
export class ConversionOutput {
  readonly blocks: Block[] = [];
  /** Block id → source line numbers, in the order the block used them. */
  readonly sourceLines = new Map<string, number[]>();
  /** Line numbers left out as furniture. */
  readonly droppedLines: number[] = [];
  private readonly usedIds = new Set<string>();

  /** Add a block made from the source lines `used`. */
  add(block: Block, used: number[]): void {
    this.blocks.push(block);
    this.sourceLines.set(block.id, used);
  }

  /** `base`, or `base-2`, `base-3` … when it is taken. */
  uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }
}
