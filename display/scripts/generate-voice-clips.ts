// Generates the display's voice clips: one short Ogg Opus file per word or phrase a call needs
// ("turno", "erre", "veintitrés", "ventanilla", …, see src/speech/clip-vocabulary.ts), plus
// manifest.json, into public/voice/es/. The display plays them when the machine has no Spanish
// speech voice (a Linux Chromium or an Electron often has none).
//
//   npx tsx display/scripts/generate-voice-clips.ts                  synthesize with espeak-ng
//   npx tsx display/scripts/generate-voice-clips.ts --from DIR       use human recordings
//   npx tsx display/scripts/generate-voice-clips.ts --list           print the recording script
//
// Options: --office FILE (office.json: its window names' words are added), --voice NAME
// (espeak-ng voice, default es-419), --speed WPM (default 145), --out DIR, --voice-name TEXT
// (who speaks, written in the manifest), --chime FILE (the office's own chime instead of the
// built-in one). Needs sox and opusenc (apt-get install sox opus-tools),
// and espeak-ng for synthesis (apt-get install espeak-ng). See display/README.md.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import type { ClipEntry, ClipManifest } from '../src/speech/clip-manifest';
import { clipFileStem, clipVocabulary } from '../src/speech/clip-vocabulary';

const run = promisify(execFile);
const DISPLAY_DIR = path.resolve(import.meta.dirname, '..');
const DEFAULT_OUT = path.join(DISPLAY_DIR, 'public', 'voice', 'es');
/** Formats sox reads without extra packages; mp3 needs libsox-fmt-mp3. */
const RECORDING_EXTENSIONS = ['wav', 'flac', 'ogg', 'mp3'];
/** Opus at 24 kbit/s mono is clear speech in about 3 KB per clip. */
const BITRATE_KBPS = '24';
const PARALLEL = Math.max(1, Math.min(4, os.cpus().length));

type Source =
  { kind: 'espeak'; voice: string; speed: string } | { kind: 'recordings'; dir: string };

async function need(tool: string, hint: string): Promise<void> {
  try {
    await run('sh', ['-c', `command -v ${tool}`]);
  } catch {
    throw new Error(`${tool} is missing: ${hint}`);
  }
}

/** Window names of an office.json, so that their words get clips too. */
function officeWindowNames(file: string | undefined): string[] {
  if (!file) return [];
  const office = JSON.parse(readFileSync(file, 'utf8')) as { windows?: { name?: unknown }[] };
  return (office.windows ?? []).flatMap((window) =>
    typeof window.name === 'string' ? [window.name] : [],
  );
}

