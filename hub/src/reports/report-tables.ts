import { localMinutesOf, officeDayOf } from '@cac/shared/domain';
import type {
  DurationStats,
  ReportTable,
  ReportView,
  SlaCompliance,
  TicketCounts,
} from '@cac/shared/protocol';

type Cell = string | number | null;
/** One exportable table: Spanish column headers and its rows. */
export type CsvTable = { headers: readonly string[]; rows: readonly (readonly Cell[])[] };

const COUNT_HEADERS = [
  'Emitidos',
  'Atendidos',
  'No se presentaron',
  'Anulados',
  'Vencidos',
  'Transferidos',
  'En curso',
];
const counts = (c: TicketCounts): Cell[] => [
  c.issued,
  c.served,
  c.noShow,
  c.cancelled,
  c.expired,
  c.transferred,
  c.open,
];
const durationHeaders = (what: string) => [
  `${what}: casos`,
  `${what}: promedio (min)`,
  `${what}: mediana (min)`,
  `${what}: percentil 90 (min)`,
];
const duration = (d: DurationStats): Cell[] => [d.count, d.avgMin, d.medianMin, d.p90Min];
const SLA_HEADERS = [
  'Meta de espera (min)',
  'Llamados dentro de la meta',
  'Evaluados',
  'Cumplimiento de la meta (%)',
];
const sla = (s: SlaCompliance): Cell[] => [s.targetMin, s.met, s.evaluated, s.pct];

/** How each category is written in Spanish (Ley 28683's wording). */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  none: 'Sin atención preferente',
  pregnant: 'Gestante',
  senior: 'Adulto mayor',
  disability: 'Persona con discapacidad',
  child: 'Niño, niña o adolescente',
};

/** `YYYY-MM-DD HH:MM` in the office's time zone. */
function localTime(at: number, timeZone: string): string {
  const minutes = localMinutesOf(at, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${officeDayOf(at, timeZone)} ${hh}:${mm}`;
}

/** Any table of a report as rows for {@link toCsv}. */
export function reportTable(view: ReportView, table: ReportTable, timeZone: string): CsvTable {
  switch (table) {
    case 'byService':
      return {
        headers: [
          'Servicio',
          ...COUNT_HEADERS,
          ...durationHeaders('Espera'),
          ...durationHeaders('Atención'),
          ...SLA_HEADERS,
        ],
        rows: view.byService.map((r) => [
          r.serviceName,
          ...counts(r),
          ...duration(r.wait),
          ...duration(r.service),
          ...sla(r.sla),
        ]),
      };
    case 'byHour':
      return {
        headers: ['Hora de llegada', 'Emitidos', 'Atendidos', 'Espera promedio (min)'],
        rows: view.byHour.map((r) => [
          `${String(r.hour).padStart(2, '0')}:00`,
          r.issued,
          r.served,
          r.avgWaitMin,
        ]),
      };
    case 'byDay':
      return {
        headers: ['Día', ...COUNT_HEADERS, 'Espera promedio (min)', 'Espera percentil 90 (min)'],
        rows: view.byDay.map((r) => [r.day, ...counts(r), r.avgWaitMin, r.p90WaitMin]),
      };
    case 'preferential':
      return {
        headers: ['Categoría', 'Emitidos', ...durationHeaders('Espera'), ...SLA_HEADERS],
        rows: view.preferential.map((r) => [
          CATEGORY_NAMES[r.category] ?? r.category,
          r.issued,
          ...duration(r.wait),
          ...sla(r.sla),
        ]),
      };
    case 'clerks':
      return {
        headers: [
          'Personal',
          'Atendidos',
          'No se presentaron',
          ...durationHeaders('Atención'),
          'Pausas',
          'Tiempo en pausa (min)',
        ],
        rows: view.clerks.map((r) => [
          r.clerkName,
          r.served,
          r.noShow,
          ...duration(r.service),
          r.pauses,
          r.pauseMin,
        ]),
      };
    case 'outcomes':
      return {
        headers: ['Servicio', 'Código de resultado', 'Resultado', 'Atenciones'],
        rows: view.outcomes.map((r) => [r.serviceName, r.outcome, r.outcomeLabel, r.count]),
      };
    case 'procedures':
      return {
        headers: ['Procedimiento', 'Tipo', 'Ejecuciones', 'Resultados', 'Derechos cobrados (S/)'],
        rows: view.procedures.map((r) => [
          r.procedureName,
          r.kind,
          r.runs,
          r.results.map((x) => `${x.result}: ${x.count}`).join('; '),
          soles(r.feesCents),
        ]),
      };
    case 'expedientes':
      return {
        headers: ['Estado', 'Expedientes'],
        rows: [
          ...view.expedientes.byState.map((r) => [r.state, r.count]),
          ['Total abiertos en el período', view.expedientes.opened],
          ['Vencidos sin resolver', view.expedientes.overdue],
        ],
      };
    case 'payments':
      return {
        headers: ['Medio de pago', 'Pagos', 'Total (S/)'],
        rows: [
          ...view.payments.byMethod.map((r) => [r.method, r.count, soles(r.totalCents)]),
          ['Total', view.payments.count, soles(view.payments.totalCents)],
        ],
      };
    case 'satisfaction':
      return {
        headers: ['Fecha y hora', 'Servicio', 'Calificación (1 a 5)', 'Comentario'],
        rows: view.satisfaction.comments.map((r) => [
          localTime(r.at, timeZone),
          r.serviceName,
          r.score,
          r.comment,
        ]),
      };
    case 'rows':
      return {
        headers: [
          'Día',
          'Servicio',
          ...COUNT_HEADERS,
          'Espera promedio (min)',
          'Espera percentil 90 (min)',
        ],
        rows: view.rows.map((r) => [
          r.day,
          r.serviceName,
          ...counts(r),
          r.avgWaitMin,
          r.p90WaitMin,
        ]),
      };
  }
}

/** Céntimos as soles with two decimals and a point (the CSV is comma separated). */
function soles(cents: number): string {
  return (cents / 100).toFixed(2);
}
