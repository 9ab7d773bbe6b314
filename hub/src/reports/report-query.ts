import { z } from 'zod';
import { REPORT_TABLES } from '@cac/shared/protocol';
import type { ReportFilters, ReportTable } from '@cac/shared/protocol';
import { daysBetween } from './local-clock';

/** A report spans at most about a quarter, to keep one request cheap on an old PC. */
export const MAX_REPORT_DAYS = 93;

const DAY = z
  .string({ error: 'Indique la fecha en formato AAAA-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use el formato AAAA-MM-DD.' })
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day, {
    error: 'Esa fecha no existe en el calendario.',
  });
const ID = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use el identificador tal como figura en la configuración.',
  })
  .optional();
const HOUR = (max: number) =>
  z.coerce
    .number({ error: `La hora debe ser un número entero de 0 a ${max}.` })
    .int({ error: `La hora debe ser un número entero de 0 a ${max}.` })
    .min(0, { error: `La hora debe ser un número entero de 0 a ${max}.` })
    .max(max, { error: `La hora debe ser un número entero de 0 a ${max}.` });

/** The date range and format shared by the reports and the open data. */
export function rangeSchema(maxDays: number) {
  return z
    .object({
      from: DAY,
      to: DAY,
      format: z.enum(['json', 'csv'], { error: 'El formato es "json" o "csv".' }).default('json'),
    })
    .superRefine((query, ctx) => {
      if (query.to < query.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'La fecha final es anterior a la inicial.',
        });
      } else if (daysBetween(query.from, query.to).length > maxDays) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `El rango puede tener como máximo ${maxDays} días.`,
        });
      }
    });
}

const ReportQuerySchema = z
  .object({
    serviceId: ID,
    windowId: ID,
    clerkId: ID,
    hourFrom: HOUR(23).default(0),
    hourTo: HOUR(24).default(24),
    table: z
      .enum(REPORT_TABLES, { error: `La tabla debe ser una de: ${REPORT_TABLES.join(', ')}.` })
      .default('rows'),
  })
  .and(rangeSchema(MAX_REPORT_DAYS))
  .superRefine((query, ctx) => {
    if (query.hourTo <= query.hourFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['hourTo'],
        message: 'La hora final debe ser mayor que la hora inicial.',
      });
    }
  });

export type ReportQuery = {
  filters: ReportFilters;
  format: 'json' | 'csv';
  table: ReportTable;
};

/** Parses `GET /reports`' query string; the zod error names the field and says what is wrong. */
export function parseReportQuery(query: unknown) {
  const parsed = ReportQuerySchema.safeParse(query);
  if (!parsed.success) return parsed;
  const q = parsed.data;
  const value: ReportQuery = {
    filters: {
      from: q.from,
      to: q.to,
      serviceId: q.serviceId ?? null,
      windowId: q.windowId ?? null,
      clerkId: q.clerkId ?? null,
      hourFrom: q.hourFrom,
      hourTo: q.hourTo,
    },
    format: q.format,
    table: q.table,
  };
  return { success: true as const, data: value };
}
