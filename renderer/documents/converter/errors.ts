/** The converter's one error: a correction file that does not fit the text it is applied to. */

/** Thrown when corrections were written for another version of the text, or spell other words than it. */
export class CorrectionsMismatchError extends Error {}