/** The recording of `stem` in `dir`, whichever of the accepted formats it is in. */
function recordingOf(dir: string, stem: string): string | null {
  for (const extension of RECORDING_EXTENSIONS) {
    const file = path.join(dir, `${stem}.${extension}`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** sox: mono 48 kHz, silence trimmed at both ends (the player adds the pauses), loudness even. */
const SOX_EFFECTS = [
  'silence',
  '1',
  '0.02',
  '0.5%',
  'reverse',
  'silence',
  '1',
  '0.02',
  '0.5%',
  'reverse',
  'norm',
  '-1',
];

/** Any sound → `<out>/<stem>.ogg` (Opus), cleaned up by {@link SOX_EFFECTS}; returns its entry. */
async function encode(
  input: string,
  stem: string,
  title: string,
  work: string,
  out: string,
): Promise<ClipEntry> {
  const clean = path.join(work, `${stem}.wav`);
  // -D: no dither (random noise), so that the same sound always gives the same bytes.
  await run('sox', ['-D', input, '-r', '48000', '-c', '1', '-b', '16', clean, ...SOX_EFFECTS]);
  const { stdout } = await run('sox', ['--i', '-D', clean]);
  const ms = Math.round(Number.parseFloat(stdout) * 1000);
  if (!(ms > 0)) throw new Error(`"${title}" came out silent`);
  const file = `${stem}.ogg`;
  // A fixed stream serial (random by default): the same sound gives the same bytes, so clips
  // generated again do not show up as changed in git.
  const opus = [
    '--quiet',
    '--bitrate',
    BITRATE_KBPS,
    '--serial',
    '1',
    '--comment',
    `title=${title}`,
  ];
  await run('opusenc', [...opus, clean, path.join(out, file)]);
  return { file, ms };
}

/** One clip: the unit synthesized by espeak-ng, or its recording, encoded. */
async function makeClip(
  unit: string,
  source: Source,
  work: string,
  out: string,
): Promise<ClipEntry> {
  const stem = clipFileStem(unit);
  if (source.kind === 'recordings') {
    const recording = recordingOf(source.dir, stem);
    if (!recording) throw new Error(`no recording for "${unit}" (${stem}.wav) in ${source.dir}`);
    return encode(recording, stem, unit, work, out);
  }
  const raw = path.join(work, `${stem}.raw.wav`);
  await run('espeak-ng', ['-v', source.voice, '-s', source.speed, '-w', raw, unit]);
  return encode(raw, stem, unit, work, out);
}

async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) {
        const index = next;
        next += 1;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      office: { type: 'string' },
      voice: { type: 'string', default: 'es-419' },
      speed: { type: 'string', default: '145' },
      out: { type: 'string', default: DEFAULT_OUT },
      'voice-name': { type: 'string' },
      chime: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const units = clipVocabulary(officeWindowNames(values.office));
  if (values.list) {
    // The recording script: one line per clip, the file to record and what to say in it.
    console.log('file\tsay');
    for (const unit of units) console.log(`${clipFileStem(unit)}.wav\t${unit}`);
    return;
  }
  const source: Source = values.from
    ? { kind: 'recordings', dir: path.resolve(values.from) }
    : { kind: 'espeak', voice: values.voice, speed: values.speed };
  await need('sox', 'apt-get install -y sox');
  await need('opusenc', 'apt-get install -y opus-tools');
  if (source.kind === 'espeak') await need('espeak-ng', 'apt-get install -y espeak-ng');
  if (source.kind === 'recordings') {
    const missing = units.filter((unit) => !recordingOf(source.dir, clipFileStem(unit)));
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} recordings are missing in ${source.dir}: ${missing.map((u) => `${clipFileStem(u)}.wav ("${u}")`).join(', ')}`,
      );
    }
  }
  const out = path.resolve(values.out);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'cac-voice-'));
  try {
    const started = Date.now();
    const entries = await inParallel(units, (unit) => makeClip(unit, source, work, out));
    const clips: Record<string, ClipEntry> = {};
    units.forEach((unit, index) => {
      const entry = entries[index];
      if (entry) clips[unit] = entry;
    });
    // "chime-office" is no Spanish word, so no unit's clip can have that name.
    const chime = values.chime
      ? await encode(path.resolve(values.chime), 'chime-office', 'chime', work, out)
      : null;
    // Clips of words no longer in the vocabulary would only take space in every build.
    const kept = new Set([...Object.values(clips), ...(chime ? [chime] : [])].map((c) => c.file));
    for (const file of readdirSync(out)) {
      if (file.endsWith('.ogg') && !kept.has(file)) rmSync(path.join(out, file));
    }
    const espeakVersion =
      source.kind === 'espeak'
        ? ((await run('espeak-ng', ['--version'])).stdout.match(/\d+\.\d+[\w.+-]*/)?.[0] ?? '')
        : '';
    const manifest: ClipManifest = {
      format: 1,
      language: 'es',
      voice:
        values['voice-name'] ??
        (source.kind === 'espeak'
          ? `espeak-ng ${espeakVersion} (${source.voice}, ${source.speed} ppm), voz sintética`
          : `grabaciones de ${path.basename(source.dir)}`),
      clips,
      chime,
    };
    writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const bytes = readdirSync(out).reduce(
      (sum, file) => sum + readFileSync(path.join(out, file)).length,
      0,
    );
    console.log(
      `${units.length} clips in ${path.relative(process.cwd(), out) || out} (${Math.round(bytes / 1024)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
