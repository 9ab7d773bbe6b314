// kioskTapToTicketP95Ms: the built kiosk face, served by the hub, in Debian's Chromium (headless,
// playwright-core), opened at /kiosk/ as the demo device kiosk-1 (no key: demo mode). Per sample:
// on Home, tap "Orientación"; on the preferential step (every demo service asks it), the measured
// tap is "Ninguna de las anteriores", which takes the ticket (ticket:take over socket.io, durable
// commit in the hub, ack) and shows the Ticket screen. The time is the page's own clock
// (performance.now() inside the page, not Playwright's RPC): from just before the button's click()
// until the first animation frame after the ticket number is in the DOM (a MutationObserver sees
// the commit; the next requestAnimationFrame runs right before that frame is painted). Then back
// to Home (a tap) and again: 5 warm-ups, 40 samples.
// Not measured: printing. The bench's office.json (writeOfficeFile) strips the demo kiosk's
// virtual printer, and the ticket screen does not wait for a print result anyway.
// kiosk-1 shares the bench office's limits (1000 tickets/min per device, burst 167), so the 45
// tickets never meet the rate limiter.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { BenchContext } from './context';
import { fmt } from './context';
import { percentile } from './load';
import type { ClickMeasure } from './measure-click';
import { measureClickScript } from './measure-click';

const REPO_DIR = path.resolve(import.meta.dirname, '..', '..');
const KIOSK_INDEX = path.join(REPO_DIR, 'kiosk', 'dist', 'index.html');
/** shared/src/testing/browser.ts, loaded at run time: it is type-checked with the DOM lib of the
 * faces, which the hub's tsconfig does not have. */
const BROWSER_HELPERS = path.join(REPO_DIR, 'shared', 'src', 'testing', 'browser.ts');

const WARM_UPS = 5;
const SAMPLES = 40;
const SAMPLE_TIMEOUT_MS = 5000;
/** The whole scenario stops taking samples after this long (it normally needs a few seconds). */
const BUDGET_MS = 30000;
const SERVICE = /^Orientación/;
const NONE = 'Ninguna de las anteriores';
const BACK_HOME = 'Toque la pantalla para volver al inicio';
const SERVICES_LIST = 'Trámites';

/** What the scenario measured (ms, page clock). */
export type KioskTapResult = {
  /** Tap → first frame with the ticket number. */
  p50: number;
  p95: number;
  max: number;
  /** Tap → ticket number in the DOM (before that frame). */
  domP50: number;
  domP95: number;
  samples: number;
  firstTicket: string;
  lastTicket: string;
};

const MEASURE_TAP = measureClickScript('ticket-number');

type Tap = ClickMeasure;

async function oneTicket(page: Page): Promise<Tap> {
  await page.getByRole('button', { name: SERVICE }).click();
  await page.getByRole('button', { name: NONE }).waitFor();
  const tap = (await page.evaluate(
    `${MEASURE_TAP}(${JSON.stringify({ label: NONE, timeoutMs: SAMPLE_TIMEOUT_MS })})`,
  )) as Tap;
  await page.getByRole('button', { name: BACK_HOME }).click();
  await page.getByRole('list', { name: SERVICES_LIST }).waitFor();
  return tap;
}

/**
 * The scenario; null (with the reason logged) when the kiosk is not built or Chromium cannot
 * start. Adds the tickets it takes to `ctx.issued`.
 */
export async function runKioskTap(ctx: BenchContext): Promise<KioskTapResult | null> {
  if (!existsSync(KIOSK_INDEX)) {
    ctx.log('  skipped: kiosk/dist/index.html is missing (npm run build -w kiosk)');
    return null;
  }
  let browser: Browser;
  try {
    const helpers = (await import(pathToFileURL(BROWSER_HELPERS).href)) as {
      launchChromium: () => Promise<Browser>;
    };
    browser = await helpers.launchChromium();
  } catch (error) {
    ctx.log(`  skipped: Chromium did not start (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    page.setDefaultTimeout(SAMPLE_TIMEOUT_MS * 2);
    // A long return time, so the Ticket screen never goes Home by itself between two steps.
    await page.goto(`${ctx.hub.url}/kiosk/?returnAfter=60`);
    await page.getByRole('list', { name: SERVICES_LIST }).waitFor();
    const deadline = performance.now() + BUDGET_MS;
    const taps: Tap[] = [];
    for (let i = 0; i < WARM_UPS + SAMPLES && performance.now() < deadline; i += 1) {
      const tap = await oneTicket(page);
      ctx.issued += 1;
      if (i >= WARM_UPS) taps.push(tap);
    }
    const frame = taps.map((t) => t.frameMs);
    const dom = taps.map((t) => t.domMs);
    const result: KioskTapResult = {
      p50: percentile(frame, 50),
      p95: percentile(frame, 95),
      max: Math.max(...frame),
      domP50: percentile(dom, 50),
      domP95: percentile(dom, 95),
      samples: taps.length,
      firstTicket: taps[0]?.number ?? '?',
      lastTicket: taps.at(-1)?.number ?? '?',
    };
    ctx.log(
      `  ${result.samples} taps (tickets ${result.firstTicket}–${result.lastTicket}) after ${WARM_UPS} warm-ups: ` +
        `to the frame p50 ${fmt(result.p50, 1)} / p95 ${fmt(result.p95, 1)} / max ${fmt(result.max, 1)} ms; ` +
        `to the DOM p50 ${fmt(result.domP50, 1)} / p95 ${fmt(result.domP95, 1)} ms`,
    );
    return result;
  } catch (error) {
    ctx.log(`  failed: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    await browser.close();
  }
}
