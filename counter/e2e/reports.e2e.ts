import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loginToken, startTestHub } from '@cac/hub/testing';
import type { TestHub } from '@cac/hub/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  SCREENS,
  collectPageErrors,
  faceUrl,
  launchChromium,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import { SAMPLE_REPORT } from '../src/reports/sample-report';
import { signIn } from './clerk-helpers';

// The reports in Chromium. First against the real hub: a few tickets taken and served through
// REST, then a supervisor reads them in Reportes, downloads a table as CSV and looks at the print
// view. Then the sample week (the component tests' fixture, answered in place of the hub's JSON)
// for screenshots of a report with enough figures to judge the layout and the charts.

const session = useE2eSession();
const MINUTE = 60_000;

async function rest(
  hubUrl: string,
  token: string,
  route: string,
  body: unknown = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(`${hubUrl}/api/v1${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${route}: ${response.status} ${JSON.stringify(parsed)}`);
  return parsed;
}

/** One screen's worth (1366×768) of the page from `part`'s top, under `<name>.png`. */
async function saveScreenFrom(page: Page, part: Locator, name: string): Promise<void> {
  const top = await part.evaluate(
    (element) => element.getBoundingClientRect().top + window.scrollY - 16,
  );
  await page.screenshot({
    path: path.join(ARTIFACTS_DIR, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: Math.max(0, top), ...SCREENS.counter },
  });
}

async function openReports(page: Page, hubUrl: string): Promise<void> {
  await page.goto(faceUrl(hubUrl, 'counter'));
  await signIn(page, 'supervisor');
  await page
    .getByRole('navigation', { name: 'Vistas' })
    .getByRole('button', { name: 'Reportes' })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Reportes' }).waitFor();
}

/** The text of the `<dd>` after the summary's `<dt>` named `term`. */
async function summaryFigure(page: Page, term: string): Promise<string | null> {
  return page
    .getByRole('region', { name: 'Resumen' })
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd')
    .textContent();
}

describe('the reports against the real hub', () => {
  it('shows the day’s tickets, downloads a CSV with its accents and prints', async () => {
    const { hub } = session;
    // Four citizens: two ordinary and one older adult for Registro Civil, one for Orientación.
    const kiosk = 'demo-kiosk-key';
    for (const [serviceId, category] of [
      ['registro-civil', 'none'],
      ['registro-civil', 'none'],
      ['registro-civil', 'senior'],
      ['orientacion', 'none'],
    ] as const) {
      await rest(hub.url, kiosk, '/tickets', { serviceId, category });
    }
    // Ana serves three of them at Ventanilla 1, with minutes of wait and service between.
    const clerk = await loginToken(hub.url, 'clerk1');
    await rest(hub.url, clerk, '/windows/ventanilla-1/open', {
      serviceIds: ['registro-civil', 'orientacion'],
    });
    for (const [wait, service] of [
      [3, 6],
      [2, 9],
      [1, 4],
    ]) {
      hub.advance((wait ?? 0) * MINUTE);
      const called = await rest(hub.url, clerk, '/windows/ventanilla-1/call-next');
      const ticket = called['ticket'] as { id: string; serviceId: string };
      await rest(hub.url, clerk, `/tickets/${ticket.id}/start`);
      hub.advance((service ?? 0) * MINUTE);
      await rest(hub.url, clerk, `/tickets/${ticket.id}/finish`, {
        outcome: ticket.serviceId === 'orientacion' ? 'orientado' : 'atendido',
      });
    }

    const context = await session.browser.newContext({
      viewport: SCREENS.counter,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await openReports(page, hub.url);
    const title = page.getByRole('heading', { name: 'Reporte del 23/11/2026 al 23/11/2026' });
    await title.waitFor();
    expect(await summaryFigure(page, 'Emitidos')).toBe('4');
    expect(await summaryFigure(page, 'Atendidos')).toBe('3');
    const preferential = page.getByRole('region', { name: 'Atención preferente (Ley 28683)' });
    expect(await preferential.textContent()).toMatch(
      /Los tickets preferentes esperaron en promedio \d+\.\d min; los ordinarios \d+\.\d min\./,
    );
    const byService = page.getByRole('table', { name: 'Por servicio', exact: true });
    expect(await byService.getByRole('row', { name: /^Registro Civil/ }).textContent()).toMatch(
      /^Registro Civil33/,
    );
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-reports-hub-1366x768');

    // One table as CSV: the hub's file, UTF-8 with a BOM so Excel reads "Orientación" right.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar CSV de «Por servicio»' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('reporte-byService-2026-11-23-2026-11-23.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv).toContain('Registro Civil');
    expect(csv).toContain('Orientación');

    // Paper: no header, filters or buttons; the filters as the title line.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Vistas' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Ver reporte' }).isVisible()).toBe(false);
    expect(await title.isVisible()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-reports-hub-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the sample week’s report, for screenshots', () => {
  // Its own hub, whose clock is on the sample week's last day, so "Últimos 7 días" asks for it.
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([
      startTestHub({ startAt: Date.parse('2026-12-07T12:00:00-05:00') }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('lays the week out at 1366×768 and on paper', async () => {
    const page = await browser.newPage({ viewport: SCREENS.counter });
    const errors = collectPageErrors(page);
    const asked: string[] = [];
    await page.route('**/api/v1/reports?*', async (route) => {
      const url = new URL(route.request().url());
      asked.push(url.search);
      await route.fulfill({ json: SAMPLE_REPORT });
    });
    await openReports(page, hub.url);
    await page.getByRole('button', { name: 'Últimos 7 días' }).click();
    await page.getByRole('heading', { name: 'Reporte del 01/12/2026 al 07/12/2026' }).waitFor();
    expect(asked.at(-1)).toBe('?from=2026-12-01&to=2026-12-07&hourFrom=0&hourTo=24');
    expect(await summaryFigure(page, 'Emitidos')).toBe('412');
    expect(await runAxe(page)).toEqual([]);
    await saveScreenFrom(page, page.locator('body'), 'counter-reports-top-1366x768');
    const views = [
      [page.getByRole('figure', { name: 'Tickets por hora de llegada' }), 'charts'],
      [page.getByRole('region', { name: 'Por servicio' }), 'tables'],
      [page.getByRole('region', { name: 'Resultados de la atención' }), 'tables2'],
    ] as const;
    for (const [part, name] of views) {
      await saveScreenFrom(page, part, `counter-reports-${name}-1366x768`);
    }
    await saveScreenshot(page, 'counter-reports-full-1366x768');
    await page.emulateMedia({ media: 'print' });
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-reports-print');
    expect(errors).toEqual([]);
    await page.close();
  });
});
