import { sampleSyncSnapshot } from '@cac/shared/client';
import type { SyncSnapshot } from '@cac/shared/protocol';

/** Outcomes every service of the test office offers, as the demo office words them. */
export const TEST_OUTCOMES = [
  { code: 'atendido', label: 'Atendido' },
  { code: 'observado', label: 'Observado: faltan requisitos' },
  { code: 'derivado', label: 'Derivado a otra oficina' },
] as const;

/**
 * The shared sample office (three services; Ventanilla 1 held by clerk1 and calling R-001,
 * Ventanilla 2 held by clerk2, Ventanilla 3 closed; R-002 (adulto mayor), R-003, T-001 and T-002
 * waiting) as clerk1 receives it on /counter, with three outcomes per service.
 */
export function clerkSnapshot(): SyncSnapshot {
  const base = sampleSyncSnapshot();
  return {
    ...base,
    office: {
      ...base.office,
      services: base.office.services.map((service) => ({ ...service, outcomes: TEST_OUTCOMES })),
    },
    rules: {
      ...base.rules,
      services: base.rules.services.map((service) => ({
        ...service,
        outcomes: TEST_OUTCOMES.map((outcome) => outcome.code),
      })),
    },
    session: { kind: 'user', userId: 'clerk1', role: 'clerk', name: 'Ana Quispe Huamán' },
  };
}

/** A record of the sample state that a test relies on; throws if the sample changed under it. */
export function sampleRecord<T>(records: Readonly<Record<string, T>>, id: string): T {
  const record = records[id];
  if (record === undefined) throw new Error(`the sample office has no ${id}`);
  return record;
}
