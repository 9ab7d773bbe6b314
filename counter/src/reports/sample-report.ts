import type {
  DayReportRow,
  DurationStats,
  ReportFilters,
  ReportView,
  ServiceReportRow,
} from '@cac/shared/protocol';

// A realistic week of the demo office (Tuesday 1 to Monday 7 December 2026; the weekend closed) as
// the hub's report would describe it, shared by the component tests and the browser test's
// screenshots. Its sums agree (services, hours, days and clerks add up to the summary), so a
// figure that shows up wrong on screen is the screen's fault. Not a test file itself.

function stats(
  count: number,
  avgMin: number | null,
  medianMin: number | null,
  p90Min: number | null,
): DurationStats {
  return { count, avgMin, medianMin, p90Min };
}

function sla(targetMin: number | null, met: number, evaluated: number) {
  const pct = evaluated === 0 ? null : Math.round((met / evaluated) * 1000) / 10;
  return { targetMin, met, evaluated, pct };
}

/** The filters of {@link SAMPLE_REPORT}: the whole week, every service, window and clerk. */
export const SAMPLE_FILTERS: ReportFilters = {
  from: '2026-12-01',
  to: '2026-12-07',
  serviceId: null,
  windowId: null,
  clerkId: null,
  hourFrom: 0,
  hourTo: 24,
};

const BY_SERVICE: readonly ServiceReportRow[] = [
  {
    serviceId: 'registro-civil',
    serviceName: 'Registro Civil',
    issued: 138,
    served: 126,
    noShow: 6,
    cancelled: 2,
    expired: 3,
    transferred: 3,
    open: 0,
    wait: stats(132, 11.2, 9.8, 21.5),
    service: stats(126, 8.4, 7.6, 14.9),
    sla: sla(20, 115, 132),
  },
  {
    serviceId: 'licencias',
    serviceName: 'Licencias de Funcionamiento',
    issued: 54,
    served: 47,
    noShow: 3,
    cancelled: 1,
    expired: 2,
    transferred: 1,
    open: 0,
    wait: stats(51, 18.6, 16.0, 34.9),
    service: stats(47, 14.9, 13.2, 24.0),
    sla: sla(30, 38, 51),
  },
  {
    serviceId: 'mesa-de-partes',
    serviceName: 'Mesa de Partes',
    issued: 86,
    served: 79,
    noShow: 4,
    cancelled: 1,
    expired: 1,
    transferred: 2,
    open: 0,
    wait: stats(84, 9.7, 8.5, 18.2),
    service: stats(79, 6.2, 5.5, 11.0),
    sla: sla(15, 66, 84),
  },
  {
    serviceId: 'tributos',
    serviceName: 'Tributos (SAT)',
    issued: 104,
    served: 94,
    noShow: 4,
    cancelled: 2,
    expired: 3,
    transferred: 1,
    open: 0,
    wait: stats(100, 14.1, 12.3, 27.8),
    service: stats(94, 5.1, 4.4, 9.3),
    sla: sla(15, 62, 100),
  },
  {
    serviceId: 'orientacion',
    serviceName: 'Orientación',
    issued: 30,
    served: 25,
    noShow: 1,
    cancelled: 0,
    expired: 0,
    transferred: 1,
    open: 0,
    wait: stats(22, 6.3, 5.0, 12.1),
    service: stats(25, 3.8, 3.1, 7.0),
    sla: sla(10, 20, 22),
  },
];

const BY_DAY: readonly DayReportRow[] = [
  ['2026-12-01', 78, 70, 4, 1, 2, 2, 11.0, 22.4],
  ['2026-12-02', 92, 83, 3, 2, 2, 1, 14.6, 28.1],
  ['2026-12-03', 85, 76, 5, 1, 1, 2, 12.9, 25.0],
  ['2026-12-04', 71, 64, 2, 1, 2, 1, 10.1, 19.7],
  ['2026-12-07', 86, 78, 4, 1, 2, 2, 12.8, 24.9],
].map(([day, issued, served, noShow, cancelled, expired, transferred, avg, p90]) => ({
  day: String(day),
  issued: Number(issued),
  served: Number(served),
  noShow: Number(noShow),
  cancelled: Number(cancelled),
  expired: Number(expired),
  transferred: Number(transferred),
  open: 0,
  avgWaitMin: Number(avg),
  p90WaitMin: Number(p90),
}));

const TOTAL_ISSUED = 412;

