import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, SHELLS, shellEntries, shellOutDir } from './build-electron.mjs';

// The per-app electron-builder configs cannot be tried here (electron-builder downloads Electron),
// so their structure is checked against what the bundler really produces.

// js-yaml is already in node_modules (through ESLint's config loader); no YAML parser of our own
// is installed for one test. Its types are not installed either: the one function used is typed here.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

type BuilderConfig = {
  extends?: string;
  appId?: string;
  productName?: string;
  extraMetadata?: { name?: string; main?: string };
  files?: string[];
  directories?: { output?: string; buildResources?: string };
  artifactName?: string;
};

function readConfig(file: string): BuilderConfig {
  return yaml.load(readFileSync(path.join(ROOT, file), 'utf8')) as BuilderConfig;
}

/** A `files` glob as electron-builder reads it, for the two shapes used here. */
function matches(glob: string, file: string): boolean {
  if (glob.endsWith('/**/*')) return file.startsWith(glob.slice(0, -'**/*'.length));
  return glob === file;
}

const PRODUCT_NAMES = { kiosk: 'CAC Quiosco', counter: 'CAC Ventanilla', display: 'CAC Pantalla' };

describe('electron-builder.yml (shared settings)', () => {
  it('holds what the three apps share and nothing that names one app', () => {
    const base = readConfig('electron-builder.yml');
    expect(base.directories?.buildResources).toBe('build');
    expect(base.appId).toBeUndefined();
    expect(base.productName).toBeUndefined();
    expect(base.extraMetadata).toBeUndefined();
  });
});

describe.each(SHELLS)('build/%s.yml', (shell) => {
  const config = readConfig(`build/${shell}.yml`);

  it('extends the shared settings, found from the project directory where electron-builder runs', () => {
    expect(config.extends).toBeDefined();
    expect(path.resolve(ROOT, config.extends ?? '')).toBe(path.join(ROOT, 'electron-builder.yml'));
  });

  it('names the app: a pe.gob.cac id and a Spanish product name', () => {
    expect(config.appId).toBe(`pe.gob.cac.${shell}`);
    expect(config.productName).toBe(PRODUCT_NAMES[shell]);
    expect(config.extraMetadata?.name).toBe(`cac-${shell}`);
  });

  it("starts at the bundler's main.cjs and packs every bundle the bundler writes", () => {
    const entries = shellEntries(shell);
    const main = entries.find((e) => e.kind === 'main');
    expect(config.extraMetadata?.main).toBe(main?.output);
    expect(config.files).toContain('package.json');
    for (const entry of entries) {
      expect(config.files?.some((glob) => matches(glob, entry.output))).toBe(true);
    }
    expect(config.files).toContain(`${shellOutDir(shell)}/**/*`);
  });

  it('writes its packages to its own folder with an ASCII file name', () => {
    expect(config.directories?.output).toBe(`release/${shell}`);
    expect(config.artifactName).toMatch(/^cac-[a-z]+-\$\{version\}-\$\{arch\}\.\$\{ext\}$/);
  });
});

describe('the three apps', () => {
  it('never share an id, a package name or an output folder', () => {
    const configs = SHELLS.map((shell) => readConfig(`build/${shell}.yml`));
    for (const pick of [
      (c: BuilderConfig) => c.appId,
      (c: BuilderConfig) => c.extraMetadata?.name,
      (c: BuilderConfig) => c.directories?.output,
      (c: BuilderConfig) => c.artifactName,
    ]) {
      expect(new Set(configs.map(pick)).size).toBe(SHELLS.length);
    }
  });
});
