import { runAxe, saveScreenshot } from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import { openWindow, takeTicket } from '../../hub/src/ratings/rating-test-support';

const session = useE2eSession();

const PORTRAIT = { width: 800, height: 1280 };
const LANDSCAPE = { width: 1280, height: 800 };

describe('the rating pad at a window (/display/?pad=ventanilla-1)', () => {
  it('asks when an attention ends at its window and records one tap', async () => {
    const { hub, browser } = session;
    const clerk = await openWindow(hub);
    for (const [viewport, name, score] of [
      [PORTRAIT, '800x1280', 'Muy buena'],
      [LANDSCAPE, '1280x800', 'Regular'],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${hub.url}/display/?pad=ventanilla-1`);
      await page.getByRole('heading', { level: 1, name: 'Ventanilla 1' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Gracias por su visita' }).waitFor();
      expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
      await saveScreenshot(page, `rating-pad-idle-${name}`);

      const ticket = await takeTicket(hub);
      expect((await clerk.callNext()).status).toBe(200);
      await clerk.serveAndFinish(ticket.id);
      const faces = page.getByRole('group', { name: '¿Cómo fue su atención?' });
      await faces.waitFor();
      await page.getByText(`Turno ${ticket.number}`).waitFor();
      expect(await runAxe(page, { enhancedContrast: true })).toEqual([]);
      await saveScreenshot(page, `rating-pad-asking-${name}`);

      await page.getByRole('button', { name: score, exact: true }).click();
      await page.getByText('¡Gracias!').waitFor();
      expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toMatchObject({
        source: 'pad',
        windowId: 'ventanilla-1',
        clerkId: 'clerk1',
        score: score === 'Muy buena' ? 5 : 3,
      });
      await page.close();
    }
  });
});
