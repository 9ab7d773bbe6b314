import { z } from 'zod';
import { parseCivilDate } from '../domain/calendar/civil-date';
import type { ExpedienteNumber } from '../domain/expediente/expediente-number';
import {
  formatExpedienteNumber,
  parseExpedienteNumber,
} from '../domain/expediente/expediente-number';
import { EXPEDIENTE_RESOLUTIONS, EXPEDIENTE_STATES } from '../domain/expediente/expediente-state';

// The public lookup of an expediente by its number and access key (`GET /api/v1/expedientes/
// {number}?k={key}`): the kiosk's "Consultar mi trámite", the hub's /consulta page. The hub shapes
// its answer with the same schema, so that a field the citizen must not see (applicant, clerk)
// never leaves it: unknown keys are dropped, not passed on.

/** How many digits the access key printed on the cargo has. */
export const EXPEDIENTE_ACCESS_KEY_DIGITS = 8;

/** The access key as sent in `?k=`: the digits only, without the hyphen printed between groups. */
export const ExpedienteAccessKeySchema = z
  .string()
  .regex(/^\d{8}$/, { error: 'La clave de consulta tiene 8 números.' });

/** `YYYY-MM-DD`, a real calendar day. */
const CivilDateSchema = z
  .string()
  .refine((text) => parseCivilDate(text) !== null, { error: 'Fecha inválida (AAAA-MM-DD).' });

const ExpedienteStepSchema = z.object({
  status: z.enum(EXPEDIENTE_STATES),
  /** When it happened (ISO 8601; the reader shows it in the office's time zone). */
  at: z.iso.datetime({ offset: true }),
  /** What the office wrote for the citizen on that step (e.g. what is missing), if anything. */
  note: z.string().max(500).nullish(),
});

/** The 200 answer of the lookup: what a citizen holding the cargo may know of their expediente. */
export const ExpedienteLookupSchema = z.object({
  /** `EXP-2026-000123`. */
  number: z.string().refine((text) => parseExpedienteNumber(text) !== null, {
    error: 'Número de expediente inválido (EXP-AAAA-NNNNNN).',
  }),
  /** As printed on the cargo: `Expediente N° 000123-2026-MPC`. */
  documentTitle: z.string().trim().min(1).max(200),
  /** The procedure's name (`Mesa de partes – solicitud`). */
  procedure: z.string().trim().min(1).max(200),
  status: z.enum(EXPEDIENTE_STATES),
  /** The last day of the legal time limit to answer, when the procedure has one. */
  dueOn: CivilDateSchema.nullable(),
  /** The last day to fix an open observation. */
  observationDeadline: CivilDateSchema.nullable(),
  resolution: z.enum(EXPEDIENTE_RESOLUTIONS).nullable(),
  /** Every state it went through, oldest first; it always starts with its reception. */
  history: z.array(ExpedienteStepSchema).min(1).max(200),
});

/** A validated lookup answer. */
export type ExpedienteLookupView = z.output<typeof ExpedienteLookupSchema>;

/** One step of {@link ExpedienteLookupView.history}. */
export type ExpedienteLookupStep = ExpedienteLookupView['history'][number];

/**
 * The path of the lookup, relative to the hub: the number in its canonical form (URL-encoded,
 * although it needs none today) and the key's digits.
 */
export function expedienteLookupPath(number: ExpedienteNumber, accessKey: string): string {
  const encoded = encodeURIComponent(formatExpedienteNumber(number));
  return `/api/v1/expedientes/${encoded}?k=${encodeURIComponent(accessKey)}`;
}
