import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO_DIR = path.resolve(import.meta.dirname, '..', '..');

/**
 * Makes sure `<face>/dist` exists: builds it (`npm run build -w <face>`) when missing, so a
 * browser scenario measures the real built face. Returns null when the build is there, or why the
 * scenario must be skipped.
 */
export function ensureFaceBuilt(
  face: 'kiosk' | 'counter' | 'display',
  log: (line: string) => void,
): string | null {
  const index = path.join(REPO_DIR, face, 'dist', 'index.html');
  if (existsSync(index)) return null;
  log(`${face}/dist/index.html is missing: running \`npm run build -w ${face}\``);
  const build = spawnSync('npm', ['run', 'build', '-w', face], {
    cwd: REPO_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status === 0 && existsSync(index)) return null;
  const output = (build.stderr || build.stdout || '').trim().slice(-400);
  return `the ${face} face could not be built (npm run build -w ${face}: status ${build.status}): ${output}`;
}
