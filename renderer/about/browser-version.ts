/**
 * Names the browser the browser edition runs in, for the *Over Leestafel* dialog: from
 * `navigator.userAgentData` where the browser offers it (Chromium), else from the user-agent
 * string. Pure, so it is unit-tested on real user-agent strings.
 */

/** The parts of `navigator` this module reads. */
export interface NavigatorLike {
  userAgent: string;
  userAgentData?: { brands?: readonly { brand: string; version: string }[] };
}

// Chromium adds a made-up brand ("Not A(Brand", "Not/A)Brand", …) so sites do not rely on the list.
const isGreaseBrand = (brand: string) => /not.?a.?brand/i.test(brand);

/** "Google Chrome 142", "Chromium 142", "Firefox 140.0", …; the user-agent string as a last resort. */
export function describeBrowser(navigator: NavigatorLike): string {
  const brands = (navigator.userAgentData?.brands ?? []).filter(({ brand }) => !isGreaseBrand(brand));
  // A named browser (Google Chrome, Microsoft Edge) says more than the engine it is built on.
  const named = brands.find(({ brand }) => brand !== 'Chromium') ?? brands[0];
  if (named) return `${named.brand} ${named.version}`;
  const agent = navigator.userAgent;
  const patterns: [RegExp, string][] = [
    [/\bEdg\/([\d.]+)/, 'Microsoft Edge'],
    [/\bFirefox\/([\d.]+)/, 'Firefox'],
    [/\bChrome\/([\d.]+)/, 'Chrome'],
    [/\bVersion\/([\d.]+).*\bSafari\//, 'Safari'],
  ];
  for (const [pattern, name] of patterns) {
    const version = pattern.exec(agent)?.[1];
    if (version) return `${name} ${version}`;
  }
  return agent || 'onbekende browser';
}
