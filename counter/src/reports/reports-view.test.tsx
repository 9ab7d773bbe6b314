import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { REPORT_TABLES } from '@cac/shared/protocol';
import { counterTranslator } from '../counter-text';
import { createFakeReportsPort } from './fake-reports-port';
import { REPORTS_MESSAGES_EN } from './reports-messages.en';
import type { ReportsMessageKey } from './reports-messages.es';
import { REPORTS_MESSAGES_ES } from './reports-messages.es';
import { SAMPLE_FILTERS, SAMPLE_REPORT, emptyReport } from './sample-report';
import { renderReports } from './test-kit';

// The sample week ends on the hub's today: its last day is what the screen opens on.
const TODAY_QUERY = { ...SAMPLE_FILTERS, from: SAMPLE_FILTERS.to };

async function reportShown(): Promise<void> {
  await screen.findByRole('heading', { name: /^Reporte del / });
}

function cellsOf(table: HTMLElement, rowName: RegExp | string): string[] {
  const row = within(table).getByRole('row', { name: rowName });
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

describe('reports catalog', () => {
  const placeholders = (template: string): string[] =>
    [...template.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '').sort();

  it('says the same things in English, with the same placeholders', () => {
    const keys = Object.keys(REPORTS_MESSAGES_ES) as ReportsMessageKey[];
    expect(Object.keys(REPORTS_MESSAGES_EN).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, placeholders(REPORTS_MESSAGES_EN[key])]).toEqual([
        key,
        placeholders(REPORTS_MESSAGES_ES[key]),
      ]);
    }
    expect(counterTranslator('en')('reports.csv.download')).toBe('Download CSV');
  });
});

