import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  action,
  clerkPage,
  currentTicket,
  openWindowWithKeyboard,
} from '../../counter/e2e/clerk-helpers';
import {
  announcementLog,
  launchDisplayChromium,
  openDisplay,
} from '../../display/e2e/display-support';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

// The three faces together on one hub, as an office runs them: a citizen takes a ticket at the
// kiosk in two touches (printed on the virtual printer), a clerk calls it with the keyboard, the
// waiting room's screen shows and announces it, the clerk recalls, serves and finishes.

const session = useE2eSession();

describe('kiosk, counter and display on one hub', () => {
  it('takes a ticket, calls it from the counter, shows and announces it on the display', async () => {
    // The display runs as a display PC does: allowed to play sound without a touch.
    const displayBrowser = await launchDisplayChromium();
    try {
      const display = await openDisplay(displayBrowser, session.hub.url, {
        viewport: SCREENS.display,
        reducedMotion: true,
      });

      const kiosk = await session.browser.newPage({ viewport: SCREENS.kioskPortrait });
      const kioskErrors = collectPageErrors(kiosk);
      await kiosk.goto(`${faceUrl(session.hub.url, 'kiosk')}?returnAfter=60`);
      await kiosk.getByRole('button', { name: /^Mesa de Partes/ }).click();
      await kiosk.getByRole('button', { name: /Adulto mayor/ }).click();
      const number = (await kiosk.getByTestId('ticket-number').textContent()) ?? '';
      expect(number).toBe('M-001');
      // Printed by the hub on the demo kiosk's virtual printer.
      await expect
        .poll(async () =>
          (await readdir(path.join(session.hub.dataDir, 'printed'), { recursive: true })).some(
            (file) => path.basename(file).startsWith(`${number}-`),
          ),
        )
        .toBe(true);

      // Ventanilla 3 serves Mesa de Partes in the demo office.
      const counter = await clerkPage(session.browser, session.hub.url, 'clerk3');
      const counterErrors = collectPageErrors(counter);
      await openWindowWithKeyboard(counter, 'Ventanilla 3');
      await counter.keyboard.press('l');
      await expect.poll(() => currentTicket(counter).textContent()).toBe(number);

      const featured = display.page.getByRole('region', { name: 'Turno' });
      await expect.poll(() => featured.textContent()).toContain(`${number}Acérquese aVentanilla 3`);
      await expect
        .poll(() => announcementLog(display.page), { timeout: 15_000 })
        .toEqual([expect.stringMatching(/^Turno eme uno, ventanilla tres\. \[(clips|speech)\]$/)]);
      await saveScreenshot(display.page, 'suite-display-call-1920x1080');

      // Recall, serve, finish — all from the keyboard.
      await counter.keyboard.press('r');
      await expect.poll(() => featured.textContent()).toContain(`Segundo llamado${number}`);
      await expect.poll(() => announcementLog(display.page), { timeout: 15_000 }).toHaveLength(2);
      await counter.keyboard.press('i');
      await expect.poll(() => action(counter, 'Finalizar').isEnabled()).toBe(true);
      await counter.keyboard.press('f');
      await counter.getByRole('dialog').waitFor();
      await counter.keyboard.press('1');
      await counter.keyboard.press('Enter');
      await expect
        .poll(() => counter.getByRole('region', { name: /Atendidos en esta sesión/ }).textContent())
        .toContain(number);
      await saveScreenshot(counter, 'suite-counter-after-finish-1366x768');

      expect(kioskErrors).toEqual([]);
      expect(counterErrors).toEqual([]);
      expect(display.errors).toEqual([]);
    } finally {
      await displayBrowser.close();
    }
  });
});
