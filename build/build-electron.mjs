// @ts-check
// Bundles each Electron shell's entries into `<app>/dist-electron/`: `main.cjs` from
// `<app>/electron/main.ts` and, for a shell whose page has a bridge, `preload.cjs` from
// `<app>/electron/preload.ts`. Both are single CommonJS files with everything inlined except
// 'electron' (and, for main, Node's builtins): a sandboxed preload cannot load any other file, and
// the packaged app ships no node_modules.
//
//   node build/build-electron.mjs                 every shell
//   node build/build-electron.mjs kiosk display   some of them
//
// Run it before electron-builder (see build/README.md). It is not part of `npm start` or `npm test`
// (build-electron.test.ts bundles into a temporary folder instead).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, formatMessages } from 'esbuild';

/** The repository root (this file lives in build/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shells, in the order they are built. */
export const SHELLS = /** @type {const} */ (['kiosk', 'counter', 'display']);

/** @typedef {(typeof SHELLS)[number]} Shell */
/** @typedef {'main' | 'preload'} EntryKind */
/**
 * One bundle: its source and its output, both relative to the repository root (with `/`).
 * @typedef {{ shell: Shell, kind: EntryKind, source: string, output: string }} ShellEntry
 */

/**
 * Electron 45's own Node and Chromium are newer than these; an older target only means a little
 * more down-levelling, never a syntax error at start-up.
 */
const TARGETS = { main: 'node22', preload: 'chrome130' };

/**
 * The folder of a shell's bundles, relative to the repository root.
 * @param {Shell} shell
 */
export function shellOutDir(shell) {
  return `${shell}/dist-electron`;
}

/**
 * The bundles of one shell: `main` always, `preload` when `<shell>/electron/preload.ts` exists.
 * @param {Shell} shell
 * @param {string} [root]
 * @returns {ShellEntry[]}
 */
export function shellEntries(shell, root = ROOT) {
  /** @type {EntryKind[]} */
  const kinds = ['main', 'preload'];
  return kinds
    .filter(
      (kind) => kind === 'main' || existsSync(path.join(root, shell, 'electron', `${kind}.ts`)),
    )
    .map((kind) => ({
      shell,
      kind,
      source: `${shell}/electron/${kind}.ts`,
      output: `${shellOutDir(shell)}/${kind}.cjs`,
    }));
}

/**
 * Bundles one shell. `outDir` replaces `<root>/<shell>/dist-electron` (the tests write to a
 * temporary folder). Any esbuild warning fails the build: in a CommonJS bundle most of them
 * (`import.meta` emptied, a missing export) are start-up crashes that nothing here can run to see.
 * @param {Shell} shell
 * @param {{ root?: string, outDir?: string }} [options]
 * @returns {Promise<{ entry: ShellEntry, file: string }[]>} the files written
 */
export async function buildShell(shell, options = {}) {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? path.join(root, shellOutDir(shell));
  const written = [];
  for (const entry of shellEntries(shell, root)) {
    const file = path.join(outDir, path.basename(entry.output));
    const result = await build({
      absWorkingDir: root,
      entryPoints: [path.join(root, entry.source)],
      outfile: file,
      bundle: true,
      format: 'cjs',
      // The preload runs in a sandboxed renderer: a browser build fails at once if something
      // reaches for node:* there, instead of failing on the kiosk.
      platform: entry.kind === 'main' ? 'node' : 'browser',
      target: TARGETS[entry.kind],
      external: ['electron'],
      charset: 'utf8',
      legalComments: 'eof',
      logLevel: 'silent',
    });
    if (result.warnings.length > 0) {
      const text = await formatMessages(result.warnings, { kind: 'warning' });
      throw new Error(`${entry.source}: esbuild warned, refusing the bundle:\n${text.join('\n')}`);
    }
    written.push({ entry, file });
  }
  return written;
}

/**
 * Bundles several shells, one after the other.
 * @param {readonly Shell[]} shells
 * @param {{ root?: string, outDir?: (shell: Shell) => string }} [options]
 */
export async function buildShells(shells = SHELLS, options = {}) {
  const written = [];
  for (const shell of shells) {
    const outDir = options.outDir?.(shell);
    written.push(...(await buildShell(shell, { root: options.root, outDir })));
  }
  return written;
}

/**
 * The shells named on the command line (all of them when none is).
 * @param {string[]} args
 * @returns {Shell[]}
 */
function shellsFromArgs(args) {
  if (args.length === 0) return [...SHELLS];
  const unknown = args.filter((a) => !(/** @type {readonly string[]} */ (SHELLS).includes(a)));
  if (unknown.length > 0) {
    throw new Error(`Aplicación desconocida: ${unknown.join(', ')} (use ${SHELLS.join(', ')}).`);
  }
  return /** @type {Shell[]} */ (args);
}

const invoked =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) {
  try {
    for (const { file } of await buildShells(shellsFromArgs(process.argv.slice(2)))) {
      console.log(path.relative(process.cwd(), file));
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