describe('the reports filters', () => {
  it('opens on today’s office day by the hub’s clock', async () => {
    const { port } = renderReports();
    await reportShown();
    expect(port.calls).toEqual([{ name: 'load', query: TODAY_QUERY }]);
    expect(screen.getByLabelText('Desde el día')).toHaveValue('2026-12-07');
    expect(screen.getByRole('button', { name: 'Hoy' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('heading', { name: 'Reporte del 07/12/2026 al 07/12/2026' }),
    ).toBeVisible();
  });

  it('builds the query from every filter and asks with "Ver reporte"', async () => {
    const user = userEvent.setup();
    const { port } = renderReports();
    await reportShown();
    await user.clear(screen.getByLabelText('Desde el día'));
    await user.type(screen.getByLabelText('Desde el día'), '2026-11-16');
    await user.selectOptions(screen.getByLabelText('Servicio'), 'Tributos (SAT)');
    await user.selectOptions(screen.getByLabelText('Ventanilla'), 'Ventanilla 2');
    await user.selectOptions(screen.getByLabelText('Personal'), 'Ana Quispe Huamán');
    await user.selectOptions(screen.getByLabelText('Llegada desde las'), '08:00');
    await user.selectOptions(screen.getByLabelText('Llegada hasta las'), '13:00');
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    await screen.findByRole('heading', { name: 'Reporte del 16/11/2026 al 07/12/2026' });
    expect(port.calls.at(-1)).toEqual({
      name: 'load',
      query: {
        from: '2026-11-16',
        to: '2026-12-07',
        serviceId: 'tributos',
        windowId: 'ventanilla-2',
        clerkId: 'clerk1',
        hourFrom: 8,
        hourTo: 13,
      },
    });
    // The filters are written under the title, for the printed page.
    expect(
      screen.getByText(
        /^Tributos \(SAT\) · Ventanilla 2 · Ana Quispe Huamán · llegadas de 08:00 a 13:00/,
      ),
    ).toBeVisible();
  });

  it('asks with Enter in a field, and at once with a quick range', async () => {
    const user = userEvent.setup();
    const { port } = renderReports();
    await reportShown();
    await user.click(screen.getByRole('button', { name: 'Últimos 7 días' }));
    await screen.findByRole('heading', { name: 'Reporte del 01/12/2026 al 07/12/2026' });
    expect(port.calls.at(-1)).toEqual({
      name: 'load',
      query: SAMPLE_FILTERS,
    });
    expect(screen.getByRole('button', { name: 'Últimos 7 días' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Este mes' }));
    await user.clear(screen.getByLabelText('Hasta el día'));
    await user.type(screen.getByLabelText('Hasta el día'), '2026-12-04{Enter}');
    await screen.findByRole('heading', { name: 'Reporte del 01/12/2026 al 04/12/2026' });
    expect(port.calls.at(-1)).toEqual({
      name: 'load',
      query: { ...SAMPLE_FILTERS, to: '2026-12-04' },
    });
  });

  it('says what is wrong with the dates or hours instead of asking the hub', async () => {
    const user = userEvent.setup();
    const { port } = renderReports();
    await reportShown();
    await user.clear(screen.getByLabelText('Hasta el día'));
    await user.type(screen.getByLabelText('Hasta el día'), '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'La fecha «desde» no puede ser posterior a la fecha «hasta».',
    );
    expect(screen.getByLabelText('Hasta el día')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Hoy' }));
    await user.selectOptions(screen.getByLabelText('Llegada desde las'), '14:00');
    await user.selectOptions(screen.getByLabelText('Llegada hasta las'), '10:00');
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'La hora final debe ser posterior a la hora inicial.',
    );
    expect(port.calls.filter((call) => call.name === 'load')).toHaveLength(2);
  });
});

describe('the report', () => {
  it('shows the summary figures in es-PE', async () => {
    renderReports();
    await reportShown();
    const summary = screen.getByRole('region', { name: 'Resumen' });
    const term = (name: string) =>
      within(summary).getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(term('Emitidos')).toBe('412');
    expect(term('Atendidos')).toBe('371');
    expect(term('No se presentaron')).toBe('18');
    expect(term('Anulados')).toBe('6');
    expect(term('Vencidos al cierre')).toBe('9');
    expect(term('Transferidos')).toBe('8');
    expect(summary).toHaveTextContent(
      /Tiempo de esperaPromedio12\.4 minMediana10\.8 minPercentil 9024\.6 min/,
    );
    expect(summary).toHaveTextContent(
      /Tiempo de atenciónPromedio7\.3 minMediana6\.1 minPercentil 9014\.2 min/,
    );
    expect(summary).toHaveTextContent(
      'Llamados dentro de la meta77.4%301 de 389 tickets evaluados',
    );
    expect(summary).toHaveTextContent('Satisfacción4.2 de 5164 calificaciones');
  });

  it('reads the preferential wait against the ordinary one, and warns in words when it is longer', async () => {
    const port = createFakeReportsPort();
    renderReports({ port });
    await reportShown();
    const section = screen.getByRole('region', { name: 'Atención preferente (Ley 28683)' });
    expect(
      within(section).getByText(
        'Los tickets preferentes esperaron en promedio 3.2 min; los ordinarios 14.5 min.',
      ),
    ).toBeVisible();
    expect(within(section).queryByText(/^⚠/)).not.toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Atención preferente (Ley 28683)' });
    expect(cellsOf(table, /^Personas adultas mayores/)).toEqual([
      'Personas adultas mayores',
      '31',
      '3.0 min',
      '2.4 min',
      '6.1 min',
      '30 de 30 (100.0%)',
    ]);

    const user = userEvent.setup();
    port.setReport({
      ...SAMPLE_REPORT,
      summary: {
        ...SAMPLE_REPORT.summary,
        preferentialWait: { count: 52, avgMin: 16.1, medianMin: 15, p90Min: 30 },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(
      await within(section).findByText(
        '⚠ Atención: los tickets preferentes esperaron más que los ordinarios. La Ley 28683 exige atenderlos antes.',
      ),
    ).toBeVisible();
  });

  it('renders every table with the fixture’s figures', async () => {
    renderReports();
    await reportShown();
    expect(cellsOf(screen.getByRole('table', { name: 'Por servicio' }), /^Tributos/)).toEqual([
      'Tributos (SAT)',
      '104',
      '94',
      '4',
      '2',
      '3',
      '1',
      '14.1 min',
      '12.3 min',
      '27.8 min',
      '5.1 min',
      '15.0 min',
      '62 de 100 (62.0%)',
    ]);
    expect(
      cellsOf(screen.getByRole('table', { name: 'Productividad del personal' }), /^Rosa/),
    ).toEqual(['Rosa Tafur Mendoza', '44', '3', '5.2 min', '4.6 min', '6', '88.0']);
    expect(
      cellsOf(screen.getByRole('table', { name: 'Resultados de la atención' }), /Pago realizado/),
    ).toEqual(['Tributos (SAT)', 'Pago realizado', '71']);
    expect(
      cellsOf(screen.getByRole('table', { name: 'Trámites realizados' }), /^Copia certificada/),
    ).toEqual([
      'Copia certificada de acta de nacimiento',
      '84',
      'Copia de acta emitida: 79 · No encontrado: 5',
      'S/ 770.00',
    ]);
    const expedientes = screen.getByRole('region', { name: 'Expedientes' });
    expect(expedientes).toHaveTextContent('Abiertos en el rango87');
    expect(expedientes).toHaveTextContent('⚠ 4 con plazo vencido');
    expect(cellsOf(within(expedientes).getByRole('table'), /^Derivado/)).toEqual([
      'Derivado',
      '34',
    ]);
    const payments = screen.getByRole('region', { name: 'Pagos cobrados' });
    expect(payments).toHaveTextContent('Pagos141TotalS/ 52,057.30');
    expect(cellsOf(within(payments).getByRole('table'), /^Efectivo/)).toEqual([
      'Efectivo',
      '98',
      'S/ 28,456.30',
    ]);
    expect(cellsOf(screen.getByRole('table', { name: 'Por día' }), /^02\/12\/2026/)).toEqual([
      '02/12/2026',
      '92',
      '83',
      '3',
      '2',
      '2',
      '1',
      '14.6 min',
      '28.1 min',
    ]);
    const comments = screen.getByRole('table', { name: 'Últimos comentarios de satisfacción' });
    expect(within(comments).getAllByRole('row')[2]).toHaveTextContent(
      '07/12/2026 11:40Tributos (SAT)2 MalEsperé mucho para pagar el predial',
    );
    expect(
      screen.getByRole('region', { name: 'Por día y servicio (datos abiertos)' }),
    ).toHaveTextContent('25 filas');
  });

  it('gives the charts’ numbers to screen readers as tables', async () => {
    renderReports();
    await reportShown();
    expect(screen.getByRole('figure', { name: 'Tickets por hora de llegada' })).toBeVisible();
    const hours = screen.getByRole('table', {
      name: 'Datos del gráfico «Tickets por hora de llegada»',
    });
    expect(cellsOf(hours, /^10:00/)).toEqual(['10:00', '71', '64', '16.9 min']);
    const waits = screen.getByRole('table', { name: 'Datos del gráfico «Espera por servicio»' });
    expect(cellsOf(waits, /^Licencias/)).toEqual([
      'Licencias de Funcionamiento',
      '18.6 min',
      '34.9 min',
      '30.0 min',
    ]);
    const faces = screen.getByRole('table', {
      name: 'Datos del gráfico «Satisfacción (caras de 1 a 5)»',
    });
    expect(
      within(faces)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'CalificaciónCalificaciones',
      '1 Muy mal4',
      '2 Mal7',
      '3 Regular19',
      '4 Bien52',
      '5 Muy bien82',
    ]);
    // The drawings themselves are not read (the tables say the same).
    for (const svg of document.querySelectorAll('svg')) {
      expect(svg).toHaveAttribute('aria-hidden', 'true');
    }
  });

  it('says so when the range has no tickets', async () => {
    const user = userEvent.setup();
    const port = createFakeReportsPort(emptyReport());
    renderReports({ port });
    expect(await screen.findByText('No hay tickets en este rango.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Resumen' })).not.toBeInTheDocument();
    port.setReport(SAMPLE_REPORT);
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(await screen.findByRole('region', { name: 'Resumen' })).toBeVisible();
  });
});

describe('loading and errors', () => {
  it('shows that the report is being prepared', async () => {
    const user = userEvent.setup();
    const port = createFakeReportsPort();
    renderReports({ port });
    await reportShown();
    const release = port.holdNext();
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(screen.getByRole('status')).toHaveTextContent('Preparando el reporte…');
    release();
    await screen.findByRole('heading', { name: /^Reporte del / });
    expect(screen.queryByText('Preparando el reporte…')).not.toBeInTheDocument();
  });

  it('shows the hub’s Spanish refusal, and says when the hub cannot be reached', async () => {
    const user = userEvent.setup();
    const port = createFakeReportsPort();
    renderReports({ port });
    await reportShown();
    await user.click(screen.getByRole('button', { name: 'Este mes' }));
    port.failNext({
      code: 'INVALID_PAYLOAD',
      message: 'El rango debe tener de 1 a 93 días.',
      details: { field: 'to' },
    });
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'El rango debe tener de 1 a 93 días.',
    );
    port.failNext(null);
    await user.click(screen.getByRole('button', { name: 'Ver reporte' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No se pudo conectar con el servidor. Revise la red y pulse «Ver reporte» de nuevo.',
    );
  });
});

describe('CSV downloads', () => {
  it('downloads a table’s CSV through the port, for the report on screen', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const clicked: { href: string; download: string }[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:reporte';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    try {
      const { port } = renderReports();
      await reportShown();
      await user.click(screen.getByRole('button', { name: 'Últimos 7 días' }));
      await screen.findByRole('heading', { name: 'Reporte del 01/12/2026 al 07/12/2026' });
      // Edited but not asked for: the download is of the report on screen.
      await user.selectOptions(screen.getByLabelText('Servicio'), 'Tributos (SAT)');
      await user.click(screen.getByRole('button', { name: 'Descargar CSV de «Por servicio»' }));
      await vi.waitFor(() => expect(clicked).toHaveLength(1));
      expect(port.calls.at(-1)).toEqual({
        name: 'downloadCsv',
        table: 'byService',
        query: SAMPLE_FILTERS,
      });
      expect(clicked[0]).toEqual({
        href: 'blob:reporte',
        download: 'reporte-byService-2026-12-01-2026-12-07.csv',
      });
      expect(created[0]?.type).toBe('text/csv;charset=utf-8');

      await user.click(
        screen.getByRole('button', { name: 'Descargar CSV de «Tickets por hora de llegada»' }),
      );
      await vi.waitFor(() => expect(clicked).toHaveLength(2));
      expect(port.calls.at(-1)).toMatchObject({ name: 'downloadCsv', table: 'byHour' });

      port.failNext(null);
      await user.click(screen.getByRole('button', { name: 'Descargar CSV de «Pagos cobrados»' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'No se pudo descargar el CSV de «Pagos cobrados»: No se pudo conectar con el servidor.',
      );
      expect(clicked).toHaveLength(2);
    } finally {
      click.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('offers one for every table of the report', async () => {
    renderReports();
    await reportShown();
    const names = screen
      .getAllByRole('button', { name: /^Descargar CSV/ })
      .map((button) => button.getAttribute('aria-label'));
    expect(names).toHaveLength(REPORT_TABLES.length);
    expect(names).toContain('Descargar CSV de «Por día y servicio (datos abiertos)»');
  });
});
