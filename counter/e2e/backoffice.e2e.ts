import {
  SCREENS,
  collectPageErrors,
  faceUrl,
  runAxe,
  saveScreenshot,
} from '../../shared/src/testing/browser';
import { useE2eSession } from '../../shared/src/testing/e2e-session';
import { signIn } from './clerk-helpers';

// The back office in Chromium against the real hub: a supervisor finds an expediente that mesa de
// partes received with an observation, and moves it along its states.

const session = useE2eSession();

describe('the expedientes back office in Chromium', () => {
  it('finds an expediente by the applicant’s DNI, shows its history and moves it', async () => {
    const opened = session.hub.context.expedientes.open({
      procedureId: 'registro-expediente',
      procedureName: 'Registro de expediente (solicitud escrita)',
      serviceId: 'mesa-de-partes',
      ticketId: null,
      windowId: 'ventanilla-3',
      by: 'clerk3',
      applicantDocument: '10117410',
      applicant: {
        kind: 'person',
        documentType: 'dni',
        document: '10117410',
        names: 'María Quispe Huamán',
      },
      details: {
        documentType: 'Solicitud',
        subject: 'Constancia de posesión',
        folios: 12,
        destinationOffice: 'Subgerencia de Catastro',
      },
      timeLimitWorkingDays: 30,
      observation: null,
    });

    const page = await session.browser.newPage({ viewport: SCREENS.counter });
    const errors = collectPageErrors(page);
    await page.goto(faceUrl(session.hub.url, 'counter'));
    await signIn(page, 'supervisor');
    await page
      .getByRole('navigation', { name: 'Vistas' })
      .getByRole('button', { name: 'Expedientes' })
      .click();
    await page.getByRole('heading', { name: 'Buscar expedientes' }).waitFor();
    await page.getByLabel('DNI o RUC del solicitante').fill('10117410-G');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();

    const results = page.getByRole('region', { name: 'Resultados' });
    await results.getByRole('button', { name: opened.number }).waitFor();
    expect(await results.textContent()).toContain('María Quispe Huamán');
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-backoffice-results-1366x768');

    await results.getByRole('button', { name: opened.number }).click();
    await page.getByRole('heading', { name: `Expediente ${opened.number}` }).waitFor();
    const moves = page.getByRole('group', { name: 'Mover el expediente' });
    await moves.getByRole('button', { name: 'Derivar' }).click();
    const dialog = page.getByRole('dialog', { name: `Derivar el expediente ${opened.number}` });
    await dialog.waitFor();
    expect(await runAxe(page)).toEqual([]);
    await dialog
      .getByLabel('Oficina de destino (obligatorio)')
      .selectOption('Subgerencia de Catastro');
    await dialog.getByRole('button', { name: 'Derivar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'pasó a' }).textContent())
      .toBe(`El expediente ${opened.number} pasó a «Derivado».`);

    // Stored in the hub, with who moved it; the public lookup shows the new state.
    expect(
      session.hub.context.ledger.expedientes.get(opened.number)?.progress.history.at(-1),
    ).toMatchObject({ state: 'derivado', by: 'supervisor', office: 'Subgerencia de Catastro' });
    const lookup = session.hub.context.expedientes.lookup(opened.number, opened.accessKey);
    expect(lookup?.status).toBe('derivado');
    expect(
      await page.getByRole('region', { name: 'Historial' }).getByRole('row').allTextContents(),
    ).toEqual([
      expect.stringContaining('Estado'),
      expect.stringContaining('Recibido'),
      expect.stringMatching(/Derivado.*Jorge Cabrera Sánchez.*Subgerencia de Catastro/),
    ]);
    expect(await runAxe(page)).toEqual([]);
    await saveScreenshot(page, 'counter-backoffice-detail-1366x768');
    expect(errors).toEqual([]);
    await page.close();
  });
});
