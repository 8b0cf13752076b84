/**
 * What the benches that measure in Chromium share: the browser's flags, the median they report,
 * and a page of their own with their in-page script bundled into it, on disk in a persistent
 * profile as the app's database is (removed afterwards).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { root } from './bench-mode';

/** Debian's Chromium (or CHROMIUM_PATH) with nothing running beside the page. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of one figure over a bench's runs. */
export function medianOf<R>(runs: readonly R[], key: keyof R): number {
  return median(runs.map((run) => run[key] as number));
}

/**
 * Bundles scripts/`entry` (minified, production React) into a blank page named `name` and hands
 * the page to `measure`. The page is on localhost: a secure context (crypto.subtle, as in the
 * app) with an origin of its own for IndexedDB; a route answers, so nothing listens on the port.
 */
export async function withBenchPage<T>(name: string, entry: string, measure: (page: Page) => Promise<T>): Promise<T> {
  const bundle = await build({
    entryPoints: [join(root, 'scripts', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const profile = mkdtempSync(join(tmpdir(), `leestafel-${name}-`));
  const context = await chromium.launchPersistentContext(profile, CHROMIUM);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `http://localhost:9/${name}.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="nl"><title>${name}</title><body></body></html>` }));
    await page.goto(url);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await measure(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
