import { runAxe, saveScreenshot } from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import { openWindow, takeTicket } from '../src/ratings/rating-test-support';
import { callApi } from '../src/testing';

const session = useE2eSession();

/** A common small phone, since the QR code is read with one. */
const PHONE = { width: 390, height: 844 };

describe('the live ticket page on a phone', () => {
  it('follows the turn without reloading, then takes one rating and refuses the others', async () => {
    const { hub, browser } = session;
    await takeTicket(hub);
    const ticket = await takeTicket(hub);
    const page = await browser.newPage({ viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(`${hub.url}${ticket.statusUrl}`);
    await page.getByText(ticket.number).waitFor();
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe('Hay 1 persona antes que usted.');
    await page.getByRole('heading', { name: 'Trámites que puede hacer sin venir' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'live-ticket-waiting-390x844');

    // Mark the document: if the page reloaded, the mark would be gone.
    await page.evaluate(() => document.body.setAttribute('data-not-reloaded', 'yes'));
    const clerk = await openWindow(hub);
    const ahead = (await clerk.callNext()).body?.['ticket'] as { id: string };
    await page.getByRole('status').filter({ hasText: 'Usted es el siguiente.' }).waitFor();
    await clerk.serveAndFinish(ahead.id);
    await clerk.callNext();
    await page
      .getByRole('status')
      .filter({ hasText: '¡Es su turno! Acérquese a la Ventanilla 1.' })
      .waitFor();
    expect(await page.getAttribute('body', 'data-not-reloaded')).toBe('yes');
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'live-ticket-called-390x844');

    // A second tab, opened before the rating: it will try to rate again.
    const second = await browser.newPage({ viewport: PHONE });
    await clerk.serveAndFinish(ticket.id);
    const faces = page.getByRole('group', { name: '¿Cómo fue su atención?' });
    await faces.waitFor();
    expect(await page.getAttribute('body', 'data-not-reloaded')).toBe('yes');
    await page.getByText('Buena', { exact: true }).click();
    expect(await page.getByRole('radio', { name: 'Buena', exact: true }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Comentario (opcional)' }).fill('Rápido y amable.');
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'live-ticket-rating-390x844');
    await second.goto(`${hub.url}${ticket.statusUrl}`);
    await second.getByText('Muy mala', { exact: true }).click();

    await page.getByRole('button', { name: 'Enviar calificación' }).click();
    await page.getByRole('heading', { name: '¡Gracias por su calificación!' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'live-ticket-thanks-390x844');
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toMatchObject({
      score: 4,
      comment: 'Rápido y amable.',
      source: 'phone',
    });

    // Second attempt: the other tab's form.
    await second.getByRole('button', { name: 'Enviar calificación' }).click();
    await second
      .getByRole('alert')
      .filter({ hasText: 'Esta atención ya fue calificada. Gracias.' })
      .waitFor();
    // The page, reloaded, no longer offers the faces.
    await second.goto(`${hub.url}${ticket.statusUrl}`);
    await second.getByText('Usted ya calificó esta atención. ¡Gracias!').waitFor();
    expect(await second.getByRole('radio').count()).toBe(0);
    // Third attempt: the API.
    const third = await callApi(hub, `/tickets/${ticket.id}/rating?k=${ticket.accessKey}`, {
      body: { score: 1 },
    });
    expect(third).toMatchObject({ status: 409, body: { error: { code: 'ALREADY_RATED' } } });
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)?.score).toBe(4);
    await second.close();
    await page.close();
  });
});
