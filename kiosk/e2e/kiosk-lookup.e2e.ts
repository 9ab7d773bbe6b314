import type { Page, Route } from 'playwright-core';
import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';

// "Consultar mi trámite" in Chromium: the kiosk built and served by the real hub, Home → number →
// key → the expediente, the citizen's mistakes and the hub's refusals, at both kiosk sizes. The
// expedientes are opened in the hub as a clerk's panel would; only "the hub cannot be reached" is
// simulated, by making the browser refuse that one request.

const session = useE2eSession();

type Size = { width: number; height: number };

/** An observed filing of today (the hub's clock: Monday 23 Nov 2026, 10:00 in Lima). */
let observed: { digits: string; key: string };
/** A licence of 2025 that went all the way to the archive. */
let archived: { digits: string; key: string };

beforeAll(() => {
  const opened = session.hub.context.expedientes.open({
    procedureId: 'mesa-de-partes-solicitud',
    procedureName: 'Mesa de partes – solicitud',
    serviceId: 'mesa-de-partes',
    ticketId: null,
    windowId: 'ventanilla-3',
    by: 'clerk3',
    applicantDocument: '10117410',
    applicant: { name: 'María Quispe Huamán' },
    details: { subject: 'Constancia de posesión' },
    timeLimitWorkingDays: 10,
    observation: 'Falta copia del DNI',
  });
  observed = { digits: String(opened.sequence), key: opened.accessKey };
  archived = openArchived2025();
});

/** Writes a 2025 expediente with its eight steps straight into the hub's ledger. */
function openArchived2025(): { digits: string; key: string } {
  const steps = [
    ['recibido', '2025-10-06T14:20:00Z'],
    ['observado', '2025-10-06T14:31:00Z'],
    ['subsanado', '2025-10-08T16:02:00Z'],
    ['derivado', '2025-10-09T13:45:00Z'],
    ['en-evaluacion', '2025-10-13T15:10:00Z'],
    ['resuelto', '2025-10-21T12:00:00Z'],
    ['notificado', '2025-10-23T17:30:00Z'],
    ['archivado', '2025-11-10T20:00:00Z'],
  ] as const;
  const stored = session.hub.context.ledger.expedientes.create({
    year: 2025,
    accessKey: '70315562',
    procedureId: 'licencia-funcionamiento',
    procedureName: 'Licencia de funcionamiento – riesgo medio',
    serviceId: 'licencias',
    ticketId: null,
    windowId: null,
    createdBy: 'clerk2',
    createdAt: Date.parse(steps[0][1]),
    applicantDocument: '20607854247',
    applicant: {},
    details: {},
    dueOn: '2025-10-20',
    progress: {
      state: 'archivado',
      history: steps.map(([state, at]) => ({
        state,
        at: Date.parse(at),
        on: at.slice(0, 10),
        by: 'clerk2',
        note: null,
        office: state === 'derivado' ? 'Desarrollo Económico' : null,
        resolution: state === 'resuelto' ? 'aprobado-silencio-positivo' : null,
      })),
      observationDeadline: null,
      office: 'Desarrollo Económico',
      resolution: 'aprobado-silencio-positivo',
    },
  });
  return { digits: String(stored.sequence), key: stored.accessKey };
}

beforeEach(() => {
  // The hub allows 10 lookups a minute per address; a minute of its clock refills them.
  session.hub.advance(60_000);
});

/** Records the lookups the page makes (path and query); `down` makes the browser refuse them. */
async function watchLookups(page: Page, mode: 'hub' | 'down' = 'hub'): Promise<string[]> {
  const asked: string[] = [];
  await page.route('**/api/v1/expedientes/**', async (route: Route) => {
    const url = new URL(route.request().url());
    asked.push(`${url.pathname}${url.search}`);
    if (mode === 'down') return route.abort('connectionrefused');
    return route.continue();
  });
  return asked;
}

/** A key that is not `key` (same length). */
function wrongKey(key: string): string {
  return key.slice(0, 7) + String((Number(key[7]) + 1) % 10);
}

/**
 * A speech engine with one Spanish voice that records instead of talking (headless Chromium has
 * none), so that "Escuchar" is on screen as on a real kiosk and what it says can be read back.
 */
async function installFakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    const voices = [{ name: 'Voz de prueba', lang: 'es-PE', localService: true, default: true }];
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const events = new EventTarget();
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak: (utterance: FakeUtterance) => spoken.push(utterance.text),
        cancel: () => undefined,
        addEventListener: events.addEventListener.bind(events),
        removeEventListener: events.removeEventListener.bind(events),
      },
    });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: FakeUtterance,
    });
    Object.defineProperty(window, '__spoken', { value: spoken });
  });
}

