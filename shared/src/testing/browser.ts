/// <reference types="node" />
// Browser-test helpers: they run in Node (vitest.e2e.config.ts) and drive Debian's Chromium.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright-core downloads no browser. */
export const CHROMIUM_PATH = process.env['CAC_CHROMIUM'] ?? '/usr/bin/chromium';

/** `<repo>/e2e-artifacts`: screenshots for people to look at (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../e2e-artifacts',
);

/** Starts a headless Chromium suitable for CI containers (no sandbox, no GPU, no network chatter). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** One accessibility violation, reduced to what a failing assertion should print. */
export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
};

/** WCAG 2.x A and AA, plus axe's best practices (landmarks, one h1, …). */
const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  resultTypes: ['violations'],
};

/**
 * Runs axe-core in the page and returns its violations (an empty array is a pass). The faces'
 * CSP (`script-src 'self'`) refuses an injected `<script>`, so the source is evaluated through
 * the DevTools protocol, which the page's CSP does not govern, and the page stays as strict as
 * in production.
 */
export async function runAxe(
  page: Page,
  options: { enhancedContrast?: boolean } = {},
): Promise<AxeViolation[]> {
  const runOptions: RunOptions = options.enhancedContrast
    ? // AAA contrast (7:1) on top, for the displays read from across the room.
      { ...AXE_OPTIONS, rules: { 'color-contrast-enhanced': { enabled: true } } }
    : AXE_OPTIONS;
  await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    const { axe: injected } = globalThis as unknown as {
      axe: { run(c: Document, o: RunOptions): Promise<AxeResults> };
    };
    const results = await injected.run(document, options);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, runOptions);
}

/** Saves a full-page PNG as `<repo>/e2e-artifacts/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Collects the page's errors so a test can assert there were none: uncaught exceptions, console
 * errors (which include CSP violations) and HTTP responses ≥ 400 as `<status> <path>` (Chromium's
 * own console line for those does not say which resource failed, so it is left out).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return errors;
}

/**
 * Sizes of the real screens: portrait kiosk, 42-inch display, the clerks' laptops.
 */
export const SCREENS = {
  kioskPortrait: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  display: { width: 1920, height: 1080 },
  counter: { width: 1366, height: 768 },
} as const;

/** The address at which the hub serves a face, exactly as people open it (`/kiosk/`, …). */
export function faceUrl(hubUrl: string, face: 'kiosk' | 'counter' | 'display'): string {
  return `${hubUrl}/${face}/`;
}
