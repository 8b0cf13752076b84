// The accessibility check every screen of the e2e tests passes: axe-core with the WCAG 2.1
// A and AA rules (Wet digitale toegankelijkheid), no violations allowed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page as it is now and expects no WCAG 2.1 A/AA violation. A failure
 * lists each violated rule with the selectors of its nodes; the test's report notes how many
 * rules passed, so a reader of the run sees what axe checked.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS).analyze();
  const violations = results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  test.info().annotations.push({ type: 'axe', description: `${results.passes.length} regels geslaagd, ${violations.length} overtredingen` });
  expect(violations).toEqual([]);
}
