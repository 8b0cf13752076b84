/**
 * Whether a build will be signed, decided from the build host's environment the way
 * electron-builder 26 decides it, and said in Dutch before `npm run dist` starts
 * (scripts/dist.ts). No certificate or password is ever in the repository: they come from
 * these variables on the build host.
 *
 * - Windows: WIN_CSC_LINK + WIN_CSC_KEY_PASSWORD, else CSC_LINK + CSC_KEY_PASSWORD.
 * - macOS: CSC_LINK + CSC_KEY_PASSWORD (a .p12), or CSC_NAME (an identity in the keychain);
 *   without either electron-builder searches the keychain for a "Developer ID Application"
 *   certificate unless CSC_IDENTITY_AUTO_DISCOVERY=false. Notarisation: APPLE_ID +
 *   APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID, or APPLE_API_KEY + APPLE_API_KEY_ID +
 *   APPLE_API_ISSUER, or APPLE_KEYCHAIN_PROFILE (+ APPLE_KEYCHAIN).
 * - Linux: AppImage and deb are not signed.
 */

/** A platform electron-builder builds for. */
export type Platform = 'win' | 'mac' | 'linux';

/** The signing outlook of one build. */
export interface SigningStatus {
  /** One Dutch line per platform. */
  lines: string[];
  /** Platforms whose installers will not be signed (Linux never counts). */
  unsigned: Platform[];
  /** Platforms signed only if the build host's keychain holds a certificate (macOS). */
  uncertain: Platform[];
  /** Configuration mistakes that would make electron-builder stop halfway; empty when none. */
  errors: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const set = (env: Env, name: string): boolean => (env[name] ?? '').trim() !== '';

/**
 * The platforms a `electron-builder` command line builds for: its `--win`/`--mac`/`--linux`
 * flags (and their short and long forms), or the host's own platform when none is given.
 */
export function targetPlatforms(args: readonly string[], hostPlatform: NodeJS.Platform): Platform[] {
  const platforms = new Set<Platform>();
  for (const arg of args) {
    if (arg === '--win' || arg === '-w' || arg === '--windows') platforms.add('win');
    else if (arg === '--mac' || arg === '-m' || arg === '--macos' || arg === '-o') platforms.add('mac');
    else if (arg === '--linux' || arg === '-l') platforms.add('linux');
  }
  if (platforms.size > 0) return [...platforms];
  return [hostPlatform === 'win32' ? 'win' : hostPlatform === 'darwin' ? 'mac' : 'linux'];
}

function windowsStatus(env: Env, status: SigningStatus): void {
  const link = set(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : set(env, 'CSC_LINK') ? 'CSC_LINK' : undefined;
  if (link) {
    const password = link === 'WIN_CSC_LINK' ? 'WIN_CSC_KEY_PASSWORD' : 'CSC_KEY_PASSWORD';
    status.lines.push(`Windows: ondertekend met het certificaat uit ${link}${set(env, password) || set(env, 'CSC_KEY_PASSWORD') ? '' : ` (let op: ${password} is leeg)`}.`);
  } else {
    status.unsigned.push('win');
    status.lines.push('Windows: NIET ondertekend — WIN_CSC_LINK en CSC_LINK ontbreken; Windows SmartScreen waarschuwt bij installeren.');
  }
}

function incomplete(absent: readonly string[], together: readonly string[]): string {
  const present = together.filter((name) => !absent.includes(name));
  return `macOS-notarisatie: ${absent.join(' en ')} ${absent.length > 1 ? 'ontbreken' : 'ontbreekt'} (nodig naast ${present.join(' en ')}).`;
}

function macStatus(env: Env, status: SigningStatus): void {
  if (set(env, 'CSC_LINK')) status.lines.push('macOS: ondertekend met het certificaat uit CSC_LINK.');
  else if (set(env, 'CSC_NAME')) status.lines.push(`macOS: ondertekend met "${env.CSC_NAME}" uit de sleutelhanger (CSC_NAME).`);
  else if (env.CSC_IDENTITY_AUTO_DISCOVERY === 'false') {
    status.unsigned.push('mac');
    status.lines.push('macOS: NIET ondertekend — geen CSC_LINK of CSC_NAME en CSC_IDENTITY_AUTO_DISCOVERY=false.');
  } else {
    status.uncertain.push('mac');
    status.lines.push('macOS: geen CSC_LINK of CSC_NAME — alleen ondertekend als de sleutelhanger een "Developer ID Application"-certificaat heeft, anders NIET ondertekend.');
  }

  const appleId = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];
  const apiKey = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'];
  const missing = (names: string[]) => names.filter((name) => !set(env, name));
  // electron-builder checks the Apple ID route first, then the API key, then a keychain profile.
  if (set(env, 'APPLE_ID') || set(env, 'APPLE_APP_SPECIFIC_PASSWORD')) {
    const absent = missing(appleId);
    if (absent.length > 0) status.errors.push(incomplete(absent, appleId));
    else status.lines.push('macOS: wordt genotariseerd met APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD en APPLE_TEAM_ID.');
  } else if (apiKey.some((name) => set(env, name))) {
    const absent = missing(apiKey);
    if (absent.length > 0) status.errors.push(incomplete(absent, apiKey));
    else status.lines.push('macOS: wordt genotariseerd met de API-sleutel (APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER).');
  } else if (set(env, 'APPLE_KEYCHAIN_PROFILE')) {
    status.lines.push('macOS: wordt genotariseerd met het sleutelhangerprofiel uit APPLE_KEYCHAIN_PROFILE.');
  } else {
    status.lines.push('macOS: NIET genotariseerd — APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD en APPLE_TEAM_ID ontbreken; Gatekeeper blokkeert de app dan.');
  }
}

/** What a build for `platforms` will be, signed or not, given the build host's environment. */
export function signingStatus(platforms: readonly Platform[], env: Env): SigningStatus {
  const status: SigningStatus = { lines: [], unsigned: [], uncertain: [], errors: [] };
  for (const platform of platforms) {
    if (platform === 'win') windowsStatus(env, status);
    else if (platform === 'mac') macStatus(env, status);
    else status.lines.push('Linux: AppImage en deb worden niet ondertekend (zo gebruikelijk op Linux).');
  }
  return status;
}

const platformNames = (platforms: readonly Platform[]): string =>
  platforms.map((platform) => (platform === 'win' ? 'Windows' : platform === 'mac' ? 'macOS' : 'Linux')).join(' en ');

/** The closing line: whether these installers are fit to roll out. */
export function signingSummary(status: SigningStatus): string {
  if (status.unsigned.length > 0) {
    return `Let op: deze build is NIET ondertekend voor ${platformNames(status.unsigned)}. Goed om te testen, niet om uit te rollen (zie README, "Uitrol").`;
  }
  if (status.uncertain.length > 0) {
    return `Let op: of ${platformNames(status.uncertain)} ondertekend wordt, hangt af van de sleutelhanger; electron-builder meldt het hieronder ("signing" of "skipped macOS application code signing").`;
  }
  return 'Ondertekening: in orde voor uitrol.';
}
