/**
 * One number per procedure, from a yearly sequence: `EXP-2026-000123` on screens and in the API,
 * `Expediente N° 000123-2026-MPC` on the printed cargo (the municipality's document style, with its
 * own unit suffix from the configuration).
 */
export type ExpedienteNumber = { year: number; sequence: number };

const MAX_SEQUENCE = 999_999;
const CANONICAL = /^EXP-(\d{4})-(\d{6})$/;
// What a citizen may type at the kiosk or on the lookup page: "EXP-2026-123", "exp 2026 000123",
// "000123-2026", "123-2026-MPC", "N° 123-2026".
const TYPED_EXP_FIRST = /^EXP[\s-]*(\d{4})[\s-]+(\d{1,6})$/;
const TYPED_SEQUENCE_FIRST =
  /^(?:EXPEDIENTE\s*)?(?:N[°º.]?\s*)?(\d{1,6})\s*-\s*(\d{4})(?:\s*-\s*[A-Z]+)?$/;

function valid(year: number, sequence: number): ExpedienteNumber | null {
  if (year < 2000 || year > 2999 || sequence < 1 || sequence > MAX_SEQUENCE) return null;
  return { year, sequence };
}

/** `EXP-2026-000123`. */
export function formatExpedienteNumber({ year, sequence }: ExpedienteNumber): string {
  return `EXP-${year}-${String(sequence).padStart(6, '0')}`;
}

/** `Expediente N° 000123-2026-MPC` (the unit suffix comes from the configuration). */
export function expedienteDocumentTitle(
  { year, sequence }: ExpedienteNumber,
  unit: string,
): string {
  return `Expediente N° ${String(sequence).padStart(6, '0')}-${year}-${unit}`;
}

/** Reads the canonical form only (API paths, stored records). */
export function parseExpedienteNumber(text: string): ExpedienteNumber | null {
  const match = CANONICAL.exec(text);
  return match ? valid(Number(match[1]), Number(match[2])) : null;
}

/** Reads what a person typed, in any of the forms printed or said; null when it is none of them. */
export function readTypedExpedienteNumber(text: string): ExpedienteNumber | null {
  const cleaned = text.trim().toUpperCase().replace(/\s+/g, ' ');
  const expFirst = TYPED_EXP_FIRST.exec(cleaned);
  if (expFirst) return valid(Number(expFirst[1]), Number(expFirst[2]));
  const sequenceFirst = TYPED_SEQUENCE_FIRST.exec(cleaned);
  if (sequenceFirst) return valid(Number(sequenceFirst[2]), Number(sequenceFirst[1]));
  return null;
}
