import type { AppError, Result } from '@cac/shared/protocol';
import { ok } from '@cac/shared/protocol';
import type { ProcedureRunRepository } from './procedure-run-repository';

/**
 * Runs a creating command once per key: a retry after a timeout, or a double click whose second
 * emit arrives while the first is still printing, gets the first answer instead of a second
 * expediente, record or payment. In flight: the same promise. Afterwards: the answer the ledger
 * remembered with the run. Refusals are not remembered, so a corrected retry may succeed.
 */
export function createOnce(runs: ProcedureRunRepository) {
  const inFlight = new Map<string, Promise<Result<unknown, AppError>>>();
  return async function once<V>(
    key: string,
    work: () => Promise<Result<V, AppError>>,
  ): Promise<Result<V, AppError>> {
    const running = inFlight.get(key);
    if (running) return running as Promise<Result<V, AppError>>;
    const remembered = runs.findResponse(key);
    if (remembered !== undefined) return ok(remembered as V);
    const job = work();
    inFlight.set(key, job);
    try {
      return await job;
    } finally {
      inFlight.delete(key);
    }
  };
}

/** The once-function of {@link createOnce}. */
export type Once = ReturnType<typeof createOnce>;

/** The key of a run created by `requestId`: per actor, like the writer's remembered requests. */
export function requestKey(command: string, actorId: string, requestId: string): string {
  return `${command}:${actorId}:${requestId}`;
}
