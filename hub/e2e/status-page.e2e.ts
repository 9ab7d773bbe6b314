import { runAxe, saveScreenshot } from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

const session = useE2eSession();

/** A common small phone, since the QR code is read with one. */
const PHONE = { width: 390, height: 844 };

describe('the status page a ticket’s QR code opens', () => {
  it('shows the turn in Spanish on a phone, accessibly', async () => {
    const taken = await fetch(`${session.hub.url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk-key' },
      body: JSON.stringify({ serviceId: 'mesa-de-partes', category: 'pregnant' }),
    }).then((r) => r.json() as Promise<{ number: string; statusUrl: string }>);
    const page = await session.browser.newPage({ viewport: PHONE });
    await page.goto(`${session.hub.url}${taken.statusUrl}`);
    await page.getByText(taken.number).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Usted es el siguiente.');
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'status-page-phone-390x844');
    await page.close();
  });
});
