import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hub } from '../create-hub';
import { createHub } from '../create-hub';

/** 10:00 in Lima (UTC−5) on a working Monday: the office is open, far from the day close. */
export const LIMA_MORNING = Date.parse('2026-11-23T15:00:00Z');

/** A hub on a throw-away demo office, listening on 127.0.0.1 on a free port. */
export type TestHub = Hub & {
  dataDir: string;
  /** Moves the injected clock forward. */
  advance(ms: number): void;
};

/**
 * Starts the real hub for a test: fresh demo office in a temporary folder, a clock that starts at
 * {@link LIMA_MORNING} and runs with real time (plus whatever `advance` adds), silent logs.
 * `close()` stops it and deletes the folder.
 */
export async function startTestHub(
  options: { dataDir?: string; startAt?: number } = {},
): Promise<TestHub> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'cac-hub-')));
  const realStart = Date.now();
  let offset = 0;
  const start = options.startAt ?? LIMA_MORNING;
  const hub = await createHub({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    now: () => start + (Date.now() - realStart) + offset,
  });
  return {
    ...hub,
    dataDir,
    advance(ms) {
      offset += ms;
    },
    async close() {
      await hub.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
