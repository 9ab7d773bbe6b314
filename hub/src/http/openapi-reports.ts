import { REPORT_TABLES } from '@cac/shared/protocol';

// The OpenAPI paths of the reports and the open data (issue 7), merged into openapi.ts.

const errorResponse = {
  description: 'Error `{"error":{"code","message"}}` (400 INVALID_PAYLOAD names the field)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const day = (name: string, description: string) => ({
  name,
  in: 'query',
  required: true,
  description,
  schema: { type: 'string', format: 'date' },
});
const optional = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const format = optional('format', 'json (default) or csv (UTF-8 with BOM, CRLF)', {
  type: 'string',
  enum: ['json', 'csv'],
});
const jsonOrCsv = (description: string) => ({
  description,
  content: {
    'application/json': { schema: { type: 'object' } },
    'text/csv': { schema: { type: 'string' } },
  },
});

/** `/reports`, `/stats/today` and `/stats/daily`. */
export const reportOpenApiPaths = {
  '/reports': {
    get: {
      summary:
        'The supervisors’ report (supervisor, admin): counts, waits and service times (avg, median, ' +
        'p90), SLA, preferential vs ordinary, clerks, outcomes, procedures, expedientes, payments, ' +
        'satisfaction, per day and service. JSON is ReportView; CSV is one table.',
      security: [{ bearer: [] }],
      parameters: [
        day('from', 'First office day (YYYY-MM-DD)'),
        day('to', 'Last office day; at most 93 days from `from`'),
        optional('serviceId', 'Only this service', { type: 'string' }),
        optional('windowId', 'Only tickets this window called', { type: 'string' }),
        optional('clerkId', 'Only tickets this clerk served (and their pauses)', {
          type: 'string',
        }),
        optional('hourFrom', 'Arrival hour from (office time, inclusive)', {
          type: 'integer',
          minimum: 0,
          maximum: 23,
          default: 0,
        }),
        optional('hourTo', 'Arrival hour to (exclusive)', {
          type: 'integer',
          minimum: 1,
          maximum: 24,
          default: 24,
        }),
        format,
        optional('table', 'With format=csv: which table (default rows)', {
          type: 'string',
          enum: [...REPORT_TABLES],
        }),
      ],
      responses: {
        '200': jsonOrCsv('ReportView, or reporte-<table>-<from>-<to>.csv'),
        default: errorResponse,
      },
    },
  },
  '/stats/today': {
    get: {
      summary:
        'Open data: per active service today `{serviceId,name,issued,served,waiting,avgWaitMin,p90WaitMin}`',
      responses: { '200': jsonOrCsv('Per service') },
    },
  },
  '/stats/daily': {
    get: {
      summary:
        'Open data: per day and service `{day,serviceId,serviceName,issued,served,noShow,avgWaitMin,p90WaitMin}`; ' +
        'nothing personal; a few requests a minute per address',
      parameters: [
        day('from', 'First office day'),
        day('to', 'Last office day; at most 366 days'),
        format,
      ],
      responses: {
        '200': jsonOrCsv('`{from,to,rows}` or datos-abiertos-<from>-<to>.csv'),
        default: errorResponse,
      },
    },
  },
} as const;
