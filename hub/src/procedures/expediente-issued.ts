import type { ExpedienteIssued } from '@cac/shared/protocol';
import type { StoredExpediente } from '../expedientes/expediente-repository';
import type { ProcedureDeps } from './procedure-deps';
import { lookupUrlOf } from './window-documents';

/** An expediente just opened, as the clerk's panel receives it. */
export function expedienteIssued(deps: ProcedureDeps, stored: StoredExpediente): ExpedienteIssued {
  return {
    number: stored.number,
    documentTitle: deps.expedientes.documentTitle(stored),
    accessKey: stored.accessKey,
    dueOn: stored.dueOn,
    observationDeadline: stored.progress.observationDeadline,
    lookupUrl: lookupUrlOf(deps.publicOrigin(), stored.number, stored.accessKey),
  };
}
