import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { runAxe, saveScreenshot, SCREENS } from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import { openWindow, takeTicket } from '../src/ratings/rating-test-support';

const session = useE2eSession();

/** A common small phone: the page is linked from the ticket's QR code and the town's website. */
const PHONE = { width: 390, height: 844 };
const MINUTE = 60_000;
const CHART_NAME = 'Espera promedio de hoy por servicio (minutos)';

// Three Registro Civil tickets at 10:00: the first called at 10:05 (waited 5 min), the second at
// 10:08 (8 min), the third still waiting. Average 6.5 min; nine in ten waited 8 min or less.
beforeAll(async () => {
  const { hub } = session;
  const [first, second] = [await takeTicket(hub), await takeTicket(hub), await takeTicket(hub)];
  const clerk = await openWindow(hub);
  hub.advance(5 * MINUTE);
  expect((await clerk.callNext()).status).toBe(200);
  await clerk.serveAndFinish(first?.id ?? '');
  hub.advance(3 * MINUTE);
  expect((await clerk.callNext()).status).toBe(200);
  await clerk.serveAndFinish(second?.id ?? '');
});

/** The table's body as the cells' texts, row by row. */
function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  // A Peruvian browser, so the date fields of the download form read as people here see them.
  const page = await session.browser.newPage({ viewport, locale: 'es-PE' });
  await page.goto(`${session.hub.url}/transparencia`);
  return page;
}

describe('the public page /transparencia', () => {
  it.each([
    ['transparencia-1366x768', SCREENS.counter],
    ['transparencia-phone-390x844', PHONE],
  ])('shows today’s figures, a described chart and nothing personal (%s)', async (name, size) => {
    const page = await openPage(size);
    expect(await tableRows(page)).toEqual([
      ['Registro Civil', '3', '2', '1', '6.5 min', '8 min'],
      ['Licencias de Funcionamiento', '0', '0', '0', '—', '—'],
      ['Mesa de Partes', '0', '0', '0', '—', '—'],
      ['Tributos (SAT)', '0', '0', '0', '—', '—'],
      ['Orientación', '0', '0', '0', '—', '—'],
    ]);
    const chart = page.getByRole('img', { name: CHART_NAME });
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.getAttribute('aria-describedby')).toBeTruthy();
    const description = await page
      .locator(`#${await chart.getAttribute('aria-describedby')}`)
      .textContent();
    expect(description).toContain('Registro Civil: 6.5 min');
    // Saved before the checks below, so a failing run leaves the picture to look at.
    await saveScreenshot(page, name);
    expect(await runAxe(page)).toEqual([]);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const user of session.hub.context.config().users) expect(text).not.toContain(user.name);
    await page.close();
  });

  it('downloads the daily CSV from its form: BOM first, today’s line, nothing personal', async () => {
    const page = await openPage(SCREENS.counter);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^datos-abiertos-\d{4}-\d{2}-\d{2}-2026-11-23\.csv$/,
    );
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('2026-11-23,registro-civil,Registro Civil,3,2,0,6.5,8\r\n');
    for (const user of session.hub.context.config().users) expect(text).not.toContain(user.name);
    await page.close();
  });
});
