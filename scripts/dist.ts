/**
 * `npm run dist`: builds the installers with electron-builder (on a build host with network),
 * after saying in Dutch whether they will be signed (scripts/signing-status.ts). Arguments
 * go to electron-builder unchanged: `npm run dist -- --win`, `-- --mac`, `-- --linux`.
 *
 * With LEESTAFEL_REQUIRE_SIGNING=1 (for a release build) it stops before building when
 * Windows or macOS would come out unsigned, and tells electron-builder to fail rather than
 * skip signing (`forceCodeSigning`).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { signingStatus, signingSummary, targetPlatforms } from './signing-status';

const args = process.argv.slice(2);
const status = signingStatus(targetPlatforms(args, process.platform), process.env);
for (const line of status.lines) console.log(line);
for (const error of status.errors) console.error(`Fout: ${error}`);
console.log(signingSummary(status));

const required = process.env.LEESTAFEL_REQUIRE_SIGNING === '1';
if (status.errors.length > 0) process.exit(1);
if (required && status.unsigned.length > 0) {
  console.error('Gestopt: LEESTAFEL_REQUIRE_SIGNING=1 vraagt een ondertekende build.');
  process.exit(1);
}

const builder = join(import.meta.dirname, '..', 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
const result = spawnSync(builder, [...args, ...(required ? ['-c.forceCodeSigning=true'] : [])], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