function spoken(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.join(' '));
}

/** Buttons smaller than 64 px either way. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('button').evaluateAll((buttons) =>
    buttons
      .map((button) => ({ text: button.textContent ?? '', box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 64 || box.height < 64)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

/** How far the page (or Home's list of services) goes beyond the screen. */
async function overflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const lists = [...document.querySelectorAll('.kiosk-services')];
    const hidden = Math.max(0, ...lists.map((list) => list.scrollHeight - list.clientHeight));
    return {
      x: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      y: Math.max(0, document.documentElement.scrollHeight - window.innerHeight, hidden),
    };
  });
}

/** Text cut off inside its box (a heading, the typed number, the state). */
async function clippedText(page: Page): Promise<string[]> {
  return page
    .locator('h1, h2, output, .kiosk-lookup-state__name, .kiosk-lookup-state__meaning')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent ?? ''),
    );
}

/** Every button on screen is inside the window (nothing to scroll to). */
async function offScreenButtons(page: Page): Promise<string[]> {
  return page.locator('button').evaluateAll((buttons) =>
    buttons
      .filter((button) => {
        const box = button.getBoundingClientRect();
        return box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5;
      })
      .map((button) => button.textContent ?? ''),
  );
}

/** What every lookup screen must pass: axe, 64 px targets, nothing off screen or clipped. */
async function expectSound(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await overflow(page)).toEqual({ x: 0, y: 0 });
  expect(await offScreenButtons(page)).toEqual([]);
  expect(await clippedText(page)).toEqual([]);
}

async function openKiosk(size: Size): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: size });
  const errors = collectPageErrors(page);
  await installFakeSpeech(page);
  await page.goto(faceUrl(session.hub.url, 'kiosk'));
  await page.getByRole('list', { name: 'Trámites' }).waitFor();
  await page.getByRole('button', { name: 'Escuchar' }).waitFor();
  return { page, errors };
}

function keypad(page: Page) {
  return page.getByRole('group', { name: 'Teclado numérico' });
}

async function press(page: Page, digits: string): Promise<void> {
  for (const digit of digits) {
    await keypad(page).getByRole('button', { name: digit, exact: true }).click();
  }
}

