import type { HubClient } from '@cac/shared/client';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { useHub } from '@cac/shared/react';
import { useMemo } from 'react';
import type { ExpedientePort } from './expediente-port';

/** The back office's port over the face's hub client (`request` on `/counter`). */
export function hubExpedientePort(hub: HubClient<CounterClientEvents>): ExpedientePort {
  return {
    find: (payload) => hub.request('expediente:find', payload),
    get: (payload) => hub.request('expediente:get', payload),
    move: (payload) => hub.request('expediente:move', payload),
    reprint: (payload) => hub.request('document:reprint', payload),
  };
}

/** {@link hubExpedientePort} over the hub client of the context, the same while it is. */
export function useHubExpedientePort(): ExpedientePort {
  const hub = useHub<CounterClientEvents>();
  return useMemo(() => hubExpedientePort(hub), [hub]);
}
