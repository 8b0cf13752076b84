/**
 * Values made on first use rather than when their module loads. For the Intl formatters: the
 * first Intl object of a page loads the Dutch locale data (about 10 ms on a slow laptop), and
 * made at module level that happened while the app started, before the first text was painted.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