/** One week of the demo office: 412 tickets, 371 served, preferential waits well under ordinary. */
export const SAMPLE_REPORT: ReportView = {
  filters: SAMPLE_FILTERS,
  generatedAt: Date.parse('2026-12-07T17:05:00-05:00'),
  summary: {
    issued: 412,
    served: 371,
    noShow: 18,
    cancelled: 6,
    expired: 9,
    transferred: 8,
    open: 0,
    wait: stats(389, 12.4, 10.8, 24.6),
    service: stats(371, 7.3, 6.1, 14.2),
    sla: sla(null, 301, 389),
    preferentialWait: stats(52, 3.2, 2.5, 6.8),
    ordinaryWait: stats(337, 14.5, 12.9, 27.3),
  },
  byService: BY_SERVICE,
  byHour: [
    [8, 38, 35, 6.1],
    [9, 64, 58, 11.8],
    [10, 71, 64, 16.9],
    [11, 58, 52, 15.2],
    [12, 44, 40, 12.0],
    [13, 31, 29, 8.4],
    [14, 42, 38, 10.7],
    [15, 40, 35, 12.5],
    [16, 24, 20, 9.0],
  ].map(([hour = 0, issued = 0, served = 0, avgWaitMin = 0]) => ({
    hour,
    issued,
    served,
    avgWaitMin,
  })),
  byDay: BY_DAY,
  preferential: [
    { category: 'none', issued: 359, wait: stats(337, 14.5, 12.9, 27.3), sla: sla(null, 249, 337) },
    { category: 'senior', issued: 31, wait: stats(30, 3.0, 2.4, 6.1), sla: sla(null, 30, 30) },
    { category: 'pregnant', issued: 9, wait: stats(9, 2.8, 2.5, 5.0), sla: sla(null, 9, 9) },
    { category: 'disability', issued: 7, wait: stats(7, 4.1, 3.6, 7.9), sla: sla(null, 7, 7) },
    { category: 'child', issued: 6, wait: stats(6, 3.9, 3.2, 7.2), sla: sla(null, 6, 6) },
  ],
  clerks: [
    ['clerk1', 'Ana Quispe Huamán', 98, 5, 8.1, 7.0, 15.2, 4, 52.5],
    ['clerk2', 'Luis Chilón Terrones', 88, 4, 6.4, 5.8, 12.0, 3, 41.0],
    ['clerk3', 'María Díaz Cerna', 79, 3, 6.0, 5.1, 11.4, 5, 63.5],
    ['clerk4', 'José Villanueva Llanos', 62, 3, 9.8, 8.9, 18.7, 2, 30.0],
    ['clerk5', 'Rosa Tafur Mendoza', 44, 3, 5.2, 4.6, 9.9, 6, 88.0],
  ].map(([clerkId, clerkName, served, noShow, avg, median, p90, pauses, pauseMin]) => ({
    clerkId: String(clerkId),
    clerkName: String(clerkName),
    served: Number(served),
    noShow: Number(noShow),
    service: stats(Number(served), Number(avg), Number(median), Number(p90)),
    pauses: Number(pauses),
    pauseMin: Number(pauseMin),
  })),
  outcomes: [
    ['registro-civil', 'Registro Civil', 'atendido', 'Atendido', 98],
    ['registro-civil', 'Registro Civil', 'observado', 'Observado: faltan requisitos', 16],
    ['registro-civil', 'Registro Civil', 'pendiente-pago', 'Pendiente de pago', 9],
    ['registro-civil', 'Registro Civil', 'derivado', 'Derivado a otra oficina', 3],
    ['licencias', 'Licencias de Funcionamiento', 'expediente-recibido', 'Solicitud recibida', 29],
    ['licencias', 'Licencias de Funcionamiento', 'observado', 'Observado: faltan requisitos', 11],
    ['licencias', 'Licencias de Funcionamiento', 'orientado', 'Orientado sobre requisitos', 7],
    ['mesa-de-partes', 'Mesa de Partes', 'expediente-registrado', 'Expediente registrado', 58],
    ['mesa-de-partes', 'Mesa de Partes', 'observado', 'Observado: 2 días hábiles para subsanar', 9],
    ['mesa-de-partes', 'Mesa de Partes', 'consulta-estado', 'Consulta de estado atendida', 12],
    ['tributos', 'Tributos (SAT)', 'pagado', 'Pago realizado', 71],
    ['tributos', 'Tributos (SAT)', 'consulta-deuda', 'Consulta de deuda atendida', 19],
    ['tributos', 'Tributos (SAT)', 'observado', 'Observado: faltan datos o documentos', 4],
    ['orientacion', 'Orientación', 'orientado', 'Orientado', 23],
    ['orientacion', 'Orientación', 'derivado', 'Derivado a otra ventanilla', 2],
  ].map(([serviceId, serviceName, outcome, outcomeLabel, count]) => ({
    serviceId: String(serviceId),
    serviceName: String(serviceName),
    outcome: String(outcome),
    outcomeLabel: String(outcomeLabel),
    count: Number(count),
  })),
  procedures: [
    {
      procedureId: 'copia-acta-nacimiento',
      procedureName: 'Copia certificada de acta de nacimiento',
      kind: 'acta-copy',
      runs: 84,
      results: [
        { result: 'acta-copy', count: 79 },
        { result: 'not-found', count: 5 },
      ],
      feesCents: 77_000,
    },
    {
      procedureId: 'licencia-funcionamiento',
      procedureName: 'Licencia de funcionamiento (riesgo bajo o medio)',
      kind: 'licence',
      runs: 29,
      results: [{ result: 'expediente', count: 29 }],
      feesCents: 763_280,
    },
    {
      procedureId: 'registro-expediente',
      procedureName: 'Registro de expediente (solicitud escrita)',
      kind: 'document-intake',
      runs: 58,
      results: [{ result: 'expediente', count: 58 }],
      feesCents: 0,
    },
    {
      procedureId: 'pago-tributos',
      procedureName: 'Pago de impuesto predial y arbitrios',
      kind: 'payment',
      runs: 71,
      results: [{ result: 'receipt', count: 71 }],
      feesCents: 0,
    },
  ],
  expedientes: {
    opened: 87,
    byState: [
      { state: 'recibido', count: 21 },
      { state: 'observado', count: 9 },
      { state: 'subsanado', count: 3 },
      { state: 'derivado', count: 34 },
      { state: 'en-evaluacion', count: 12 },
      { state: 'resuelto', count: 6 },
      { state: 'notificado', count: 2 },
    ],
    overdue: 4,
  },
  payments: {
    count: 141,
    totalCents: 5_205_730,
    byMethod: [
      { method: 'efectivo', count: 98, totalCents: 2_845_630 },
      { method: 'tarjeta', count: 21, totalCents: 912_400 },
      { method: 'transferencia', count: 7, totalCents: 1_263_200 },
      { method: 'yape', count: 15, totalCents: 184_500 },
    ],
  },
  satisfaction: {
    count: 164,
    average: 4.2,
    distribution: [4, 7, 19, 52, 82],
    comments: [
      {
        at: Date.parse('2026-12-07T16:12:00-05:00'),
        score: 5,
        serviceName: 'Registro Civil',
        comment: 'Me atendieron rápido y con amabilidad, gracias.',
      },
      {
        at: Date.parse('2026-12-07T11:40:00-05:00'),
        score: 2,
        serviceName: 'Tributos (SAT)',
        comment: 'Esperé mucho para pagar el predial; faltan más ventanillas a media mañana.',
      },
      {
        at: Date.parse('2026-12-04T09:25:00-05:00'),
        score: 4,
        serviceName: 'Licencias de Funcionamiento',
        comment: 'La señorita me explicó bien los requisitos de la licencia.',
      },
      {
        at: Date.parse('2026-12-03T15:03:00-05:00'),
        score: 3,
        serviceName: 'Mesa de Partes',
        comment: 'El anuncio de la pantalla no se escuchaba bien desde el fondo.',
      },
    ],
  },
  // Each day's tickets shared among the services in the week's proportions (the open-data table).
  rows: BY_DAY.flatMap((day) =>
    BY_SERVICE.map((service) => {
      const share = (n: number) => Math.round((n * service.issued) / TOTAL_ISSUED);
      return {
        ...day,
        issued: share(day.issued),
        served: share(day.served),
        noShow: share(day.noShow),
        cancelled: share(day.cancelled),
        expired: share(day.expired),
        transferred: share(day.transferred),
        serviceId: service.serviceId,
        serviceName: service.serviceName,
      };
    }),
  ),
};

/** A report of a range without tickets: every count zero, every time unmeasured. */
export function emptyReport(filters: ReportFilters = SAMPLE_FILTERS): ReportView {
  const none = stats(0, null, null, null);
  return {
    filters,
    generatedAt: SAMPLE_REPORT.generatedAt,
    summary: {
      issued: 0,
      served: 0,
      noShow: 0,
      cancelled: 0,
      expired: 0,
      transferred: 0,
      open: 0,
      wait: none,
      service: none,
      sla: sla(null, 0, 0),
      preferentialWait: none,
      ordinaryWait: none,
    },
    byService: [],
    byHour: [],
    byDay: [],
    preferential: [],
    clerks: [],
    outcomes: [],
    procedures: [],
    expedientes: { opened: 0, byState: [], overdue: 0 },
    payments: { count: 0, totalCents: 0, byMethod: [] },
    satisfaction: { count: 0, average: null, distribution: [0, 0, 0, 0, 0], comments: [] },
    rows: [],
  };
}