/** From Home: the number (and its year, when not this one), then the key, then "Consultar". */
async function lookUp(
  page: Page,
  { digits, year, key }: { digits: string; year?: string; key: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Consultar mi trámite' }).click();
  await press(page, digits);
  if (year) {
    await page
      .getByRole('group', { name: 'Año del expediente' })
      .getByRole('button', { name: year })
      .click();
  }
  await page.getByRole('button', { name: 'Siguiente' }).click();
  await press(page, key);
  await page.getByRole('button', { name: 'Consultar', exact: true }).click();
}

describe.each([
  ['portrait', SCREENS.kioskPortrait],
  ['landscape', SCREENS.kioskLandscape],
] as const)('Consultar mi trámite in Chromium, %s', (orientation, size) => {
  const suffix = `${orientation}-${size.width}x${size.height}`;

  it('keeps Home whole with the new button, and leads through both steps to the expediente', async () => {
    const { page, errors } = await openKiosk(size);
    const asked = await watchLookups(page);
    const button = page.getByRole('button', { name: 'Consultar mi trámite' });
    await button.waitFor();
    // A toolbar control, not a sixth service.
    expect(await page.getByRole('list', { name: 'Trámites' }).getByRole('button').count()).toBe(5);
    await saveScreenshot(page, `kiosk-lookup-home-${suffix}`);
    await expectSound(page);

    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Consultar mi trámite' }).waitFor();
    await press(page, observed.digits);
    expect(await page.getByRole('status', { name: 'Número de expediente' }).textContent()).toBe(
      `Expediente N° ${observed.digits.padStart(6, '0')}-2026`,
    );
    await saveScreenshot(page, `kiosk-lookup-number-${suffix}`);
    await expectSound(page);

    await page.getByRole('button', { name: 'Siguiente' }).click();
    await press(page, observed.key.slice(0, 6));
    expect(await page.getByRole('status', { name: 'Clave de consulta' }).textContent()).toBe(
      `${observed.key.slice(0, 4)}-${observed.key.slice(4, 6)}__`,
    );
    await saveScreenshot(page, `kiosk-lookup-key-${suffix}`);
    await expectSound(page);
    await press(page, observed.key.slice(6));
    await page.getByRole('button', { name: 'Consultar', exact: true }).click();

    const number = observed.digits.padStart(6, '0');
    await page
      .getByRole('heading', { level: 1, name: `Expediente N° ${number}-2026-MPC` })
      .waitFor();
    expect(asked).toEqual([`/api/v1/expedientes/EXP-2026-${number}?k=${observed.key}`]);
    expect(await page.getByTestId('expediente-state').textContent()).toBe('Observado');
    // Observed on Monday 23 Nov: two working days to fix it.
    expect(await page.getByRole('region', { name: 'Estado actual' }).textContent()).toContain(
      'Falta algo en su trámite. Tiene hasta el 25/11/2026 para subsanarlo.',
    );
    const history = await page
      .getByRole('region', { name: 'Historial' })
      .getByRole('listitem')
      .allTextContents();
    expect(history).toEqual([
      expect.stringMatching(/^Recibido 23\/11\/2026, 1\d:\d\d$/),
      expect.stringMatching(/^Observado 23\/11\/2026, 1\d:\d\d$/),
    ]);
    await saveScreenshot(page, `kiosk-lookup-result-${suffix}`);
    await expectSound(page);

    await page.getByRole('button', { name: 'Escuchar' }).click();
    await expect
      .poll(() => spoken(page))
      .toContain('Estado: Observado. Falta algo en su trámite. Tiene hasta el 25 de noviembre');
    await page.getByRole('button', { name: 'Volver al inicio' }).click();
    await page.getByRole('list', { name: 'Trámites' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a long history of an earlier year without pushing anything off screen', async () => {
    const { page, errors } = await openKiosk(size);
    await lookUp(page, { digits: archived.digits, year: '2025', key: archived.key });

    const number = archived.digits.padStart(6, '0');
    await page
      .getByRole('heading', { level: 1, name: `Expediente N° ${number}-2025-MPC` })
      .waitFor();
    expect(await page.getByTestId('expediente-state').textContent()).toBe('Archivado');
    expect(await page.getByRole('region', { name: 'Estado actual' }).textContent()).toContain(
      'Resultado: Aprobado por silencio positivo',
    );
    expect(
      await page.getByRole('region', { name: 'Historial' }).getByRole('listitem').count(),
    ).toBe(8);
    await saveScreenshot(page, `kiosk-lookup-result-long-${suffix}`);
    await expectSound(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when nothing matches, and the key can be corrected', async () => {
    const { page, errors } = await openKiosk(size);
    const asked = await watchLookups(page);
    await lookUp(page, { digits: observed.digits, key: wrongKey(observed.key) });

    await page.getByRole('heading', { name: 'No encontramos su trámite' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'No encontramos un expediente con ese número y clave. Revise su cargo.',
    );
    await saveScreenshot(page, `kiosk-lookup-not-found-${suffix}`);
    await expectSound(page);

    await page.getByRole('button', { name: 'Corregir la clave' }).click();
    await keypad(page).getByRole('button', { name: 'Borrar', exact: true }).click();
    await press(page, observed.key.slice(7));
    await page.getByRole('button', { name: 'Consultar', exact: true }).click();
    await page.getByTestId('expediente-state').waitFor();
    const path = `/api/v1/expedientes/EXP-2026-${observed.digits.padStart(6, '0')}`;
    expect(asked).toEqual([`${path}?k=${wrongKey(observed.key)}`, `${path}?k=${observed.key}`]);
    // The miss is the only failed request: the page logs nothing else.
    expect(errors).toEqual([`404 ${path}`]);
    await page.close();
  });

  it('asks to wait after too many attempts', async () => {
    const { page } = await openKiosk(size);
    // Someone at this address already tried ten keys this minute.
    for (let i = 0; i < 10; i += 1) {
      await fetch(`${session.hub.url}/api/v1/expedientes/EXP-2026-000001?k=0000000${i}`);
    }
    await lookUp(page, { digits: observed.digits, key: observed.key });

    await page.getByRole('heading', { name: 'Demasiados intentos' }).waitFor();
    await saveScreenshot(page, `kiosk-lookup-rate-limited-${suffix}`);
    await expectSound(page);
    await page.close();
  });

  it('explains a hub that cannot be reached, without breaking', async () => {
    const { page } = await openKiosk(size);
    await watchLookups(page, 'down');
    await lookUp(page, { digits: observed.digits, key: observed.key });

    await page.getByRole('heading', { name: 'No se pudo consultar' }).waitFor();
    await page.getByRole('button', { name: 'Intentar de nuevo' }).waitFor();
    await saveScreenshot(page, `kiosk-lookup-failed-${suffix}`);
    await expectSound(page);
    await page.close();
  });
});
